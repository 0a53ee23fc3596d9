import { useEffect, useRef } from 'react';
import { useHref, useLocation } from 'react-router-dom';
import { useCourseServerPage } from '../../../hooks/use-course-server-page.ts';
import { useIsClient } from '../../../hooks/use-is-client.ts';
import { ColorForm } from '../../../components/lesson/demos/color-form.tsx';
import { checkColor } from '../../../components/lesson/demos/color-input.ts';
import { CourseServerDemo } from '../../../components/lesson/demos/course-server-demo.tsx';

/** The demo's words: its title in each mode, its window before the first request, the cookies it sets. */
const DEMO = { titles: { real: 'The Flask demo, on the course’s own server', simulated: 'The Flask demo, on a pretend server at http://localhost:5000' }, emptyText: 'Type a colour and press Submit, or visit /later-cookie first.', jarHighlight: ['fav_color'] } as const;

/**
 * The lecture's Flask demo (CONTRACT.md), answered by the course's real server when one runs
 * beside the page (a real Set-Cookie: the live Cookies panel shows fav_color), else by the
 * pretend server in the page (the same handlers; the real Cookies panel stays untouched): the
 * `Favorite color` form sends GET /handle-form-cookie?fav_color=…, whose response sets the
 * cookie; `/later-cookie` sends it back.
 * A form sent before the code arrived reloads this page with `?fav_color=…`; that request is
 * then sent to the pretend server once, so the submission is not lost (and the link shares it).
 */
export function FlaskCookieDemo() {
  const conversation = useCourseServerPage();
  const { server } = conversation;
  // Without JavaScript the form is a plain GET to this page: harmless, and nothing pretends.
  const location = useLocation();
  const here = useHref(location.pathname);
  const sentBeforeCode = new URLSearchParams(location.search).get('fav_color');
  const replayed = useRef<string | null>(null);
  // The colour sent stays in its box (after hydration: the prerendered HTML had no query).
  const isClient = useIsClient();

  const submitColor = (color: string): void => {
    void conversation.go(`/handle-form-cookie?${new URLSearchParams({ fav_color: color }).toString()}`);
  };
  useEffect(() => {
    if (sentBeforeCode === null || replayed.current === sentBeforeCode) return;
    replayed.current = sentBeforeCode;
    const checked = checkColor(sentBeforeCode);
    if (checked.ok) submitColor(checked.color);
    // Only a new query value replays; `submitColor` is a fresh closure every render.
  }, [sentBeforeCode]);

  return (
    <CourseServerDemo conversation={conversation} {...DEMO}>
      {server.mode === 'real' ? (
        <p className="muted">
          A real server answers at <code>{server.origin}</code>: your browser stores <code>fav_color</code> itself, and the Cookies panel
          shows it. The Network tab in DevTools shows the same Set-Cookie.
        </p>
      ) : null}
      <ColorForm action={here} fieldName="fav_color" submitLabel="Submit" onColor={submitColor} initialColor={isClient ? sentBeforeCode : undefined} />
      <div className="demo-row">
        <span>Then, later:</span>
        <button type="button" onClick={() => void conversation.go('/later-cookie')}>
          /later-cookie
        </button>
      </div>
    </CourseServerDemo>
  );
}
