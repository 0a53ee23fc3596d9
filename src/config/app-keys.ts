/**
 * Every key this app writes to the learner's storage. Static hosts share one origin between
 * many sites (`user.github.io/*`), so each key is prefixed and nothing else is ever cleared.
 * Cookie names cannot contain `:` (it is an RFC 6265 separator), so cookies use `stl_`.
 */
export const APP_STORAGE_PREFIX = 'stl:';
export const APP_COOKIE_PREFIX = 'stl_';

export const appKeys = {
  progress: 'stl:progress',
  favColor: 'stl:fav-color',
  draft: 'stl:draft',
  probeChannel: 'stl:probe',
} as const;

export const appCookies = {
  favColor: 'stl_fav_color',
  /** The sessions lessons' Flask-style signed session (real Flask calls it `session`). */
  flaskSession: 'stl_session',
} as const;

export function isAppStorageKey(key: string): boolean {
  return key.startsWith(APP_STORAGE_PREFIX);
}
