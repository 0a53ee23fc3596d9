/**
 * The server-side session store's interface (Flask-Session's "server-side session interface"):
 * the browser holds only a random id; the data lives here. Implemented over SQLite in
 * session-store-sql.ts. Data maps are Maps: a `__proto__` key is data, never a prototype.
 */
export interface SessionRow {
  readonly id: string;
  /** Who is logged in on this session, if anyone. */
  readonly user: string | null;
  readonly data: ReadonlyMap<string, string>;
  /** ms since the epoch. */
  readonly createdAt: number;
}

export interface LoginOutcome {
  readonly row: SessionRow;
  /** The id the browser came with, now deleted (no session fixation); null when it had none. */
  readonly retiredId: string | null;
}

export interface SessionTable {
  /** The SQL the table was read with, shown to the learner as is. */
  readonly sql: string;
  readonly rows: readonly SessionRow[];
}

export interface SessionStore {
  /** The row for an id from a cookie, or null (no such id, deleted, malformed). */
  read(id: string | null | undefined): SessionRow | null;
  /** A new anonymous session with a fresh id. */
  create(data?: ReadonlyMap<string, string>): SessionRow;
  /** session[key] = value on an existing row; null when the id has no row. */
  write(id: string, key: string, value: string): SessionRow | null;
  /** Logs `user` in on a fresh id; the old row (if any) is deleted and its data moves over. */
  login(id: string | null, user: string): LoginOutcome;
  /**
   * THE SESSION-FIXATION BUG, for the fixation demo's vulnerable app only: logs `user` in on the
   * id the browser came with, so whoever else knows that id is logged in too. An unknown id gets
   * a fresh row. Never used by the course's real server. https://owasp.org/www-community/attacks/Session_fixation
   */
  loginKeepingId(id: string | null, user: string): LoginOutcome;
  /** Deletes the row; true if there was one. */
  logout(id: string): boolean;
  /** `SELECT … FROM sessions`: every row, oldest first. */
  select(): SessionTable;
}

/** 32 random bytes = 256 bits, like Flask-Session's secrets.token_urlsafe(32); at least 128 are needed. */
export const SESSION_ID_BYTES = 32;

/** base64url of 32 bytes, no padding: 43 characters from [A-Za-z0-9_-]. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type RandomFill = (bytes: Uint8Array<ArrayBuffer>) => void;

const defaultRandom: RandomFill = (bytes) => {
  crypto.getRandomValues(bytes);
};

/** A fresh session id: base64url of SESSION_ID_BYTES random bytes (Python's secrets.token_urlsafe(32)). */
export function newSessionId(random: RandomFill = defaultRandom): string {
  const bytes = new Uint8Array(SESSION_ID_BYTES);
  random(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
