import type { SessionTableRow } from '../../server/server-side-routes.ts';
import type { Exchange } from './http-types.ts';

/**
 * The session-fixation demo's state: two pretend browsers (the attacker's and yours) and one
 * pretend server (the course's handlers over the SQL store). Types and the first snapshot only:
 * this file imports no code, so the UI may import it before the scenario (tough-cookie, sql.js) loads.
 */

/** What the server finds when the attacker sends the id they hold. */
export type AttackerFinding =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'logged-in'; readonly user: string }
  | { readonly kind: 'nothing' };

export interface FixationTableRow extends SessionTableRow {
  /** Whose cookie holds this row's id. */
  readonly holders: readonly ('you' | 'attacker')[];
}

export interface FixationSnapshot {
  /** True: the safe login (a fresh id); false: the vulnerable one (the same id). */
  readonly rotate: boolean;
  /** The id in the attacker's own jar. */
  readonly attackerId: string | null;
  /** The id in your browser's jar. */
  readonly yourId: string | null;
  readonly attackerFinds: AttackerFinding | null;
  /** The sessions table (`SELECT …`), or null before the first request. */
  readonly sql: string | null;
  readonly rows: readonly FixationTableRow[];
  readonly attackerLast: Exchange | null;
  readonly yourLast: Exchange | null;
  /** The last thing the attacker did outside HTTP (planting), in words. */
  readonly plantNote: string | null;
  readonly busy: boolean;
  readonly failure: string | null;
}

export const INITIAL_FIXATION: FixationSnapshot = Object.freeze({
  rotate: true,
  attackerId: null,
  yourId: null,
  attackerFinds: null,
  sql: null,
  rows: Object.freeze([]),
  attackerLast: null,
  yourLast: null,
  plantNote: null,
  busy: false,
  failure: null,
});
