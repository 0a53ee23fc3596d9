import { useState } from 'react';
import { appCookiePath } from '../../config/env.ts';
import { PANEL_NAMES } from '../../config/mechanisms.ts';
import type { CookieEntry } from '../../stores/cookie-reader.ts';
import { UNKNOWN_ATTRIBUTE, decodedCookieValue, cookieDomainLabel, cookieExpiresLabel, cookieFlagLabel, cookieSameSiteLabel } from '../../lib/cookies/cookie-columns.ts';
import { failed, type WriteResult } from '../../stores/result.ts';
import { useLiveCookies } from '../../hooks/use-live-cookies.ts';
import { CookieOptionsFields, type CookieOptionsDraft } from './cookie-options-fields.tsx';
import { parseCookieDraft } from './cookie-draft.ts';
import { EntryForm, type EntryDraft } from './entry-form.tsx';
import { EntryTable, type ExtraColumn } from './entry-table.tsx';
import { PanelFrame } from './panel-frame.tsx';
import { ValueText } from './value-text.tsx';
import { WriteOutcome } from './write-outcome.tsx';
import { AlertLine } from '../ui/alert-line.tsx';
import { lazyView } from '../ui/lazy-view.tsx';
import { useRealServer } from '../../hooks/use-real-server.ts';

// Only a real server (npm run dev / npm start) can say what it received: its code, and the course
// server's (the real exchange, its echo, the HTTP log), load only once the page knows one answers.
// A static host's page never fetches it, and its HTML has no such part (nothing to shift).
const LazyServerReceivedCookies = lazyView(
  'ServerReceivedCookies',
  () => import('./server-received-cookies.tsx').then((m) => m.ServerReceivedCookies),
  null,
);

function ServerReceivedWhenReal({ visibleNames }: { readonly visibleNames: readonly string[] }) {
  return useRealServer().status === 'real' ? <LazyServerReceivedCookies visibleNames={visibleNames} /> : null;
}

const EMPTY_DRAFT: EntryDraft = { name: '', value: '' };

const pageHost = (): string => (typeof window === 'undefined' ? '' : window.location.hostname);

/** The same columns and formats as the pretend jar's table (src/lib/cookies/cookie-columns.ts); — where JavaScript cannot know. */
const attributeColumns: readonly ExtraColumn<CookieEntry>[] = [
  { header: 'Domain', cell: (c) => (c.attributes ? cookieDomainLabel(c.attributes.domain, pageHost()) : UNKNOWN_ATTRIBUTE) },
  { header: 'Path', cell: (c) => c.attributes?.path ?? UNKNOWN_ATTRIBUTE },
  { header: 'Expires / Max-Age', cell: (c) => (c.attributes ? cookieExpiresLabel(c.attributes.expires) : UNKNOWN_ATTRIBUTE) },
  { header: 'Size', cell: (c) => String(c.size) },
  // Never ticked here: page JavaScript cannot see an HttpOnly cookie at all.
  { header: 'HttpOnly', cell: () => cookieFlagLabel(false) },
  { header: 'Secure', cell: (c) => (c.attributes ? cookieFlagLabel(c.attributes.secure) : UNKNOWN_ATTRIBUTE) },
  { header: 'SameSite', cell: (c) => (c.attributes ? cookieSameSiteLabel(c.attributes.sameSite) : UNKNOWN_ATTRIBUTE) },
];

const decodedColumn: ExtraColumn<CookieEntry> = {
  header: 'Decoded',
  cell: (c) => {
    const decoded = decodedCookieValue(c.value);
    return decoded === null ? <span className="muted">same</span> : <ValueText value={decoded} label={`${c.name} decoded`} />;
  },
};

export function CookiesPanel({ highlight }: { readonly highlight?: readonly string[] | undefined }) {
  // The list is live from the first screen; the cookie rules a write is checked with (and the
  // `cookie` package) load when the learner starts using the form, or with the first Save or Delete.
  const { snapshot, save: write, remove, prepareWrites } = useLiveCookies();
  const [draft, setDraft] = useState<EntryDraft>(EMPTY_DRAFT);
  const [options, setOptions] = useState<CookieOptionsDraft>(() => ({
    path: appCookiePath(),
    maxAge: '',
    expires: '',
    sameSite: 'lax',
    secure: false,
    encodeValue: false,
  }));
  const [outcome, setOutcome] = useState<WriteResult | null>(null);
  const [showDecoded, setShowDecoded] = useState(false);

  const save = (entry: EntryDraft): void => {
    const parsed = parseCookieDraft(entry.name, entry.value, options);
    if (parsed.status === 'failed') {
      setOutcome(failed(parsed.reason));
      return;
    }
    void write(parsed.write).then((result) => {
      setOutcome(result);
      // Emptied only if the learner has not typed on meanwhile: nothing they wrote is lost.
      if (result.status === 'ok') setDraft((current) => (current === entry ? EMPTY_DRAFT : current));
    });
  };

  return (
    <PanelFrame name={PANEL_NAMES.cookies} subtitle="What this page’s JavaScript can see (document.cookie). Sent with every matching request.">
      {snapshot.status === 'pending' ? <p className="panel-message">Reading this browser’s cookies…</p> : null}
      <AlertLine message={snapshot.status === 'disabled' ? snapshot.reason : null} />
      {snapshot.status === 'ok' ? (
        <>
          {snapshot.entries.length === 0 ? (
            <p className="panel-message">No cookies are visible to this page.</p>
          ) : (
            <>
              <label className="check">
                <input type="checkbox" checked={showDecoded} onChange={(e) => setShowDecoded(e.target.checked)} /> Show
                URL-decoded
              </label>
              <EntryTable
                caption="Cookies visible to this page"
                rows={snapshot.entries}
                highlight={highlight}
                columnsKey={showDecoded ? 'decoded' : 'raw'}
                renderValue={(cookie) => <ValueText value={cookie.value} label={cookie.name} />}
                extraColumns={showDecoded ? [...attributeColumns, decodedColumn] : attributeColumns}
                actions={(cookie) => (
                  <>
                    <button
                      type="button"
                      className="small-button"
                      aria-label={`Edit ${cookie.name}`}
                      onClick={() => setDraft({ name: cookie.name, value: cookie.value })}
                    >
                      Edit
                    </button>
                    <button type="button" className="small-button" aria-label={`Delete ${cookie.name}`} onClick={() => void remove(cookie).then(setOutcome)}>
                      Delete
                    </button>
                  </>
                )}
              />
            </>
          )}
          {snapshot.source === 'document.cookie' ? (
            <p className="panel-note">This browser has no CookieStore API, so only names and values are visible (— marks unknown attributes).</p>
          ) : null}
        </>
      ) : null}
      <p className="panel-note">
        Page JavaScript can never see HttpOnly cookies, nor cookies for other paths or domains. DevTools → Application → Cookies shows them all.
      </p>
      <ServerReceivedWhenReal visibleNames={snapshot.status === 'ok' ? snapshot.entries.map((entry) => entry.name) : []} />
      <EntryForm label="Add or edit a cookie" draft={draft} onChange={setDraft} onSave={save} onFirstUse={prepareWrites}>
        <CookieOptionsFields options={options} onChange={setOptions} />
      </EntryForm>
      <WriteOutcome outcome={outcome} />
    </PanelFrame>
  );
}
