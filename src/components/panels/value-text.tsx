import { useState } from 'react';

export const VALUE_PREVIEW_CHARS = 120;

/** A stored value as text; long values are cut with a button to show them whole. */
export function ValueText({ value, label }: { readonly value: string; readonly label: string }) {
  const [expanded, setExpanded] = useState(false);
  if (value === '') return <span className="muted">(empty string)</span>;
  if (value.length <= VALUE_PREVIEW_CHARS) return <span className="value">{value}</span>;
  return (
    <>
      <span className="value">{expanded ? value : `${value.slice(0, VALUE_PREVIEW_CHARS)}…`}</span>{' '}
      <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
        {expanded ? 'Show less' : `Show all ${value.length.toLocaleString('en')} characters`}
        <span className="visually-hidden"> of {label}</span>
      </button>
    </>
  );
}
