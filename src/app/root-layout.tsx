import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { TabProbeBanner } from '../components/ui/tab-probe-banner.tsx';
import { UpdatePrompt } from '../components/ui/update-prompt.tsx';
import { paths } from '../config/paths.ts';

export function RootLayout() {
  const { pathname } = useLocation();
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
      <ErrorBoundary label="The update notice">
        <UpdatePrompt />
      </ErrorBoundary>
      <ErrorBoundary label="The other-tab notice">
        <TabProbeBanner />
      </ErrorBoundary>
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
