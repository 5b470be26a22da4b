/**
 * EVERY selector the Google Calendar adapter uses, best first, with the date each was last seen.
 * Evidence: docs/CALENDAR-MARKUP.md (tags [E1]…[E21]). Grades: A semantic/data attribute, B Google id,
 * C localized text, D generated class name (a fallback only, never the primary hook).
 * When Google changes the page, this is the file to edit; tests/fixtures/google/* are the pages it must match.
 */
import type { SelectorList } from '../dom-read';

/** A / 2018–2026: the attributes behind `googleSelectors.chip` and `.dayColumn`, for attribute-level reads. */
export const EVENT_ID_ATTR = 'data-eventid';
export const DATE_KEY_ATTR = 'data-datekey';

export const googleSelectors = {
  /** A / seen 2018–2026 [E2][E3][E4][E5]. `[data-eventid]` alone also hits the drag handle (.leOeGd) — never use it alone. */
  chip: ['[data-eventchip][data-eventid]'],
  /** A / 2024–2026 [E13][E14]: all-day chips in week view, all chips in month view. */
  stackedChip: ['[data-stacked-layout-chip-container]'],
  /** A / 2019–2026 [E12][E13]: the day column or cell a chip sits in, `data-datekey` packs the date. */
  dayColumn: ['[data-datekey]'],
  /** The screen-reader sentence of a chip: first child without aria-hidden (C text). Classes: .XuJrye 2024–2026, .ynRLnc 2019. */
  chipSentence: [':scope > :not([aria-hidden="true"])', '.XuJrye', '.ynRLnc'],
  /** D / 2026 reproductions [E14], ColorKit list [E15]: the visible title span. SR sentence is the fallback. */
  chipTitle: ['.I0UMhf', '.KcY3wb', '.WBi6vc', '.EWOIrf', '.FAxxKc'],
  /** A / 2024–2026: the grid of the current view, with its date range [E2][E13]. */
  grid: ['[role="grid"][data-start-date-key]', '[data-start-date-key]'],

  /** B / 2018-12 → 2026 [E1][E11]: the details bubble. Stale hidden dialogs exist, so always go through #xDetDlg. */
  dialog: ['[role="dialog"][data-chips-dialog]', '[data-chips-dialog="true"]'],
  /** B / 2026 [E2][E11]: inside the dialog; carries data-eventid and jslog. REUSED across events. */
  details: ['#xDetDlg'],
  /** A/B: title [E1 since 2018][E8][E16]. */
  detailsTitle: ['[role="heading"]', '#rAECCd', 'span[aria-level="1"]'],
  /** B id / C text: "Monday, November 23⋅10:00 – 10:30am" [E7][E8]. */
  detailsWhen: ['#xDetDlgWhen'],
  /** B / 2026 [E8][E11]: the description row; its icon is aria-hidden, the text is rich (br, b, ul/li, a). */
  detailsDescription: ['#xDetDlgDesc'],
  /** B / C text: calendar name and "Organizer: <name>" lines [E8]. */
  detailsCalendar: ['#xDetDlgCal'],
  /** A/B / 2025–2026 [E6][E8][E9]: one row per guest, email in the attribute. */
  guestRow: ['[role="treeitem"][data-email]', '[data-email]'],
  /** D / 2025 [E6]: the name inside a guest row; the row's aria-label is the fallback. */
  guestName: ['.SDqFWd span', '[data-guest-name]'],

  /** B / 2019-10 → 2026 [E1][E2]: the full-page editor's root for an existing event. */
  editRoot: ['[data-is-create="false"][data-eventid]', '[data-is-create="false"]'],
  /** B [E1][E8][E9]: the title input, `data-initial-value` since 2019. */
  editTitle: ['#xTiIn', 'input[data-initial-value][aria-label]'],
  /** B [E2][E9]: start/end dates (`data-date="YYYYMMDD"`) and times. */
  editStartDate: ['#xStDaIn[data-date]', '#xStDaRo[data-date]'],
  editEndDate: ['#xEnDaIn[data-date]', '#xEnDaRo[data-date]'],
  editStartTime: ['#xStTiIn'],
  editEndTime: ['#xEnTiIn'],
  /**
   * The editor's description field, a rich-text box. C (assumed, role + localized name, not seen in a
   * capture); D / 2024: `.hj99tb.editable`, used by a public meeting-template extension
   * (Corey-Chapman-InfoTrust/Google-Calendar-Meeting-Templates, popup.js).
   */
  editDescription: [
    '[role="textbox"][aria-label="Description"]',
    '[role="textbox"][aria-label="Beschreibung"]',
    '.hj99tb.editable',
  ],
  /** A roles / C name "Guests" [E9]: the guests tab; the editor's rows, when the panel is not found. */
  editGuestPanel: [
    '[role="tabpanel"][aria-label="Guests"]',
    '[role="tabpanel"][data-guests-panel]',
  ],

  /** B / 2025-09 shell [E10]: the signed-in user, hidden block at the end of body. */
  userEmail: ['#xUserEmail'],
  userName: ['#xUserName'],
  /** B / 2025-09 [E10][E2]: IANA zone the grid is drawn in. */
  timeZone: ['#xTimezone'],
} as const satisfies Record<string, SelectorList>;

/** B / 2019–2026 [E2][E18]: `body[data-viewfamily]` — EVENT, EVENT_EDIT, SCHEDULE, SEARCH, SETTINGS, TRASH. */
export const VIEW_FAMILY_ATTR = 'data-viewfamily';

/** A / 2018–2026: the URL of the full-page editor [E15]; the eid is the same base64 as `data-eventid`. */
export const EDIT_URL = /\/r\/eventedit\/([^/?#]+)/;

/** C / 2025–2026 [E6]: the guest row's aria-label marks the organizer. en, en-GB, de, fr, es, it, nl, pt. */
export const ORGANIZER_WORDS =
  /\b(organi[sz]er|organisator|organisateur|organizador|organizzatore|organizadora)\b/i;

/** C: the `#xDetDlgCal` line that names the organizer, e.g. "Organizer: Maria Lopez" / "Organisator: Anna Schmidt". */
export const ORGANIZER_LINE =
  /(?:organi[sz]er|organisator|organisateur|organizador|organizzatore)\s*:\s*(.+)$/i;

/** C: texts of the all-day chip sentence ("All day, …", "Ganztägig, …"). */
export const ALL_DAY_WORDS =
  /^(all day|ganztägig|toute la journée|todo el día|tutto il giorno|終日)/i;
