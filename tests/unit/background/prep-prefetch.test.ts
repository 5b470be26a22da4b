import { afterEach, describe, expect, it, vi } from 'vitest';
import { withPrepPrefetch } from '@/lib/background/prep-prefetch';
import type { PrepData, PrepService } from '@/lib/rpc/methods';

const event = (eventKey: string) => ({
  site: 'google' as const,
  eventKey,
  title: '1:1 Maria / Tom',
  start: '2026-11-24T10:00:00.000Z',
  attendees: [{ name: 'Maria Lopez', email: 'maria.lopez@northwind.example' }],
  self: { email: 'tom@northwind.example' },
});
const detection = {
  isOneOnOne: true,
  counterpart: { name: 'Maria Lopez', email: 'maria.lopez@northwind.example' },
  reason: 'title',
};

function serviceCounting() {
  let calls = 0;
  const openPrep = vi.fn(async () => ({ call: ++calls }) as unknown as PrepData);
  return { service: { openPrep } as unknown as PrepService, openPrep };
}

describe('prep prefetch', () => {
  afterEach(() => vi.useRealTimers());

  it("hands the prefetched prep to the frame's call for the same event, once", async () => {
    const { service, openPrep } = serviceCounting();
    const prefetch = withPrepPrefetch(service);
    prefetch.start({ event: event('e1'), detection });
    prefetch.start({ event: event('e1'), detection }); // the same report again: no second read
    expect(openPrep).toHaveBeenCalledTimes(1);
    // The frame's call arrives through the RPC server, as parsed (key order may differ).
    const { attendees, ...rest } = event('e1');
    const asked = { detection: { ...detection }, event: { attendees, ...rest } };
    await expect(prefetch.service.openPrep(asked)).resolves.toEqual({ call: 1 });
    await expect(prefetch.service.openPrep(asked)).resolves.toEqual({ call: 2 });
    expect(openPrep).toHaveBeenCalledTimes(2);
  });

  it('reads afresh for another event, after a data change, and once the prefetch expired', async () => {
    vi.useFakeTimers();
    const { service, openPrep } = serviceCounting();
    const prefetch = withPrepPrefetch(service);
    prefetch.start({ event: event('e1'), detection });
    await expect(prefetch.service.openPrep({ event: event('e2'), detection })).resolves.toEqual({
      call: 2,
    });
    prefetch.drop();
    await expect(prefetch.service.openPrep({ event: event('e1'), detection })).resolves.toEqual({
      call: 3,
    });
    prefetch.start({ event: event('e1'), detection });
    vi.advanceTimersByTime(3001);
    await expect(prefetch.service.openPrep({ event: event('e1'), detection })).resolves.toEqual({
      call: 5,
    });
    expect(openPrep).toHaveBeenCalledTimes(5);
  });

  it('passes a failed prefetch on to the frame that claims it', async () => {
    const openPrep = vi.fn(async () => {
      throw new Error('disk full');
    });
    const prefetch = withPrepPrefetch({ openPrep } as unknown as PrepService);
    prefetch.start({ event: event('e1'), detection });
    await expect(prefetch.service.openPrep({ event: event('e1'), detection })).rejects.toThrow(
      'disk full',
    );
    expect(openPrep).toHaveBeenCalledTimes(1);
  });
});
