/** Times as the tool prints them: UTC, no locale, so a shared link reads the same everywhere. */

export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const UNITS: readonly (readonly [string, bigint])[] = [
  ['day', 86_400n],
  ['hour', 3_600n],
  ['minute', 60n],
  ['second', 1n],
];

/** `2 days 3 hours`, `5 minutes 1 second`, `0 seconds`: the two largest units, rounded down. */
export function formatDuration(seconds: bigint): string {
  let rest = seconds < 0n ? -seconds : seconds;
  const parts: string[] = [];
  for (const [name, size] of UNITS) {
    const count = rest / size;
    rest -= count * size;
    if (count > 0n && parts.length < 2) parts.push(`${count} ${name}${count === 1n ? '' : 's'}`);
    else if (parts.length > 0) break;
  }
  return parts.length > 0 ? parts.join(' ') : '0 seconds';
}
