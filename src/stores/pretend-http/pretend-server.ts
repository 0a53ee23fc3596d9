import type { FetchHandler, PretendServer } from './http-types.ts';
import { reasonPhrase } from './http-status.ts';

/** Status of the answer for a host no pretend site serves (a real browser gets a DNS error). */
export const NO_SUCH_SITE_STATUS = 502;

/**
 * The pretend server: each origin is answered by a Hono app (the course's handlers, src/server/).
 * Lookups use a Map, so a learner typing `/__proto__` just gets the site's 404.
 */
export function createPretendServer(sites: ReadonlyMap<string, FetchHandler>): PretendServer {
  const byOrigin = new Map<string, FetchHandler>();
  for (const [origin, site] of sites) byOrigin.set(new URL(origin).origin, site);
  const origins = [...byOrigin.keys()];
  return {
    origins,
    async handle(request) {
      const origin = new URL(request.url).origin;
      const site = byOrigin.get(origin);
      if (site === undefined) {
        return new Response(`no such pretend site: ${origin}\nThe pretend sites are: ${origins.join(', ')}.`, {
          status: NO_SUCH_SITE_STATUS,
          statusText: reasonPhrase(NO_SUCH_SITE_STATUS),
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        });
      }
      return site.fetch(request);
    },
  };
}
