import { render } from 'preact';
import '@/components/theme.css';
import { t } from '@/lib/i18n/catalog';
import { loadLanguage } from '@/lib/i18n/load';
import { OptionsApp } from './OptionsApp';

void loadLanguage().then(() => {
  document.title = t('optionsTitle');
  render(<OptionsApp />, document.getElementById('app')!);
});
