import { useState } from 'react';
import { ShowMore } from '../ui/show-more.tsx';
import { capText, formatCount, PRETTY_INDENT_MAX_DEPTH, SHOWN_CHARS_STEP } from './display-limits.ts';
import { prettyJsonCapped } from './pretty-json.ts';

interface StoredJsonViewProps {
  readonly payloadJson: string;
  readonly compressed: boolean;
}

/**
 * The session's JSON exactly as Flask stored it, optionally re-indented. Only the first
 * SHOWN_CHARS_STEP characters are printed until the learner asks for more, so a huge or deeply
 * nested session costs what is shown, not what it holds. (Give it a `key` per cookie.)
 */
export function StoredJsonView({ payloadJson, compressed }: StoredJsonViewProps) {
  const [pretty, setPretty] = useState(true);
  const [limit, setLimit] = useState(SHOWN_CHARS_STEP);
  const bytes = new TextEncoder().encode(payloadJson).length;
  const shown = pretty ? prettyJsonCapped(payloadJson, { maxChars: limit }) : null;
  const raw = pretty ? null : capText(payloadJson, limit);
  const text = shown ? shown.text : (raw?.text ?? '');
  const hiddenInput = shown ? shown.remainingInputChars : (raw?.hiddenChars ?? 0);
  return (
    <figure className="flask-json">
      <figcaption>
        As Flask stored it: tagged JSON, {formatCount(bytes)} bytes
        {compressed ? ', zlib-compressed in the cookie' : ''}
      </figcaption>
      <label className="check">
        <input type="checkbox" checked={pretty} onChange={(event) => setPretty(event.target.checked)} /> Pretty-print (tokens unchanged)
      </label>
      <pre className="learner-value">{text}</pre>
      {shown?.indentCapped ? (
        <p className="muted flask-hint">Nested deeper than {PRETTY_INDENT_MAX_DEPTH} levels: deeper lines are not indented further.</p>
      ) : null}
      {hiddenInput > 0 ? (
        <ShowMore hidden={`${formatCount(hiddenInput)} more characters of the stored JSON`} onMore={() => setLimit((n) => n + SHOWN_CHARS_STEP)} />
      ) : null}
    </figure>
  );
}
