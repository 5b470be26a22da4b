import { render } from 'preact';
import '@/components/theme.css';
import { loadLanguage } from '@/lib/i18n/load';
import { askActiveTabAtOpen, PopupContainer } from './PopupContainer';

// The calendar is the active tab only at the moment the popup opens: ask before the catalog loads.
askActiveTabAtOpen();
void loadLanguage().then(() => render(<PopupContainer />, document.getElementById('app')!));
