import { render } from 'preact';
import '@/components/theme.css';
import { loadLanguage } from '@/lib/i18n/load';
import { PopupContainer } from './PopupContainer';

void loadLanguage().then(() => render(<PopupContainer />, document.getElementById('app')!));
