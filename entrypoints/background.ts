import { startRouter } from '@/lib/background/router';
import { startScreenShareCommand } from '@/lib/background/screen-share-command';

export default defineBackground(() => {
  startRouter();
  startScreenShareCommand();
});
