import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { AppRoutes } from './app/app-routes.tsx';
import { routerBasename } from './config/env.ts';

export { pathParamPatterns, prerenderedRoutes } from './content/course-routes.ts';

/**
 * Renders one route to HTML at build time, waiting for lazily loaded parts (demos, pages) so the
 * file holds the whole page. No window, storage or cookies are touched.
 */
export async function render(url: string): Promise<string> {
  const basename = routerBasename();
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={`${basename}${url}`} basename={basename || undefined}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
    // Never outline a large Suspense boundary: that needs an inline script to reveal it, which the CSP forbids.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
