import { render } from 'preact';
import '@/components/theme.css';
import { t } from '@/lib/i18n/catalog';
import { loadLanguage } from '@/lib/i18n/load';
import { PersonPrep } from './PersonPrep';

// The prep for a person picked by hand, as a tab of its own (sidebar.html is reserved for the
// frame inside calendar pages: it is web-accessible only through its dynamic URL).
const params = new URLSearchParams(location.search);
const personId = params.get('person');
// A reminder's notification opens the prep of its meeting.
const meetingId = params.get('meeting');
void loadLanguage().then(() =>
  render(
    meetingId ? (
      <PersonPrep meetingId={meetingId} />
    ) : personId ? (
      <PersonPrep personId={personId} />
    ) : (
      <p class="empty-shell">{t('prepPickPerson')}</p>
    ),
    document.getElementById('app')!,
  ),
);
