import type { SessionTableBody } from '../server/server-side-routes.ts';

/**
 * The server's answer to `GET …/server-side/table` read back in the page (either mode): the JSON
 * body, or null for a failed request or anything that is not a session table.
 */
export function readSessionTable(answer: { readonly status: number; readonly responseBody: string } | null): SessionTableBody | null {
  if (answer === null || answer.status !== 200) return null;
  try {
    const parsed = JSON.parse(answer.responseBody) as SessionTableBody;
    return typeof parsed.sql === 'string' && Array.isArray(parsed.rows) ? parsed : null;
  } catch {
    return null;
  }
}
