import { COLOR_MAX_LENGTH } from '../../../config/limits.ts';

/** A colour typed by the learner: trimmed, non-empty, short. Returns a message when it is not. */
export function checkColor(raw: string): { ok: true; color: string } | { ok: false; reason: string } {
  const color = raw.trim();
  if (color === '') return { ok: false, reason: 'Type a colour first (any word will do).' };
  if (color.length > COLOR_MAX_LENGTH) {
    return { ok: false, reason: `That is ${color.length} characters; keep the colour to ${COLOR_MAX_LENGTH} or fewer.` };
  }
  return { ok: true, color };
}

/** Whether CSS understands the colour, so a swatch can show it (only in the browser). */
export function isCssColor(color: string): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('color', color);
}

/**
 * A colour that will be one segment of a path (`/fav-color/<colour>/step-one`). Any text can be,
 * percent-encoded, except a segment of only dots: the URL parser reads `.` as "this folder" and
 * `..` as "the folder above" and removes them, even encoded as `%2E`
 * (https://url.spec.whatwg.org/#single-dot-path-segment), so the colour would vanish from the path.
 */
export function checkPathColor(raw: string): { ok: true; color: string } | { ok: false; reason: string } {
  const checked = checkColor(raw);
  if (!checked.ok) return checked;
  if (checked.color === '.' || checked.color === '..') {
    return {
      ok: false,
      reason: `“${checked.color}” cannot be a path segment: the browser reads it as ${checked.color === '.' ? '“this folder”' : '“the folder above”'} and drops it from the URL. Any other text works (a slash or a space is percent-encoded).`,
    };
  }
  return checked;
}
