import { Link, useLocation } from 'react-router-dom';
import { paths } from '../../config/paths.ts';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <div className="page-narrow">
      <title>Page not found · How the web remembers</title>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code> in this course. The server (or here, the static host and this app’s router) only answers the paths
        it knows.
      </p>
      <p>
        <Link to={paths.home()}>Go to the course outline</Link>
      </p>
    </div>
  );
}
