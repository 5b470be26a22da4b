import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/catalog';
import { Popup } from '@/components/popup/Popup';
import type { QuickNoteValues } from '@/components/popup/quick-note-schema';
import type { Repository } from '@/lib/db/repository';
import type { Person } from '@/lib/schema/records';
import { usePrivateHidden } from '@/lib/hooks/use-private-hidden';
import { applyTheme, useChangeTick, useRepository } from '@/lib/hooks/use-repository';
import { orderCommitments, type Commitment } from '@/lib/commitments/order';
import { withoutPrivate } from '@/lib/privacy/private-items';
import { todayIsoDay } from '@/lib/prep/view-model';
import { useSync } from '@/lib/hooks/use-sync';
import { loadPopupData, type PopupData } from './popup-data';
import {
  activeTabNotRecognised,
  copyText,
  openPrep,
  prepHref,
  requestLayoutReport,
  type UnreadableTab,
} from './tab-status';

/**
 * Which tab the popup was opened over, asked at once on the first render: the active tab is the
 * calendar only at that moment (the database opens later, and the user may have moved on).
 */
let unreadableAtOpen: Promise<UnreadableTab | null> | undefined;

/** Asks now, before anything else loads (the language catalog first: entrypoints/popup/main.tsx). */
export function askActiveTabAtOpen(): void {
  unreadableAtOpen ??= activeTabNotRecognised();
}

export function PopupContainer() {
  askActiveTabAtOpen();
  const state = useRepository();
  if (state.status === 'opening') return <p class="popup muted">{t('opening')}</p>;
  if (state.status === 'failed') {
    return (
      <p class="popup error" role="alert">
        {t('openFailed', { message: state.message })}
      </p>
    );
  }
  return <PopupWithData repo={state.repo} />;
}

async function saveQuick(repo: Repository, personId: string, values: QuickNoteValues) {
  if (values.kind === 'note') await repo.addQuickNote({ personId, text: values.text });
  else if (values.kind === 'agenda') {
    // meetingId null = "next time": it shows in the next 1:1's agenda.
    await repo.addAgendaItem({ personId, meetingId: null, text: values.text });
  } else if (values.kind === 'feedback') {
    await repo.addFeedback({
      personId,
      day: todayIsoDay(new Date()),
      kind: values.feedbackKind,
      text: values.text,
    });
  } else {
    await repo.addActionItem({
      personId,
      meetingId: null,
      text: values.text,
      owner: values.owner,
      ...(values.due && { due: values.due }),
    });
  }
}

function PopupWithData({ repo }: { repo: Repository }) {
  const tick = useChangeTick(repo, ['people', 'meetings', 'settings', 'actions']);
  const [data, setData] = useState<PopupData | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** The active calendar tab, when Tandem cannot read its layout or its open event. */
  const [unreadableTab, setUnreadableTab] = useState<UnreadableTab | null>(null);
  const privacy = usePrivateHidden();
  // Ticked off here: kept in place (struck through) until the popup closes, so a slip can be undone.
  const [ticked, setTicked] = useState<Map<string, Commitment>>(new Map());
  // A person being created right now: the note can be written (and saved) before the database
  // has answered, so nothing typed in that moment is refused or lost.
  const [creating, setCreating] = useState<{ name: string; done: Promise<Person> } | null>(null);
  const sync = useSync();

  useEffect(() => {
    void loadPopupData(repo, new Date()).then((loaded) => {
      setData(loaded);
      // Keep the user's choice across refreshes; pick the default only the first time.
      setSelectedId((current) =>
        current && loaded.people.some((p) => p.id === current) ? current : loaded.defaultPersonId,
      );
    });
  }, [repo, tick]);
  useEffect(() => {
    void repo.getSettings().then((s) => applyTheme(s.theme));
    void (unreadableAtOpen ??= activeTabNotRecognised()).then(setUnreadableTab);
  }, [repo]);

  if (!data || privacy.hidden === null) return <p class="popup muted">{t('loading')}</p>;
  const person = data.people.find((p) => p.id === selectedId) ?? null;
  const openIds = new Set(data.commitments.map((c) => c.id));
  const owned = withoutPrivate(
    [...data.commitments, ...[...ticked.values()].filter((c) => !openIds.has(c.id))],
    privacy.hidden,
  );
  const commitments = orderCommitments(owned.shown, todayIsoDay(new Date())).map((c) => ({
    ...c,
    done: ticked.has(c.id),
  }));
  return (
    <Popup
      person={{
        people: data.people.map((p) => ({ id: p.id, name: p.displayName })),
        selectedId,
        onSelect: setSelectedId,
        onCreate: (name) => {
          const done = repo.createPerson({ displayName: name });
          setCreating({ name, done });
          void done.then(
            (created) => {
              setData((d) => d && { ...d, people: [...d.people, created] });
              setSelectedId(created.id);
              setCreating((c) => (c?.done === done ? null : c));
            },
            () => setCreating((c) => (c?.done === done ? null : c)),
          );
        },
      }}
      note={{
        personName: creating?.name ?? person?.displayName ?? null,
        onSave: async (values) => {
          const target = creating ? await creating.done : person;
          if (target) await saveQuick(repo, target.id, values);
        },
      }}
      commitments={{
        items: commitments,
        hiddenPrivateCount: owned.hiddenCount,
        today: todayIsoDay(new Date()),
        onToggle: (id, done) => {
          const row = commitments.find((c) => c.id === id);
          if (!row) return;
          setTicked((t) => {
            const next = new Map(t);
            if (done) next.set(id, row);
            else next.delete(id);
            return next;
          });
          void repo.setActionDone(id, done);
        },
      }}
      upcoming={data.upcoming}
      slipped={data.slipped}
      unreadable={unreadableTab?.what ?? null}
      layoutReport={{
        onLoad: () =>
          unreadableTab === null ? Promise.resolve(null) : requestLayoutReport(unreadableTab),
        onCopy: copyText,
      }}
      prepHref={prepHref}
      onOpenPrep={openPrep}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      privacy={{ hidden: privacy.hidden, shortcut: privacy.shortcut, onChange: privacy.set }}
      syncUnlock={sync.view?.status.phase === 'locked' ? { onUnlock: sync.unlock } : null}
    />
  );
}
