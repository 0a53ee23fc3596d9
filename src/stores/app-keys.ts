// Moved to src/config/app-keys.ts; kept only while other edits in flight still import it.
export { APP_COOKIE_PREFIX, APP_STORAGE_PREFIX, appCookies, appKeys, isAppStorageKey } from '../config/app-keys.ts';
