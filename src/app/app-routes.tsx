import { Route, Routes } from 'react-router-dom';
import { lazyView } from '../components/ui/lazy-view.tsx';
import { FlaskSessionPage } from './pages/flask-session-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { LessonPage } from './pages/lesson-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { lessonPathParams } from '../content/course-routes.ts';
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
        {/* A lesson's own path segment, as it declares it (the URL-path lesson: fav-color/:color). */}
        {lessonPathParams().map((param) => (
          <Route key={param.segment} path={`lessons/:slug/${param.segment}/:${param.name}/:stepId`} element={<LessonPage pathParam={param} />} />
        ))}
        <Route path="compare" element={<ComparePage />} />
        <Route path="compare/:name/:value" element={<ComparePage />} />
        <Route path="tools/flask-session" element={<FlaskSessionPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
