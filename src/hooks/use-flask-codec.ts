import { useEffect, useSyncExternalStore } from 'react';
import { flaskCodecState, IDLE_CODEC, loadFlaskCodec, type FlaskCodecState } from '../stores/flask-codec-loader.ts';

/**
 * The codec once loaded. It starts loading after the first render in the browser, or, with
 * `load` false, only once `load` turns true (the Flask tool: when there is a cookie to read).
 */
export function useFlaskCodec(load = true): FlaskCodecState {
  const current = useSyncExternalStore(flaskCodecState.subscribe, flaskCodecState.getSnapshot, () => IDLE_CODEC);
  useEffect(() => {
    if (!load) return;
    loadFlaskCodec().catch(() => {
      /* the state says what went wrong */
    });
  }, [load]);
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
