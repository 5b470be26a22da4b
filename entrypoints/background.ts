import { startRouter } from '@/lib/background/router';
import { startScreenShareCommand } from '@/lib/background/screen-share-command';
import { startReminders } from '@/lib/background/reminders';

export default defineBackground(() => {
  const { repository } = startRouter();
  startReminders(repository);
  startScreenShareCommand();
});
