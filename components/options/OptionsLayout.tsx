import type { ComponentChildren } from 'preact';
import '../popup/popup.css';
import './options.css';

const SECTIONS = [
  ['#questions', 'Question library'],
  ['#people', 'People'],
  ['#settings', 'Settings'],
  ['#sync', 'Sync'],
  ['#data', 'Data'],
] as const;

/** The options tab: a header with in-page navigation, then every section in order. */
export function OptionsLayout({ children }: { children: ComponentChildren }) {
  return (
    <div class="options">
      <header class="options-header row">
        <h1 class="grow">Tandem settings</h1>
        <nav aria-label="Sections">
          <ul class="row plain-list">
            {SECTIONS.map(([href, label]) => (
              <li key={href}>
                <a href={href}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="stack options-main">{children}</main>
    </div>
  );
}
