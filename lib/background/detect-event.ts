/**
 * The 1:1 decision for an event a content script reported, with the user's settings: their own
 * names and emails (Outlook often hides the account's email), extra keywords, series overrides.
 * It runs here rather than in the content script to keep the detection tables off every page view.
 */
import { detectOneOnOne, type Detection } from '../detect';
import type { PageSettings } from '../settings/page-settings';
import type { CalendarEvent } from '../sites/types';

export function detectEvent(event: CalendarEvent, settings: PageSettings): Detection {
  const self = {
    ...((event.self.email ?? settings.selfEmails[0]) && {
      email: event.self.email ?? settings.selfEmails[0],
    }),
    ...((event.self.name ?? settings.selfNames[0]) && {
      name: event.self.name ?? settings.selfNames[0],
    }),
  };
  const override = event.seriesKey ? settings.seriesOverrides[event.seriesKey] : undefined;
  return detectOneOnOne(event, self, {
    extraKeywords: settings.extraKeywords,
    ...(override && { override }),
  });
}
