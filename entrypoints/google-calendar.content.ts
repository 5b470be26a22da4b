import { runContentScript } from '@/lib/content-script';
import { googleCalendarAdapter } from '@/lib/sites/google-calendar/adapter';

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(googleCalendarAdapter, {
      signal: ctx.signal,
      subscribeNavigation: (onNavigate) =>
        ctx.addEventListener(window, 'wxt:locationchange', onNavigate),
    });
  },
});
