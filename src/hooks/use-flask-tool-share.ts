import { useSyncExternalStore } from 'react';
import { createExternalStore } from '../stores/stable-store.ts';
import type { KeyDerivation, SigningDigest } from '../stores/flask-session/signer-settings.ts';

/**
 * What the Flask tool's lazily loaded sections (Sign a session, Guess a weak secret) read from the
 * boxes above them. They read it from this store rather than as props: a part whose code has not
 * arrived yet still shows its server HTML, and a prop change there would make React throw that
 * HTML away (see lazy-view.tsx); a store is read only once the part is React's.
 */
export interface FlaskToolShare {
  /** The first line of the Secret key box (SECRET_KEY): Flask signs with it; '' when the box is empty. */
  readonly signingKey: string;
  /** The app's settings: the Salt box, the digest and key derivation. */
  readonly signer: { readonly salt: string; readonly digest: SigningDigest; readonly keyDerivation: KeyDerivation };
  /** The signed session cookie in the box, for the guesser; null while it holds none. */
  readonly guess: { readonly cookie: string; readonly signedId: boolean } | null;
  /** Puts text into the tool's boxes (Decode this cookie above, Use this secret key). */
  readonly fill: (change: { readonly cookie?: string; readonly secret?: string }) => void;
}

export const NO_TOOL_SHARE: FlaskToolShare = {
  signingKey: '',
  signer: { salt: 'cookie-session', digest: 'sha1', keyDerivation: 'hmac' },
  guess: null,
  fill: () => {},
};

const share = createExternalStore<FlaskToolShare>({ initial: NO_TOOL_SHARE });

/** The tool's boxes publish here (in effects, after React has committed them). */
export function publishFlaskToolShare(change: Partial<FlaskToolShare>): void {
  const current = share.getSnapshot();
  const next = { ...current, ...change };
  const same = (Object.keys(change) as (keyof FlaskToolShare)[]).every((key) => JSON.stringify(next[key]) === JSON.stringify(current[key]) && (key !== 'fill' || next.fill === current.fill));
  if (!same) share.set(next);
}

/** What the boxes above hold, for a section loaded after them; the defaults while hydrating. */
export function useFlaskToolShare(): FlaskToolShare {
  return useSyncExternalStore(share.subscribe, share.getSnapshot, () => NO_TOOL_SHARE);
}
