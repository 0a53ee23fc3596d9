// The page arrives as complete HTML (prerendered), styled by the one stylesheet below, which the
// build inlines. The code only makes it interactive, so it loads after the first paint.
// It imports nothing the app shares (chunks that import from it would list its stylesheet).
import { installTrustedTypesPolicy } from './app/trusted-types-policy.ts';
import { afterFirstPaint } from './app/after-first-paint.ts';
import { keepEarlyActions } from './app/early-actions.ts';
import { lessonInUrl } from './app/lesson-in-url.ts';
// Every stylesheet is imported here and only here: the build inlines this one stylesheet into each
// page, so prerendered views are styled before their code arrives, and no chunk loaded later
// asks for it again (the build checks).
import './styles/app.css';
import './components/compare/compare.css';
import './components/pretend/pretend.css';
import './components/flask-session/flask-session.css';
import './components/lesson/quiz.css';
import './lessons/storage-comparison/demos/storage-map.css';

// Before any worker starts: the only script URLs Trusted Types lets through are this site's own.
installTrustedTypesPolicy();

// First of all: what the learner types or presses before the code arrives is kept and done later.
keepEarlyActions();

afterFirstPaint(() => {
  // The lesson's prose loads alongside the app rather than after it.
  const slug = lessonInUrl(window.location.pathname, import.meta.env.BASE_URL);
  if (slug) void import('./content/lesson-loader.ts').then(({ preloadLesson }) => preloadLesson(slug));
  void import('./boot.tsx');
});
