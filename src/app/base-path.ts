// Moved to src/config/env.ts; kept only while other edits in flight still import it.
export { appCookiePath, routerBasename } from '../config/env.ts';
