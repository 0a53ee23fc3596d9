/**
 * `uuid.UUID(hex=text).hex`, as Flask's ` u` tag rebuilds a UUID:
 *
 *     hex = hex.replace('urn:', '').replace('uuid:', '')
 *     hex = hex.strip('{}').replace('-', '')
 *     if len(hex) != 32: raise ValueError
 *     int = int(hex, 16)            # whitespace, sign, 0x and _ allowed!
 *     if not 0 <= int < 1 << 128: raise ValueError
 *
 * Returns the canonical 32 lowercase hex digits, or null where Python raises.
 * (Python's int() also takes non-ASCII digits; those are refused here.)
 */
export function pythonUuidHex(text: string): string | null {
  const stripped = stripChars(text.replaceAll('urn:', '').replaceAll('uuid:', ''), '{}').replaceAll('-', '');
  if (Array.from(stripped).length !== 32) return null;
  const value = pythonIntBase16(stripped);
  if (value === null || value < 0n || value >= 1n << 128n) return null;
  return value.toString(16).padStart(32, '0');
}

function stripChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start] ?? '')) start++;
  while (end > start && chars.includes(text[end - 1] ?? '')) end--;
  return text.slice(start, end);
}

/** int(text, 16) for ASCII input: optional whitespace, sign, `0x` prefix, single `_` between digits. */
function pythonIntBase16(text: string): bigint | null {
  const match = /^[ \t\n\r\v\f\x1c-\x1f]*([+-]?)(0[xX]_?)?([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)[ \t\n\r\v\f\x1c-\x1f]*$/.exec(text);
  if (!match) return null;
  const [, sign, , digits = ''] = match;
  const magnitude = BigInt(`0x${digits.replaceAll('_', '')}`);
  return sign === '-' ? -magnitude : magnitude;
}
