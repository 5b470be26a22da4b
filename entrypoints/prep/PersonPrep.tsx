import { useEffect, useState } from 'preact/hooks';
import { CHANNEL_NAME } from '@/lib/db/changes';
import { rpc } from '@/lib/rpc/client';
import { PrepContainer } from '../sidebar/PrepContainer';
import { dropCached } from '../sidebar/shared-reads';
import { PersonGrowth } from './PersonGrowth';

/** The same prep as an extension tab, for a person picked by hand (layout not recognised). */
export function PersonPrep({ personId }: { personId: string }) {
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
        loadKey={personId}
        load={() => rpc('openPersonPrep', personId)}
        changeTick={changeTick}
      />
      <div class="prep">
        <PersonGrowth personId={personId} />
      </div>
    </>
  );
}
