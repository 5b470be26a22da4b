import { describe, expect, it, vi } from 'vitest';
import { handleRpc } from '@/lib/rpc/server';
import type { PrepService } from '@/lib/rpc/methods';
import { StorageFullError } from '@/lib/db/errors';

function fakeService(
  overrides: Partial<Record<keyof PrepService, (...args: unknown[]) => Promise<unknown>>> = {},
) {
  return new Proxy({} as PrepService, {
    get: (_t, name: string) =>
      overrides[name as keyof PrepService] ?? vi.fn(async () => `called ${name}`),
  });
}

describe('RPC server', () => {
  it('dispatches a well-formed call', async () => {
    const addAgendaItem = vi.fn(async () => ({ id: 'a1' }));
    const response = await handleRpc(
      {
        type: 'rpc',
        method: 'addAgendaItem',
        args: [{ personId: 'p1', meetingId: 'm1', text: 'Hello' }],
      },
      fakeService({ addAgendaItem }),
    );
    expect(response).toEqual({ ok: true, value: { id: 'a1' } });
    expect(addAgendaItem).toHaveBeenCalledWith({ personId: 'p1', meetingId: 'm1', text: 'Hello' });
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown method', { type: 'rpc', method: 'eraseAll', args: [] }],
    [
      'exportJson is not reachable from the sidebar',
      { type: 'rpc', method: 'exportJson', args: [] },
    ],
    ['wrong arg types', { type: 'rpc', method: 'setAgendaDone', args: ['id', 'yes', {}] }],
    ['missing args', { type: 'rpc', method: 'addAgendaItem', args: [] }],
    [
      'empty text',
      {
        type: 'rpc',
        method: 'addAgendaItem',
        args: [{ personId: 'p', meetingId: null, text: '   ' }],
      },
    ],
    ['too many args', { type: 'rpc', method: 'listQuestions', args: [1, 2, 3, 4, 5, 6] }],
    [
      'huge text',
      {
        type: 'rpc',
        method: 'addAgendaItem',
        args: [{ personId: 'p', meetingId: null, text: 'x'.repeat(6000) }],
      },
    ],
  ])('refuses %s without calling the service', async (_label, message) => {
    const service = fakeService();
    const spy = vi.fn();
    const response = await handleRpc(message, new Proxy(service, { get: () => spy }));
    expect(response.ok).toBe(false);
    expect(spy).not.toHaveBeenCalled();
  });

  it('turns a full disk into a clear message', async () => {
    const response = await handleRpc(
      { type: 'rpc', method: 'listQuestions', args: [] },
      fakeService({
        listQuestions: async () => {
          throw new StorageFullError();
        },
      }),
    );
    expect(response).toMatchObject({ ok: false, code: 'storage-full' });
    expect(response.ok === false && response.error.length > 10).toBe(true);
  });
});
