/** The background's side of the RPC: parse, dispatch, and turn failures into plain messages. */
import { RpcRequest, type RpcResponse } from './protocol';
import { RPC_ARGS, type PrepService, type RpcMethod } from './methods';
import { StorageFullError, RecordNotFoundError } from '../db/errors';

export async function handleRpc(raw: unknown, service: PrepService): Promise<RpcResponse> {
  const request = RpcRequest.safeParse(raw);
  if (!request.success) return { ok: false, error: 'Malformed request.', code: 'invalid' };
  if (!Object.hasOwn(RPC_ARGS, request.data.method))
    return { ok: false, error: 'Malformed request.', code: 'invalid' };
  const method = request.data.method as RpcMethod;
  const args = RPC_ARGS[method].safeParse(request.data.args);
  if (!args.success) {
    const first = args.error.issues[0];
    return {
      ok: false,
      error:
        `Invalid ${method} call: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim(),
      code: 'invalid',
    };
  }
  try {
    const fn = service[method] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await fn(...(args.data as unknown[])) };
  } catch (error) {
    if (error instanceof StorageFullError)
      return { ok: false, error: error.message, code: 'storage-full' };
    if (error instanceof RecordNotFoundError)
      return { ok: false, error: error.message, code: 'not-found' };
    return {
      ok: false,
      error: error instanceof Error ? error.message : 'Something went wrong.',
      code: 'failed',
    };
  }
}
