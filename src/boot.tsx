import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes, preloadPageFor } from './app/app-routes.tsx';
import { framedByAnotherOrigin } from './app/frame-guard.ts';
import { appCookiePath, routerBasename } from './config/env.ts';
import { mayHaveLeftovers } from './app/may-have-leftovers.ts';
import { registerServiceWorker } from './stores/service-worker.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/** Framed by another site: say so, link to the course in its own tab, and start nothing else. */
function refuseToRunFramed(root: HTMLElement): void {
  root.inert = true;
  const notice = document.createElement('div');
  root.before(notice);
  // Its own small chunk: pages that are not framed never fetch it.
  void import('./components/ui/framed-notice.tsx').then(({ FramedNotice }) => createRoot(notice).render(<FramedNotice href={window.location.href} />));
}

const framed = framedByAnotherOrigin(window);
if (framed) refuseToRunFramed(container);
else start(container);

function start(container: HTMLElement): void {
  // A measurement cut short (tab closed mid-run) may have left test data that fills the quota for
  // every app on this origin: removed here, on every page load, once no other tab is measuring.
  // Cheap when there is none: a scan of the storage keys and one read of document.cookie; the
  // cleanup's code loads only when something may be there.
  if (mayHaveLeftovers()) {
    void Promise.all([import('./stores/experiments/experiment-guard.ts'), import('./stores/experiments/browser-experiment-places.ts')]).then(
      ([{ cleanUpInterruptedRuns }, { browserExperimentPlaces }]) => cleanUpInterruptedRuns(browserExperimentPlaces(appCookiePath())),
    );
  }

  const app = (
    <StrictMode>
      <BrowserRouter basename={routerBasename() || undefined}>
        <AppRoutes />
      </BrowserRouter>
    </StrictMode>
  );

  // Prerendered pages are hydrated, in a transition so React yields to the browser every few
  // milliseconds (no long task); the fallback page (404.html, dev server) renders from scratch.
  // The page's own chunk comes first, so hydration adopts its HTML without suspending.
  const inApp = window.location.pathname.slice(routerBasename().length);
  const hydrate = () => {
    if (container.firstElementChild) startTransition(() => void hydrateRoot(container, app));
    else createRoot(container).render(app);
  };
  // A chunk that fails to load still hydrates: the page's error boundary says what went wrong.
  preloadPageFor(inApp).then(hydrate, hydrate);

  // After a first visit the course works offline (learners read it on trains).
  if (import.meta.env.PROD) {
    if (document.readyState === 'complete') registerServiceWorker(import.meta.env.BASE_URL);
    else window.addEventListener('load', () => registerServiceWorker(import.meta.env.BASE_URL));
  }
}
