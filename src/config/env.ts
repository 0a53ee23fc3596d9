/** The deploy base without its trailing slash ("" at the root), as the router's basename wants it. */
export function routerBasename(): string {
  return import.meta.env.BASE_URL.replace(/\/+$/, '');
}

/** The Path our own cookies use: the deploy base, so they reach every page of the course and nothing else. */
export function appCookiePath(): string {
  return routerBasename() || '/';
}
