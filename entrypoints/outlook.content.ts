import { runContentScript } from '@/lib/content/content-script';
import { subscribeHistoryNavigation } from '@/lib/content/navigation';
import { matchPatterns } from '@/lib/sites/hosts';
import { outlookAdapter } from '@/lib/sites/outlook/adapter';

export default defineContentScript({
  matches: matchPatterns('outlook'),
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(outlookAdapter, {
      signal: ctx.signal,
      subscribeNavigation: subscribeHistoryNavigation(window, ctx.signal),
    });
  },
});
