import { Link } from 'react-router-dom';
import { CourseOutline } from '../../components/lesson/course-outline.tsx';
import { ErrorBoundary } from '../../components/ui/error-boundary.tsx';
import { useIsClient } from '../../hooks/use-is-client.ts';
import { useProgress } from '../../hooks/use-progress.ts';
import { allQuizIds, allStepRefs } from '../../content/outline.ts';
import { answeredQuizzes } from '../../stores/progress.ts';
import { paths } from '../../config/paths.ts';
import '../../styles/home.css';

function ContinueBox() {
  const { progress, reset } = useProgress();
  const isClient = useIsClient();
  // The box keeps its size while this browser's progress is read, so nothing below it moves.
  if (!isClient) return <div className="continue" aria-hidden="true" />;
  const total = allStepRefs().length;
  const quizzes = allQuizIds();
  const answered = quizzes.filter((id) => answeredQuizzes(progress).has(id)).length;
  if (progress.last === null) {
    return (
      <div className="continue">
        <p>You have not started yet: begin with the first lesson below.</p>
      </div>
    );
  }
  return (
    <div className="continue">
      <p>
        Visited {progress.visited.size} of {total} steps · answered {answered} of {quizzes.length} checks of understanding{' '}
        <span className="muted">(kept in this browser’s localStorage as stl:progress)</span>
      </p>
      <p>
        <Link to={progress.last}>Continue where you left off</Link>{' '}
        <button type="button" className="small-button" onClick={reset}>
          Reset progress
        </button>
      </p>
    </div>
  );
}

export function HomePage() {
  const { progress } = useProgress();
  const isClient = useIsClient();
  return (
    <div className="page-narrow home">
      <title>How the web remembers things</title>
      <h1>How the web remembers things</h1>
      <p className="lead">
        HTTP forgets every request as soon as it has answered it. This course walks through every way a web app keeps state anyway — query params,
        the URL path, localStorage, sessionStorage, cookies, signed sessions and server-side sessions — with live panels that show what your own
        browser is storing at every step.
      </p>
      <ErrorBoundary label="Your progress">
        <ContinueBox />
      </ErrorBoundary>
      <h2>Course outline</h2>
      <ErrorBoundary label="The course outline with your progress">
        <CourseOutline progress={isClient ? progress : null} expandAll />
      </ErrorBoundary>
      <h2>Tools</h2>
      <ul>
        <li>
          <Link to={paths.compare()}>Compare every store side by side</Link>: all five live panels at once.
        </li>
        <li>
          <Link to={paths.flaskTool()}>Flask session tool</Link>: decode, verify and sign Flask session cookies.
        </li>
      </ul>
    </div>
  );
}
