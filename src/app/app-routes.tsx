import { useRoutes, type RouteObject } from 'react-router-dom';
// Only the lessons' path params, not the course outline: the shell of every page carries this file.
import { coursePathParams } from '../content/course-path-params.generated.ts';
import { RootLayout } from './root-layout.tsx';
import { routeView } from './route-view.tsx';

const loadingPage = <p className="page-loading">Loading…</p>;

// Each page is its own chunk: a first load fetches only the page it shows (boot.tsx preloads it
// before hydrating). The compare view's experiments and the Flask tool stay off lesson pages.
const home = routeView('HomePage', () => import('./pages/home-page.tsx').then((m) => m.HomePage), loadingPage);
const lesson = routeView('LessonPage', () => import('./pages/lesson-page.tsx').then((m) => m.LessonPage), loadingPage);
const compare = routeView('ComparePage', () => import('./pages/compare-page.tsx').then((m) => m.loadComparePage()), loadingPage);
const flaskTool = routeView('FlaskSessionPage', () => import('./pages/flask-session-page.tsx').then((m) => m.FlaskSessionPage), loadingPage);
const notFound = routeView('NotFoundPage', () => import('./pages/not-found-page.tsx').then((m) => m.NotFoundPage), loadingPage);
const { View: HomePage } = home;
const { View: LessonPage } = lesson;
const { View: ComparePage } = compare;
const { View: FlaskSessionPage } = flaskTool;
const { View: NotFoundPage } = notFound;

/**
 * Loads the page a path inside the app (basename removed, e.g. "/lessons/cookies") shows, the
 * same choice <AppRoutes> makes below; lesson pages render the not-found page for unknown steps.
 */
export function preloadPageFor(path: string): Promise<void> {
  const segments = path.split('/').filter((segment) => segment !== '');
  const [first = '', second = ''] = segments;
  if (segments.length === 0) return home.preload();
  // A lesson page (its text's code, its table of demos and the demos load when used or near the viewport).
  if (first === 'lessons' && second !== '') return lesson.preload();
  if (first === 'compare' && (segments.length === 1 || segments.length === 3)) return compare.preload();
  if (first === 'tools' && second === 'flask-session' && segments.length === 2) return flaskTool.preload();
  return notFound.preload();
}

/**
 * Every page's chunk, the lesson text's code and the given lessons' demo tables (tests render routes synchronously, as a
 * client that has them all).
 */
export async function preloadAllPages(lessons: readonly string[] = []): Promise<void> {
  const [{ loadDemoTable }] = await Promise.all([
    import('../components/lesson/demos/demo-tables.ts'),
    import('../components/lesson/lesson-prose.tsx').then(({ preloadLessonProse }) => preloadLessonProse()),
    ...[home, lesson, compare, flaskTool, notFound].map((view) => view.preload()),
  ]);
  await Promise.all(lessons.map(loadDemoTable));
}

/**
 * Every route of CONTRACT.md, declarative mode (data mode costs ~17 KB more on first load), as the
 * objects `useRoutes` takes: the same matching as <Routes> with <Route> children, without the code
 * that turns JSX children into these objects (about 0.4 KiB gzip on every page).
 */
const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'lessons/:slug', element: <LessonPage /> },
      { path: 'lessons/:slug/:stepId', element: <LessonPage /> },
      // A lesson's own path segment, as it declares it (the URL-path lesson: fav-color/:color).
      ...coursePathParams.map((param) => ({ path: `lessons/:slug/${param.segment}/:${param.name}/:stepId`, element: <LessonPage pathParam={param} /> })),
      { path: 'compare', element: <ComparePage /> },
      { path: 'compare/:name/:value', element: <ComparePage /> },
      { path: 'tools/flask-session', element: <FlaskSessionPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
