/**
 * Google Calendar (calendar.google.com). A pure reader: never writes to the page, never throws into it.
 * Selectors live in ./selectors.ts; ids in ./event-id.ts.
 */
import type { CalendarEvent, LayoutStatus, SiteAdapter, VisibleEvent } from '../types';
import { queryFirst, safely } from '../dom-read';
import { readChips } from './chips';
import { eventDetailsShown, readDetailsBubble, readEditPage } from './details';
import { readPageContext } from './page-context';
import { EDIT_URL, VIEW_FAMILY_ATTR, googleSelectors as S } from './selectors';

// Views with no grid whose shell is still Google's: known, so not a redesign.
const KNOWN_GRIDLESS_VIEWS = new Set(['SETTINGS', 'TRASH', 'SEARCH', 'SCHEDULE']);

function isEditView(doc: Document, url: URL): boolean {
  return EDIT_URL.test(url.pathname) || doc.body?.getAttribute(VIEW_FAMILY_ATTR) === 'EVENT_EDIT';
}

export const googleCalendarAdapter: SiteAdapter = {
  site: 'google',
  eventTargetSelector: S.chip.join(','),

  layoutStatus(doc: Document): LayoutStatus {
    return safely<LayoutStatus>(() => {
      const hooks = [S.chip, S.details, S.editRoot, S.grid].some((list) => queryFirst(doc, list));
      const family = doc.body?.getAttribute(VIEW_FAMILY_ATTR) ?? '';
      return hooks || KNOWN_GRIDLESS_VIEWS.has(family) ? 'recognised' : 'not-recognised';
    }, 'not-recognised');
  },

  readOpenEvent(doc: Document, url: URL): CalendarEvent | null {
    return safely(() => {
      const ctx = readPageContext(doc);
      if (isEditView(doc, url)) return readEditPage(doc, url, ctx);
      return readDetailsBubble(doc, url, ctx);
    }, null);
  },

  eventShown: (doc: Document, url: URL) => safely(() => eventDetailsShown(doc, url), false),

  listVisibleEvents(doc: Document): VisibleEvent[] {
    return safely(() => readChips(doc, readPageContext(doc)), []);
  },
};
