import type { FlaskCodec } from '../stores/flask-codec-loader.ts';
import type { SessionResult } from '../stores/flask-session/index.ts';

/** What the page asks the codec worker: decode or verify, with the codec's own arguments. */
export type CodecCall =
  | { readonly fn: 'decode'; readonly args: Parameters<FlaskCodec['decodeSessionCookie']> }
  | { readonly fn: 'verify'; readonly args: Parameters<FlaskCodec['verifySessionCookie']> };
export interface CodecRequest {
  readonly id: number;
  readonly call: CodecCall;
}
export type CodecReply = { readonly id: number; readonly ok: true; readonly result: SessionResult } | { readonly id: number; readonly ok: false; readonly error: string };

/** Decode and verify, with the codec's signatures. */
export type SessionChecker = Pick<FlaskCodec, 'decodeSessionCookie' | 'verifySessionCookie'>;

/**
 * The codec's decode and verify, run in a module Web Worker (its code is fetched on the first
 * call); where there are no workers, or the worker fails to start, the same functions run on the
 * page (`codec`), so the verdict is the same either way.
 */
export function createSessionChecker(codec: FlaskCodec): SessionChecker {
  let worker: Worker | null = null;
  let broken = typeof Worker !== 'function';
  let nextId = 0;
  const pending = new Map<number, { readonly call: CodecCall; resolve(result: SessionResult): void; reject(error: Error): void }>();

  const onPage = (call: CodecCall): Promise<SessionResult> =>
    call.fn === 'decode' ? codec.decodeSessionCookie(...call.args) : codec.verifySessionCookie(...call.args);

  const giveUp = (): void => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const [id, request] of pending) {
      pending.delete(id);
      onPage(request.call).then(request.resolve, request.reject);
    }
  };

  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL('./session-codec.worker.ts', import.meta.url), { type: 'module', name: 'session-codec' });
    } catch {
      giveUp();
      return null;
    }
    worker.onmessage = (event: MessageEvent<CodecReply>) => {
      const reply = event.data;
      const request = pending.get(reply.id);
      if (!request) return;
      pending.delete(reply.id);
      if (reply.ok) request.resolve(reply.result);
      else request.reject(new Error(reply.error));
    };
    worker.onerror = () => giveUp();
    return worker;
  };

  const run = (call: CodecCall): Promise<SessionResult> => {
    const target = start();
    if (!target) return onPage(call);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { call, resolve, reject });
      try {
        target.postMessage({ id, call } satisfies CodecRequest);
      } catch {
        giveUp();
      }
    });
  };

  return {
    decodeSessionCookie: (...args) => run({ fn: 'decode', args }),
    verifySessionCookie: (...args) => run({ fn: 'verify', args }),
  };
}
