/**
 * EVERY selector the Outlook on the web adapter uses, best first, with the date each was last seen.
 * Evidence: docs/CALENDAR-MARKUP.md §2 (tags [O1]…[O13]). Grades: A data/role attribute, B app-section names
 * and old readable OWA classes, C localized text, D Griffel/hashed classes (fallback only).
 * tests/fixtures/outlook/week.html is the page these must match.
 */
import type { SelectorList } from '../dom-read';

/** A/B / 2024–2026 [O1][O3]: the attribute holding the Exchange item id; what a press is remembered by. */
export const ITEM_ID_ATTR = 'data-calitemid';
export const ITEM = `[${ITEM_ID_ATTR}]`;

/** C / 2025 [O9]: the persona's aria-label prefix; the rest is the display name. */
export const OPEN_PROFILE_PREFIX = /^open profile card for\s+/i;

export const outlookSelectors = {
  /** A/B / 2024–2026 [O1][O2][O5][O7]: a calendar item; the attribute is the Exchange item id. */
  tile: ['[data-app-section^="calendar-view"] [data-calitemid]', '[data-calitemid]'],
  /** C / Feb 2026 [O5]: the tile's button carries the long, localized label. */
  tileButton: ['[role="button"][aria-label]', '[aria-label]'],
  /** B / 2024–2026 [O1][O6]: the all-day row; tiles inside it are all-day events. */
  allDaySection: ['[data-app-section^="calendar-view-header"]'],
  /** B / 2024–2026 [O1][O2][O6]: the calendar surface, present in every calendar view. */
  surface: [
    '[data-app-section="CalendarModuleSurface"]',
    '[data-app-section^="Surface_"]',
    '[data-app-section^="calendar-view"]',
  ],

  /** B / 2025–2026 [O2][O3][O4]: the peek card after a single click (in #fluent-default-layer-host). No item id. */
  peek: ['[data-app-section="CalendarItemPeek"]'],
  /** Subject of the peek card / reading pane: a heading role first; hashed `.rHI1u` (D, 2025 [O8]) as fallback. */
  subject: ['[role="heading"]', '.rHI1u', 'span.allowTextSelection'],

  /** B / 2025–2026 [O2][O3]: the full event (modal `.ms-Dialog-main` or pop-out form). */
  readingPane: [
    '[data-app-section="ReadingPane"]',
    '[data-app-section="CalendarReadingPane"]',
    '[data-app-section="Form_Content"]',
  ],
  /**
   * B / 2025 [O2] (MeetingScribe selectors): the reading pane's description row is the one with the
   * Fluent `TextboxRegular` icon; its value is the row's `.allowTextSelection` (the body's markup).
   */
  bodyIcon: ['i[data-icon-name="TextboxRegular"]'],
  bodyValue: ['.allowTextSelection'],
  /** C / 2025 [O9]: the attendee list region of the reading pane. */
  attendees: [
    '[aria-label="Attendees"]',
    '[aria-label="Teilnehmer"]',
    '[data-app-section="Attendees"]',
  ],
  /** C / 2025 [O9]: one person (name as text; email in `title` when OWA gives it). */
  persona: [
    'span[aria-label^="Open Profile Card for "]',
    '[data-lpc-hover-target-id]',
    '[title*="@"]',
  ],
  /** C / 2025 [O9]: the response group holding the organizer ("Organizer: …"). */
  organizerGroup: [
    '[role="treeitem"][aria-label^="Organizer"]',
    '[role="treeitem"][aria-label^="Organisator"]',
  ],

  /** C / 2024–2026 (addendum): "Account manager for <Display Name>" on the suite header's account button. */
  accountButton: ['#O365_MainLink_Me', 'button[id$="MainLink_Me"]'],
  /** B / 2024–2026 (addendum): rendered once the account flyout has been opened. */
  accountName: ['#mectrl_currentAccount_primary'],
  accountEmail: ['#mectrl_currentAccount_secondary'],
} as const satisfies Record<string, SelectorList>;

/** C: the prefix of the account button's aria-label, per locale (en, de, fr, es, tr). */
export const ACCOUNT_LABEL_PREFIX =
  /^(account manager for|konto-manager für|kontoverwaltung für|gestionnaire de comptes pour|administrador de cuentas de|hesap yöneticisi)\s*:?\s*/i;
