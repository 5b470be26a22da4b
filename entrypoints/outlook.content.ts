import { runContentScript } from '@/lib/content-script';
import { outlookAdapter } from '@/lib/sites/outlook/adapter';

export default defineContentScript({
  matches: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(outlookAdapter, {
      signal: ctx.signal,
      subscribeNavigation: (onNavigate) =>
        ctx.addEventListener(window, 'wxt:locationchange', onNavigate),
    });
  },
});
