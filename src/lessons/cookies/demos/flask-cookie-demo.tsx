import { useEffect, useRef, useState } from 'react';
import { useHref, useLocation } from 'react-router-dom';
import type { Exchange } from '../../../stores/pretend-http/http-types.ts';
import { useCourseServer } from '../../../hooks/use-course-server.ts';
import { useIsClient } from '../../../hooks/use-is-client.ts';
import { PretendConversation } from '../../../components/pretend/pretend-conversation.tsx';
import { ColorForm } from '../../../components/lesson/demos/color-form.tsx';
import { checkColor } from '../../../components/lesson/demos/color-input.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';

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
  const server = useCourseServer();
  const [page, setPage] = useState<Exchange | null>(null);
  // Without JavaScript the form is a plain GET to this page: harmless, and nothing pretends.
  const location = useLocation();
  const here = useHref(location.pathname);
  const sentBeforeCode = new URLSearchParams(location.search).get('fav_color');
  const replayed = useRef<string | null>(null);
  // The colour sent stays in its box (after hydration: the prerendered HTML had no query).
  const isClient = useIsClient();

  const go = async (pathAndQuery: string): Promise<void> => {
    const exchange = await server.send(pathAndQuery);
    if (exchange !== null) setPage(exchange);
  };
  const submitColor = (color: string): void => {
    void go(`/handle-form-cookie?${new URLSearchParams({ fav_color: color }).toString()}`);
  };
  useEffect(() => {
    if (sentBeforeCode === null || replayed.current === sentBeforeCode) return;
    replayed.current = sentBeforeCode;
    const checked = checkColor(sentBeforeCode);
    if (checked.ok) submitColor(checked.color);
    // Only a new query value replays; `submitColor` is a fresh closure every render.
  }, [sentBeforeCode]);

  return (
    <DemoFrame
      title={server.mode === 'real' ? 'The Flask demo, on the course’s own server' : 'The Flask demo, on a pretend server at http://localhost:5000'}
      simulated
      realServer={server.mode === 'real'}
    >
      {server.mode === 'real' ? (
        <p className="muted">
          A real server answers at <code>{server.origin}</code>: your browser stores <code>fav_color</code> itself, and the Cookies panel
          shows it. The Network tab in DevTools shows the same Set-Cookie.
        </p>
      ) : null}
      <ColorForm action={here} fieldName="fav_color" submitLabel="Submit" onColor={submitColor} initialColor={isClient ? sentBeforeCode : undefined} />
      <div className="demo-row">
        <span>Then, later:</span>
        <button type="button" onClick={() => void go('/later-cookie')}>
          /later-cookie
        </button>
      </div>
      <PretendConversation failure={server.failure} page={page} loading={server.loading} mode={server.mode} emptyText="Type a colour and press Submit, or visit /later-cookie first." jarHighlight={['fav_color']} />
    </DemoFrame>
  );
}
