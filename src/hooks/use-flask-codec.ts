import { useEffect, useSyncExternalStore } from 'react';

/** The Flask session codec module, fetched with import() so no other page pays for it. */
export type FlaskCodec = typeof import('../stores/flask-session/index.ts');

export type FlaskCodecState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly codec: FlaskCodec }
  | { readonly status: 'failed'; readonly reason: string };

const IDLE: FlaskCodecState = { status: 'idle' };
let state: FlaskCodecState = IDLE;
let pending: Promise<FlaskCodec> | null = null;
const listeners = new Set<() => void>();

function publish(next: FlaskCodecState): void {
  state = next;
  for (const listener of [...listeners]) listener();
}

/** Loads the codec once; every caller shares the same promise. */
export function loadFlaskCodec(): Promise<FlaskCodec> {
  if (pending) return pending;
  publish({ status: 'loading' });
  pending = import('../stores/flask-session/index.ts').then(
    (codec) => {
      publish({ status: 'ready', codec });
      return codec;
    },
    (error: unknown) => {
      pending = null;
      publish({ status: 'failed', reason: `The session codec could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.` });
      throw error;
    },
  );
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The codec once loaded; starts loading it after the first render in the browser. */
export function useFlaskCodec(): FlaskCodecState {
  const current = useSyncExternalStore(subscribe, () => state, () => IDLE);
  useEffect(() => {
    loadFlaskCodec().catch(() => {
      /* the state says what went wrong */
    });
  }, []);
  return current;
}

/**
 * Whether WebCrypto's `crypto.subtle` exists: only in secure contexts (https:, localhost,
 * 127.0.0.1). Null while prerendering and hydrating.
 */
export function useWebCryptoAvailable(): boolean | null {
  return useSyncExternalStore(subscribeNever, hasSubtleCrypto, () => null);
}

const subscribeNever = (): (() => void) => () => {};

function hasSubtleCrypto(): boolean {
  return typeof globalThis.crypto !== 'undefined' && typeof globalThis.crypto.subtle?.importKey === 'function';
}
