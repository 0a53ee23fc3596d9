import { readFileSync } from 'node:fs';
import type { SessionResult } from '../stores/flask-session/session-result.ts';
import { pickSessionCookie } from '../stores/flask-session/session-cookie-input.ts';
import type { TimestampEpoch } from '../stores/flask-session/session-timestamp.ts';
import { UsageError, type Cli } from './cli-options.ts';

/** What a command prints: text lines, or one JSON object with --json; and its exit status. */

export interface Output {
  readonly status: number;
  readonly json: Record<string, unknown>;
  readonly lines: readonly string[];
}

export const jsonSafe = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));

export function readCookie(cli: Cli): { cookie: string; lines: string[]; json: Record<string, unknown> } {
  const text = cli.cookieText === '-' ? readFileSync(0, 'utf8') : (cli.cookieText ?? '');
  const picked = pickSessionCookie(text, cli.cookieName);
  if (!picked.ok) throw new UsageError(picked.reason);
  return {
    cookie: picked.cookie,
    lines: [...picked.notes, ...picked.attributes.map(([label, value]) => `  ${label}: ${value}`)],
    json: { cookieName: picked.name, source: picked.source, attributes: Object.fromEntries(picked.attributes) },
  };
}

export function describeResult(result: SessionResult): string[] {
  const lines: string[] = [];
  const timestamp = result.ok ? result.timestamp : result.timestamp;
  if (timestamp) {
    const when = timestamp.date ? timestamp.date.toISOString().replace('.000Z', 'Z') : 'beyond a date';
    lines.push(`Signed at: ${when}${timestamp.epoch === 'legacy' ? ` (legacy timestamp ${timestamp.signedNumber})` : ''}`);
  }
  const lifetime = result.ok ? result.lifetime : result.lifetime;
  if (lifetime) {
    const until = lifetime.acceptedUntil ? lifetime.acceptedUntil.toISOString().replace('.000Z', 'Z') : 'beyond a date';
    lines.push(`Age: ${lifetime.ageSeconds} s; Flask accepts it until ${until} (max age ${lifetime.maxAgeSeconds} s)`);
  }
  lines.push(...(result.ok ? result.notes : (result.notes ?? [])).map((note) => `Note: ${note}`));
  return lines;
}

export function resultJson(result: SessionResult): Record<string, unknown> {
  if (result.ok) {
    const { value: _value, ...rest } = result;
    return jsonSafe(rest) as Record<string, unknown>;
  }
  return jsonSafe(result) as Record<string, unknown>;
}

export function epochFor(cli: Cli, fallback: TimestampEpoch): TimestampEpoch {
  return cli.legacy ? 'legacy' : fallback;
}
