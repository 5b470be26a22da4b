/**
 * The sidebar's side of the RPC. The service worker may be stopped or restarting at any moment:
 * a call that cannot reach it is retried a few times before it fails, and a failure is an Error
 * with a message fit for the user.
 */
import { browser } from 'wxt/browser';
import type { RpcResponse } from './protocol';
import type { RpcArgs, RpcMethod, RpcResult } from './methods';

export class RpcError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RpcError';
  }
}

const RETRIES = 4;

export async function rpc<M extends RpcMethod>(
  method: M,
  ...args: RpcArgs<M>
): Promise<RpcResult<M>> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    try {
      const response = (await browser.runtime.sendMessage({ type: 'rpc', method, args })) as
        RpcResponse<RpcResult<M>> | undefined;
      if (!response) throw new Error('No answer from the background.');
      if (!response.ok) throw new RpcError(response.error, response.code);
      return response.value;
    } catch (error) {
      if (error instanceof RpcError) throw error;
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
  }
  throw new RpcError(
    `Tandem's background stopped answering (${String(lastError)}). Your text is kept; it will be saved on the next try.`,
  );
}
