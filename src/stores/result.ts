/** Writes never throw at the UI: they return what happened, so a failure can teach. */
export type WriteResult = { status: 'ok'; note?: string } | { status: 'failed'; reason: string };

export const ok = (note?: string): WriteResult => (note ? { status: 'ok', note } : { status: 'ok' });
export const failed = (reason: string): WriteResult => ({ status: 'failed', reason });
