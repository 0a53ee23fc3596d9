import type { PretendRequest, PretendResponse, PretendServer, PretendSites, RouteHandler } from './http-types.ts';
import { textResponse } from './pretend-response.ts';

/** Status of the answer for a host no pretend site serves (a real browser gets a DNS error). */
export const NO_SUCH_SITE_STATUS = 502;

interface Route {
  readonly method: string;
  readonly path: string;
  readonly handler: RouteHandler;
}

/** `'GET /later-cookie'` → method and path. Route keys are written by us, not by learners. */
function parseRouteKey(key: string): { method: string; path: string } {
  const match = /^([A-Z]+) (\/\S*)$/.exec(key);
  if (match === null || match[1] === undefined || match[2] === undefined) {
    throw new Error(`Route key must look like "GET /path", got "${key}"`);
  }
  return { method: match[1], path: match[2] };
}

function compileSite(routes: Readonly<Record<string, RouteHandler>>): readonly Route[] {
  return Object.entries(routes).map(([key, handler]) => ({ ...parseRouteKey(key), handler }));
}

function noSuchSite(origin: string, known: readonly string[]): PretendResponse {
  return textResponse(
    `no such pretend site: ${origin}\nThe pretend sites are: ${known.join(', ')}.`,
    { status: NO_SUCH_SITE_STATUS },
  );
}

async function runHandler(route: Route, request: PretendRequest): Promise<PretendResponse> {
  try {
    return await route.handler(request);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return textResponse(`Internal Server Error\n${detail}`, { status: 500 });
  }
}

/**
 * A tiny router, like Flask's: one table of routes per origin. Lookups use Maps and arrays,
 * so a learner typing `/__proto__` or `/constructor` just gets a 404.
 */
export function createPretendServer(sites: PretendSites): PretendServer {
  const byOrigin = new Map<string, readonly Route[]>();
  for (const [origin, routes] of Object.entries(sites)) {
    byOrigin.set(new URL(origin).origin, compileSite(routes));
  }
  const origins = [...byOrigin.keys()];

  return {
    origins,
    async handle(request) {
      const url = new URL(request.url);
      const routes = byOrigin.get(url.origin);
      if (routes === undefined) return noSuchSite(url.origin, origins);
      const samePath = routes.filter((route) => route.path === url.pathname);
      const route = samePath.find((candidate) => candidate.method === request.method);
      if (route !== undefined) return runHandler(route, request);
      if (samePath.length > 0) {
        const allowed = samePath.map((candidate) => candidate.method).join(', ');
        return textResponse(`Method Not Allowed\nThis URL accepts: ${allowed}.`, {
          status: 405,
          headers: [['Allow', allowed]],
        });
      }
      return textResponse(
        'Not Found\nThe requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
        { status: 404 },
      );
    },
  };
}
