import { useEffect, useState, useSyncExternalStore, type ComponentType } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { paths } from '../config/paths.ts';
import { serviceWorkerUpdates } from '../stores/service-worker.ts';

// Two notices almost no page shows: their code is a chunk of its own, fetched only when one is due.
// The other-tab notice only in a tab opened with a probe id in its hash (the sessionStorage lab's);
// the update notice once a new version of the course waits.
const loadTabProbeBanner = () =>
  window.location.hash === '' ? null : import('../components/ui/tab-probe-banner.tsx').then((m) => m.TabProbeBanner);
const loadUpdatePrompt = () => import('../components/ui/update-prompt.tsx').then((m) => m.UpdatePrompt);

/** The component `load` brings, once `due` (after hydration: the server HTML has no notice). */
function useOnDemand(load: () => Promise<ComponentType> | null, due: boolean): ComponentType | null {
  const [View, setView] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!due || View) return undefined;
    let live = true;
    // A notice whose code cannot load is not shown; the page works without it.
    load()?.then((loaded) => live && setView(() => loaded), () => undefined);
    return () => {
      live = false;
    };
  }, [load, due, View]);
  return View;
}

export function RootLayout() {
  const { pathname } = useLocation();
  const TabProbeBanner = useOnDemand(loadTabProbeBanner, true);
  const UpdatePrompt = useOnDemand(loadUpdatePrompt, useSyncExternalStore(serviceWorkerUpdates.subscribe, serviceWorkerUpdates.getSnapshot, serviceWorkerUpdates.getServerSnapshot) === 'waiting');
  // The prerendered page is live once this commits (hydration runs after the first paint):
  // browser tests, and anyone in DevTools, can tell the two apart.
  useEffect(() => {
    document.documentElement.dataset.interactive = '';
  }, []);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to={paths.home()} className="site-title">
          How the web remembers
        </Link>
        <nav aria-label="Site">
          <ul>
            <li>
              <NavLink to={paths.home()} end>
                Lessons
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.compare()}>Compare</NavLink>
            </li>
            <li>
              <NavLink to={paths.flaskTool()}>Flask session tool</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <ErrorBoundary label="The update notice">{UpdatePrompt ? <UpdatePrompt /> : null}</ErrorBoundary>
      <ErrorBoundary label="The other-tab notice">{TabProbeBanner ? <TabProbeBanner /> : null}</ErrorBoundary>
      <main id="main" tabIndex={-1}>
        {/* A render error in a page stays in the page: the header, the footer and other pages keep working. */}
        <ErrorBoundary label="This page" resetKey={pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>Panels marked “live” read this browser’s real storage; anything marked “simulated” runs in this page. Nothing is sent anywhere.</p>
      </footer>
    </>
  );
}
