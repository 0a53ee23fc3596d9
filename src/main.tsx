// The page arrives as complete HTML (prerendered), styled by the one stylesheet below, which the
// build inlines. The code only makes it interactive, so it loads after the first paint.
import { afterFirstPaint } from './app/after-first-paint.ts';
import { routerBasename } from './app/base-path.ts';
import { lessonInUrl } from './app/lesson-in-url.ts';
import { loadLesson } from './content/lesson-loader.ts';
import './styles/app.css';
// Styles of views that load as their own chunks, in the first stylesheet too, so their
// prerendered HTML is styled before their code arrives.
import './components/compare/compare.css';
import './components/pretend/pretend.css';
import './components/flask-session/flask-session.css';
import './components/lesson/quiz.css';
import './components/lesson/demos/storage-map.css';

afterFirstPaint(() => {
  // The lesson's prose loads alongside the app rather than after it.
  const slug = lessonInUrl(window.location.pathname, routerBasename());
  if (slug) loadLesson(slug).catch(() => undefined); // the page reports a failed load when it renders
  void import('./boot.tsx');
});
