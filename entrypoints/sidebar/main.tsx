import { render } from 'preact';
import '@/components/theme.css';
import { loadLanguage } from '@/lib/i18n/load';
import { SidebarApp } from './SidebarApp';

// The content script passes the calendar page's language (<html lang>) in `?lang=`.
void loadLanguage(new URLSearchParams(location.search).get('lang')).then(() =>
  render(<SidebarApp />, document.getElementById('app')!),
);
