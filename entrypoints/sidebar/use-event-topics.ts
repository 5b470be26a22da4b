import { useEffect } from 'preact/hooks';
import { parseEventTopics, topicKey } from '@/lib/agenda/event-topics';
import { sideOf } from '@/lib/agenda/handover';
import type { PrepData } from '@/lib/rpc/methods';
import { rpc } from '@/lib/rpc/client';

/**
 * The topics written in the open event's description join this meeting's agenda (as "from the
 * event"). Parsed here, in the extension frame: the description came from the page through the
 * background and goes nowhere else. Only topics not yet on the agenda and not removed by the
 * user are sent, and the background checks again in its transaction, so a reload adds nothing.
 */
export function useEventTopics(
  data: PrepData | null,
  description: string | undefined,
  self: { name?: string; email?: string },
  onAdded: () => void,
): void {
  const meeting = data?.bundle.meeting;
  useEffect(() => {
    if (!meeting || !description || !data) return;
    const known = new Set([
      ...(meeting.dismissedTopics ?? []),
      ...data.bundle.agenda.map((a) => topicKey(a.text)),
    ]);
    const topics = parseEventTopics(description)
      .filter((t) => !known.has(topicKey(t.text)))
      .map((t) => ({ text: t.text, addedBy: sideOf(t.by, self) }));
    if (topics.length === 0) return;
    void rpc('addEventTopics', meeting.id, topics).then(
      (added) => added.length > 0 && onAdded(),
      () => undefined,
    );
  }, [meeting?.id, description]);
}
