import { Fragment } from 'react';
import './pretend.css';

const COOKIE_HEADER = /^(set-)?cookie:/i;

/**
 * Raw HTTP text, one element per line so each line can be found and read on its own. In the
 * head (before the first blank line) the Cookie and Set-Cookie lines are marked. Rendered as
 * text, never as HTML: a learner's value cannot become markup.
 */
export function HttpText({ text }: { readonly text: string }) {
  const lines = text.split('\n');
  const bodyStart = lines.indexOf('');
  return lines.map((line, i) => {
    const inHead = bodyStart === -1 || i < bodyStart;
    return (
      <Fragment key={i}>
        {i > 0 ? '\n' : null}
        {inHead && COOKIE_HEADER.test(line) ? (
          <mark className="http-cookie-line">{line}</mark>
        ) : (
          <span className="http-line">{line}</span>
        )}
      </Fragment>
    );
  });
}
