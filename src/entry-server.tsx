import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import { AppRoutes } from './app/app-routes.tsx';
import { routerBasename } from './app/base-path.ts';

export { prerenderedRoutes } from './app/paths.ts';

/** Renders one route to HTML at build time. No window, storage or cookies are touched. */
export function render(url: string): string {
  const basename = routerBasename();
  return renderToString(
    <StrictMode>
      <StaticRouter location={`${basename}${url}`} basename={basename || undefined}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
  );
}
