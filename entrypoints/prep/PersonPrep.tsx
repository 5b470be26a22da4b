import { useEffect, useState } from 'preact/hooks';
import { CHANNEL_NAME } from '@/lib/db/changes';
import { rpc } from '@/lib/rpc/client';
import { PrepContainer } from '../sidebar/PrepContainer';
import { dropCached } from '../sidebar/shared-reads';
import { PersonGrowth } from './PersonGrowth';

/**
 * The same prep as an extension tab: for a person picked by hand (layout not recognised), with
 * their growth and feedback below; or for one meeting (a reminder's notification opens it).
 */
export function PersonPrep({ personId, meetingId }: { personId?: string; meetingId?: string }) {
  const [changeTick, setChangeTick] = useState(0);
  useEffect(() => {
    // A top-level extension page shares the database's change channel directly.
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<{ stores?: string[] }>) => {
      dropCached(Array.isArray(event.data?.stores) ? event.data.stores : undefined);
      setChangeTick((t) => t + 1);
    };
    return () => channel.close();
  }, []);
  return (
    <>
      <PrepContainer
        loadKey={meetingId ?? personId ?? ''}
        load={() =>
          meetingId ? rpc('prepView', meetingId) : rpc('openPersonPrep', personId ?? '')
        }
        changeTick={changeTick}
      />
      {personId && (
        <div class="prep">
          <PersonGrowth personId={personId} />
        </div>
      )}
    </>
  );
}
