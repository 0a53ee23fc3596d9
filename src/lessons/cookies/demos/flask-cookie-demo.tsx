import { useEffect, useRef, useState } from 'react';
import { useHref, useLocation } from 'react-router-dom';
import type { Exchange } from '../../../stores/pretend-http/http-types.ts';
import { SITE_ORIGINS } from '../../../stores/pretend-http/site-origins.ts';
import { usePretendBrowser } from '../../../hooks/use-pretend-browser.ts';
import { PretendConversation } from '../../../components/pretend/pretend-conversation.tsx';
import { ColorForm } from '../../../components/lesson/demos/color-form.tsx';
import { checkColor } from '../../../components/lesson/demos/color-input.ts';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';

const FLASK = SITE_ORIGINS.flaskDemo;

/**
 * The lecture's Flask demo replayed against the pretend server (CONTRACT.md): the
 * `Favorite color` form sends GET /handle-form-cookie?fav_color=…, whose response sets the
 * cookie; `/later-cookie` sends it back. The real Cookies panel beside it stays untouched.
 * A form sent before the code arrived reloads this page with `?fav_color=…`; that request is
 * then sent to the pretend server once, so the submission is not lost (and the link shares it).
 */
export function FlaskCookieDemo() {
  const { load, status, failure } = usePretendBrowser();
  const [page, setPage] = useState<Exchange | null>(null);
  // Without JavaScript the form is a plain GET to this page: harmless, and nothing pretends.
  const location = useLocation();
  const here = useHref(location.pathname);
  const sentBeforeCode = new URLSearchParams(location.search).get('fav_color');
  const replayed = useRef<string | null>(null);

  const go = async (pathAndQuery: string): Promise<void> => {
    try {
      const browser = await load();
      setPage(await browser.fetch(`${FLASK}${pathAndQuery}`));
    } catch {
      // Reported through `failure`.
    }
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
    <DemoFrame title="The Flask demo, on a pretend server at http://localhost:5000" simulated>
      <ColorForm action={here} fieldName="fav_color" submitLabel="Submit" onColor={submitColor} />
      <div className="demo-row">
        <span>Then, later:</span>
        <button type="button" onClick={() => void go('/later-cookie')}>
          /later-cookie
        </button>
      </div>
      <PretendConversation failure={failure} page={page} loading={status === 'loading'} emptyText="Type a colour and press Submit, or visit /later-cookie first." jarHighlight={['fav_color']} />
    </DemoFrame>
  );
}
