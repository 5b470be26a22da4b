import { runContentScript } from '@/lib/content/content-script';
import { matchPatterns } from '@/lib/sites/hosts';
import { outlookAdapter } from '@/lib/sites/outlook/adapter';

export default defineContentScript({
  matches: matchPatterns('outlook'),
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(outlookAdapter, {
      signal: ctx.signal,
      subscribeNavigation: (onNavigate) =>
        ctx.addEventListener(window, 'wxt:locationchange', onNavigate),
    });
  },
});
