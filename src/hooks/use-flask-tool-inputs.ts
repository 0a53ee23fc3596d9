import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { INPUT_MAX_CHARS } from '../stores/flask-session/input-limits.ts';
import { KEY_DERIVATIONS, SIGNING_DIGESTS, type KeyDerivation, type SigningDigest } from '../stores/flask-session/signer-settings.ts';

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback;
}
import { useIsClient } from './use-is-client.ts';

export interface FlaskToolInputs {
  readonly cookie: string;
  /** One key per line: SECRET_KEY first, then SECRET_KEY_FALLBACKS. */
  readonly secret: string;
  /** Which cookie to take from a pasted header (default `session`, Flask's SESSION_COOKIE_NAME). */
  readonly cookieName: string;
  /** The session interface's salt (default `cookie-session`). */
  readonly salt: string;
  /** PERMANENT_SESSION_LIFETIME in seconds, as typed (default 2678400, Flask's 31 days). */
  readonly maxAge: string;
  /** The session interface's digest_method and key_derivation (Flask: sha1, hmac). */
  readonly digest: SigningDigest;
  readonly keyDerivation: KeyDerivation;
  /** Whether the secret key is written into the shareable URL too (off unless the URL had one). */
  readonly secretInUrl: boolean;
  /** Lengths of link parameters that were too long to take (INPUT_MAX_CHARS), so they were left out. */
  readonly refusedFromUrl?: { readonly cookie?: number; readonly secret?: number };
}

export const DEFAULT_COOKIE_NAME = 'session';
export const DEFAULT_SALT = 'cookie-session';
export const DEFAULT_MAX_AGE = '2678400';
const EMPTY: FlaskToolInputs = { cookie: '', secret: '', cookieName: DEFAULT_COOKIE_NAME, salt: DEFAULT_SALT, maxAge: DEFAULT_MAX_AGE, digest: 'sha1', keyDerivation: 'hmac', secretInUrl: false };
/** Wait for a pause in typing before rewriting the URL (browsers throttle history.replaceState). */
export const URL_SYNC_DELAY_MS = 300;
const TYPED_STATE = { flaskToolTyped: true } as const;

export function inputsFromSearch(search: string): FlaskToolInputs {
  const params = new URLSearchParams(search);
  const cookieParam = params.get('cookie') ?? '';
  const secretParam = params.get('secret') ?? '';
  const cookie = cookieParam.length > INPUT_MAX_CHARS ? '' : cookieParam;
  const secret = secretParam.length > INPUT_MAX_CHARS ? '' : secretParam;
  const refused = {
    ...(cookie !== cookieParam ? { cookie: cookieParam.length } : {}),
    ...(secret !== secretParam ? { secret: secretParam.length } : {}),
  };
  // ?salt=…&name=… (CONTRACT.md): short texts, taken only when under the same limit.
  const short = (name: string, fallback: string): string => {
    const value = params.get(name);
    return value === null || value.length > INPUT_MAX_CHARS ? fallback : value;
  };
  const inputs: FlaskToolInputs = {
    cookie,
    secret,
    cookieName: short('name', DEFAULT_COOKIE_NAME),
    salt: short('salt', DEFAULT_SALT),
    maxAge: short('max_age', DEFAULT_MAX_AGE),
    digest: oneOf(params.get('digest'), SIGNING_DIGESTS, 'sha1'),
    keyDerivation: oneOf(params.get('key_derivation'), KEY_DERIVATIONS, 'hmac'),
    secretInUrl: secret !== '',
  };
  return Object.keys(refused).length > 0 ? { ...inputs, refusedFromUrl: refused } : inputs;
}

export function searchFromInputs(inputs: FlaskToolInputs): string {
  const params = new URLSearchParams();
  if (inputs.cookie !== '') params.set('cookie', inputs.cookie);
  if (inputs.secretInUrl && inputs.secret !== '') params.set('secret', inputs.secret);
  if (inputs.salt !== DEFAULT_SALT) params.set('salt', inputs.salt);
  if (inputs.cookieName !== DEFAULT_COOKIE_NAME) params.set('name', inputs.cookieName);
  if (inputs.maxAge !== DEFAULT_MAX_AGE) params.set('max_age', inputs.maxAge);
  if (inputs.digest !== 'sha1') params.set('digest', inputs.digest);
  if (inputs.keyDerivation !== 'hmac') params.set('key_derivation', inputs.keyDerivation);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function wasTypedHere(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { flaskToolTyped?: unknown }).flaskToolTyped === true;
}

/**
 * The tool's inputs. A URL that arrives from outside (a shared link, a reload) fills them;
 * once the learner types, what they typed wins and is written back to the URL with replace (no
 * history entry per keystroke), so the address bar stays shareable. The secret key goes into
 * the URL only when `secretInUrl` is on. Empty while prerendering and hydrating: the prerendered
 * page was made without a query string.
 */
export function useFlaskToolInputs(): { readonly inputs: FlaskToolInputs; readonly update: (change: Partial<FlaskToolInputs>) => void } {
  const location = useLocation();
  const navigate = useNavigate();
  const isClient = useIsClient();
  const fromUrl = useMemo(() => inputsFromSearch(location.search), [location.search]);
  const [edited, setEdited] = useState<{ readonly inputs: FlaskToolInputs; readonly key: string } | null>(null);
  const typed = edited !== null && (edited.key === location.key || wasTypedHere(location.state)) ? edited.inputs : null;
  const inputs = typed ?? (isClient ? fromUrl : EMPTY);
  const wanted = typed ? searchFromInputs(typed) : null;

  useEffect(() => {
    if (wanted === null || wanted === location.search) return;
    const timer = setTimeout(() => {
      void navigate({ search: wanted }, { replace: true, state: TYPED_STATE, preventScrollReset: true });
    }, URL_SYNC_DELAY_MS);
    return () => clearTimeout(timer);
  }, [wanted, location.search, navigate]);

  const update = (change: Partial<FlaskToolInputs>): void => {
    const { refusedFromUrl: _shownOnce, ...rest } = inputs;
    setEdited({ inputs: { ...rest, ...change }, key: location.key });
  };
  return { inputs, update };
}
