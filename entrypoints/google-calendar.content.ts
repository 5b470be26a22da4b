import { runContentScript } from '@/lib/content/content-script';
import { googleCalendarAdapter } from '@/lib/sites/google-calendar/adapter';
import { matchPatterns } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: matchPatterns('google'),
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(googleCalendarAdapter, {
      signal: ctx.signal,
      subscribeNavigation: (onNavigate) =>
        ctx.addEventListener(window, 'wxt:locationchange', onNavigate),
    });
  },
});
