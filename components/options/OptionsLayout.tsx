import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/lib/i18n/catalog';
import '../popup/popup.css';
import './options.css';

const SECTIONS: readonly (readonly [string, MessageKey])[] = [
  ['#questions', 'libraryHeading'],
  ['#people', 'peopleHeading'],
  ['#settings', 'settingsHeading'],
  ['#sync', 'syncHeading'],
  ['#data', 'dataHeading'],
];

/** The options tab: a header with in-page navigation, then every section in order. */
export function OptionsLayout({ children }: { children: ComponentChildren }) {
  return (
    <div class="options">
      <header class="options-header row">
        <h1 class="grow">{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsSections')}>
          <ul class="row plain-list">
            {SECTIONS.map(([href, label]) => (
              <li key={href}>
                <a href={href}>{t(label)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="stack options-main">{children}</main>
    </div>
  );
}
