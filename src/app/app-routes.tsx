import { Route, Routes } from 'react-router-dom';
import { lazyView } from '../components/ui/lazy-view.tsx';
import { FlaskSessionPage } from './pages/flask-session-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { LessonPage } from './pages/lesson-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RootLayout } from './root-layout.tsx';

// Its own chunk: lesson pages do not pay for the compare view's experiments.
const ComparePage = lazyView('ComparePage', () => import('./pages/compare-page.tsx').then((m) => m.ComparePage), <p className="page-loading">Loading…</p>);

/** Every route of CONTRACT.md, declarative mode (data mode costs ~17 KB more on first load). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route index element={<HomePage />} />
        <Route path="lessons/:slug" element={<LessonPage />} />
        <Route path="lessons/:slug/:stepId" element={<LessonPage />} />
        <Route path="lessons/:slug/fav-color/:color/:stepId" element={<LessonPage />} />
        <Route path="compare" element={<ComparePage />} />
        <Route path="compare/:name/:value" element={<ComparePage />} />
        <Route path="tools/flask-session" element={<FlaskSessionPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
