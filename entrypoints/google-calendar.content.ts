import { runContentScript } from '@/lib/content/content-script';
import { subscribeHistoryNavigation } from '@/lib/content/navigation';
import { googleCalendarAdapter } from '@/lib/sites/google-calendar/adapter';
import { matchPatterns } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: matchPatterns('google'),
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(googleCalendarAdapter, {
      signal: ctx.signal,
      subscribeNavigation: subscribeHistoryNavigation(window, ctx.signal),
    });
  },
});
