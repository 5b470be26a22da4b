import { render } from 'preact';
import '@/components/theme.css';
import { PersonPrep } from './PersonPrep';

// The prep for a person picked by hand, as a tab of its own (sidebar.html is reserved for the
// frame inside calendar pages: it is web-accessible only through its dynamic URL).
const personId = new URLSearchParams(location.search).get('person');
render(
  personId ? (
    <PersonPrep personId={personId} />
  ) : (
    <p class="empty-shell">Pick a person in Tandem's popup.</p>
  ),
  document.getElementById('app')!,
);
