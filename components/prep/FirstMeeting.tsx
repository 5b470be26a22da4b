import { t } from '@/lib/i18n/catalog';

/** The empty state of a first 1:1: a short, useful plan instead of a blank page. */
export function FirstMeeting({ name }: { name: string }) {
  return (
    <section aria-label={t('firstMeetingLabel')} class="prep-section card first-meeting">
      <h2>{t('firstMeetingHeading', { name })}</h2>
      <ul class="small">
        <li>{t('firstMeetingTipChat')}</li>
        <li>{t('firstMeetingTipAgree')}</li>
        <li>{t('firstMeetingTipFeedback')}</li>
        <li>{t('firstMeetingTipPrivate')}</li>
      </ul>
    </section>
  );
}
