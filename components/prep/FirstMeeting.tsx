import { WHAT_STAYS_BETWEEN_US } from '@/lib/questions/first-meeting-script';

/** The empty state of a first 1:1: a short, useful plan instead of a blank page. */
export function FirstMeeting({ name }: { name: string }) {
  return (
    <section aria-label="First meeting" class="prep-section card first-meeting">
      <h2>Your first 1:1 with {name}</h2>
      <ul class="small">
        <li>
          Start with a little about each of you: chit-chat builds the trust the rest depends on.
        </li>
        <li>Agree how you will meet: how often, how long, and that the agenda is mostly theirs.</li>
        <li>Ask how they like to work and to receive feedback.</li>
        <li>Say what stays between you (a script to put in your own words below).</li>
      </ul>
      <section aria-label={WHAT_STAYS_BETWEEN_US.title} class="script">
        <h3 class="small">{WHAT_STAYS_BETWEEN_US.title}</h3>
        <ul class="small muted">
          {WHAT_STAYS_BETWEEN_US.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </section>
  );
}
