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
