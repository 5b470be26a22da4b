import { useEffect, useState } from 'preact/hooks';
import type { RpcResult } from '@/lib/rpc/methods';
import { rpc } from '@/lib/rpc/client';

/** Search over this person's notes, agenda and action items, 150 ms after the last keystroke. */
export function usePastSearch(personId: string | undefined) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<RpcResult<'search'> | undefined>();
  useEffect(() => {
    if (!query.trim() || !personId) return setHits(undefined);
    let cancelled = false;
    const timer = setTimeout(() => {
      void rpc('search', query, { personId, limit: 30 }).then((h) => !cancelled && setHits(h));
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, personId]);
  return { query, setQuery, hits };
}
