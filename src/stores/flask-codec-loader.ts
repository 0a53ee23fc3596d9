import { createExternalStore } from './stable-store.ts';

/** The Flask session codec module, fetched with import() so no other page pays for it. */
export type FlaskCodec = typeof import('./flask-session/index.ts');

export type FlaskCodecState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly codec: FlaskCodec }
  | { readonly status: 'failed'; readonly reason: string };

export const IDLE_CODEC: FlaskCodecState = { status: 'idle' };

/** Where the codec's loading stands, for useSyncExternalStore. */
export const flaskCodecState = createExternalStore<FlaskCodecState>({ initial: IDLE_CODEC });

let pending: Promise<FlaskCodec> | null = null;

/** Loads the codec once; every caller shares the same promise. */
export function loadFlaskCodec(): Promise<FlaskCodec> {
  if (pending) return pending;
  flaskCodecState.set({ status: 'loading' });
  pending = import('./flask-session/index.ts').then(
    (codec) => {
      flaskCodecState.set({ status: 'ready', codec });
      return codec;
    },
    (error: unknown) => {
      pending = null;
      flaskCodecState.set({ status: 'failed', reason: `The session codec could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.` });
      throw error;
    },
  );
  return pending;
}
