import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, tn } from '@/lib/i18n/catalog';
import { DataPanel } from '@/components/options/DataPanel';
import { OptionsLayout } from '@/components/options/OptionsLayout';
import { PeoplePanel } from '@/components/options/PeoplePanel';
import { QuestionLibrary } from '@/components/options/QuestionLibrary';
import { parseQuestionsFile, questionsFileOf } from '@/components/options/question-file';
import { SettingsForm } from '@/components/options/SettingsForm';
import { SyncPanel } from '@/components/options/SyncPanel';
import { useSync } from '@/lib/hooks/use-sync';
import { storageUsage, type Repository } from '@/lib/db/repository';
import { lintQuestion } from '@/lib/questions/tone';
import type { Person, Settings, StoredQuestion } from '@/lib/schema/records';
import { saveSettings } from '@/lib/settings/settings-sync';
import { downloadText, fileSafe, today } from './download';
import { applyQuestionsFile } from './question-actions';
import { applyTheme, useChangeTick, useRepository } from '@/lib/hooks/use-repository';

export function OptionsApp() {
  const state = useRepository();
  if (state.status === 'opening') return <p class="options muted">{t('opening')}</p>;
  if (state.status === 'failed') {
    return (
      <p class="options error" role="alert">
        {t('openFailed', { message: state.message })}
      </p>
    );
  }
  return <OptionsWithData repo={state.repo} />;
}

function OptionsWithData({ repo }: { repo: Repository }) {
  const questionsTick = useChangeTick(repo, ['questions']);
  const peopleTick = useChangeTick(repo, ['people']);
  const settingsTick = useChangeTick(repo, ['settings']);
  const anyTick = useChangeTick(repo, [
    'people',
    'meetings',
    'notes',
    'agenda',
    'actions',
    'questions',
  ]);
  const [questions, setQuestions] = useState<StoredQuestion[] | null>(null);
  const [people, setPeople] = useState<Person[] | null>(null);
  const [settingsSavedRev, setSettingsSavedRev] = useState<number | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [usage, setUsage] = useState<Awaited<ReturnType<typeof storageUsage>>>(null);
  const [questionMessage, setQuestionMessage] = useState('');
  const sync = useSync();

  useEffect(() => void repo.listQuestions().then(setQuestions), [repo, questionsTick]);
  useEffect(
    () => void repo.listPeople({ includeArchived: true }).then(setPeople),
    [repo, peopleTick],
  );
  useEffect(() => {
    void repo.getSettings().then((s) => {
      setSettings(s);
      applyTheme(s.theme);
    });
  }, [repo, settingsTick]);
  useEffect(() => void storageUsage().then(setUsage), [anyTick]);

  if (!questions || !people || !settings) return <p class="options muted">{t('loading')}</p>;
  const markdown = async (personId: string) => {
    const name = people.find((p) => p.id === personId)?.displayName ?? 'person'; // i18n-ignore: a file name
    downloadText(
      `tandem-${fileSafe(name)}-${today()}.md`,
      await repo.personMarkdown(personId),
      'text/markdown',
    );
  };
  const handover = async (personId: string) => {
    const name = people.find((p) => p.id === personId)?.displayName ?? 'person';
    downloadText(
      `tandem-handover-${fileSafe(name)}-${today()}.md`,
      await repo.handoverMarkdown(personId, today()),
      'text/markdown',
    );
  };

  return (
    <OptionsLayout>
      <QuestionLibrary
        questions={questions}
        lint={lintQuestion}
        onAdd={async (values) => void (await repo.saveOwnQuestion(values))}
        onEdit={async (id, values) => void (await repo.editQuestion(id, values))}
        onSetEnabled={(id, on) => void repo.setQuestionEnabled(id, on)}
        onReset={(id) => void repo.resetQuestion(id)}
        onDelete={(id) => void repo.deleteQuestion(id)}
        onExport={() =>
          downloadText(
            `tandem-questions-${today()}.json`,
            JSON.stringify(questionsFileOf(questions), null, 2),
            'application/json',
          )
        }
        onImport={(file) =>
          void file.text().then(async (text) => {
            const check = parseQuestionsFile(text);
            if (!check.ok) return setQuestionMessage(check.message);
            const count = await applyQuestionsFile(repo, check.file);
            setQuestionMessage(tn('libraryImported', count));
          })
        }
        importMessage={questionMessage}
      />
      <PeoplePanel
        people={people}
        onSave={async (person, values) => {
          const result = await repo.savePerson(person.id, values, { baseRev: person.rev });
          if (result.status === 'conflict' && result.message) throw new Error(result.message);
        }}
        onArchive={(id, archived) => void repo.archivePerson(id, archived)}
        onMerge={async (keepId, goneId) => void (await repo.mergePeople(keepId, goneId))}
        onMarkdown={(id) => void markdown(id)}
        onHandover={(id) => void handover(id)}
      />
      <SettingsForm
        key={settings.rev}
        settings={settings}
        justSaved={settingsSavedRev === settings.rev}
        onRequestReminderPermissions={() =>
          // Exactly the manifest's optional ones: Firefox refuses a request for any other.
          browser.permissions.request({
            permissions: (browser.runtime.getManifest().optional_permissions ?? []).filter(
              (p) => p === 'alarms' || p === 'notifications',
            ),
          })
        }
        onSave={async (patch) => {
          const saved = await saveSettings(repo, patch);
          // The page speaks the language it loaded with: a new one takes a reload.
          if (saved.language !== settings.language) return location.reload();
          setSettingsSavedRev(saved.rev);
          setSettings(saved);
          applyTheme(saved.theme);
        }}
      />
      {sync.view && (
        <SyncPanel
          view={sync.view}
          onStart={sync.start}
          onUnlock={sync.unlock}
          onStop={sync.stop}
          onForget={sync.forget}
        />
      )}
      <DataPanel
        people={people.map((p) => ({ id: p.id, name: p.displayName }))}
        usage={usage}
        onExport={() =>
          void repo
            .exportJson()
            .then((json) => downloadText(`tandem-backup-${today()}.json`, json, 'application/json'))
        }
        onMarkdown={(id) => void markdown(id)}
        onCheckImport={(file) => repo.checkImport(file)}
        onImport={async (file, options) => {
          const result = await repo.importBackup(file, options);
          // The new records' search postings, written now rather than on the first search.
          if (result.ok) void repo.indexPending().catch(() => undefined);
          return result;
        }}
        onErase={() => repo.eraseAll()}
      />
    </OptionsLayout>
  );
}
