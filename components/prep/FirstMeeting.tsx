import { t } from '@/lib/i18n/catalog';
import { WHAT_STAYS_BETWEEN_US } from '@/lib/questions/first-meeting-script';

/** The empty state of a first 1:1: a short, useful plan instead of a blank page. */
export function FirstMeeting({ name }: { name: string }) {
  const script = WHAT_STAYS_BETWEEN_US;
  return (
    <section aria-label={t('firstMeetingLabel')} class="prep-section card first-meeting">
      <h2>{t('firstMeetingHeading', { name })}</h2>
      <ul class="small">
        <li>{t('firstMeetingTipChat')}</li>
        <li>{t('firstMeetingTipAgree')}</li>
        <li>{t('firstMeetingTipFeedback')}</li>
        <li>{t('firstMeetingTipPrivate')}</li>
      </ul>
      <section aria-label={t(script.title)} class="script">
        <h3 class="small">{t(script.title)}</h3>
        <ul class="small muted">
          {script.lines.map((line) => (
            <li key={line}>{t(line)}</li>
          ))}
        </ul>
      </section>
    </section>
  );
}
