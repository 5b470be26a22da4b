import { startRouter } from '@/lib/background/router';

export default defineBackground(() => {
  startRouter();
});
