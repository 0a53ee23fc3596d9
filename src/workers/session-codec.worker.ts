import { decodeSessionCookie, verifySessionCookie } from '../stores/flask-session/index.ts';
import type { CodecReply, CodecRequest } from './session-codec-client.ts';

/**
 * Decodes and verifies session cookies off the page's main thread: inflating and parsing up to
 * 64 KiB of deeply nested JSON allocates tens of thousands of values (and the garbage collection
 * that goes with them), which on a slow phone is a visible freeze. Results are plain data (bigint,
 * Map, Date, Uint8Array), which structured clone carries back as they are.
 * (The app's TypeScript lib is DOM, not WebWorker, so the worker scope is typed here by hand.)
 */
interface CodecWorkerScope {
  postMessage(message: CodecReply): void;
  onmessage: ((event: MessageEvent<CodecRequest>) => void) | null;
}

const scope = self as unknown as CodecWorkerScope;

scope.onmessage = (event) => {
  const { id, call } = event.data;
  const run = call.fn === 'decode' ? decodeSessionCookie(...call.args) : verifySessionCookie(...call.args);
  run.then(
    (result) => scope.postMessage({ id, ok: true, result }),
    (error: unknown) => scope.postMessage({ id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
};
