import type { ProbeReport } from '../../../stores/cookie-limit-probe-run.ts';
// BROWSER_PER_SITE_LIMIT is 180 in Chromium (net/cookies/cookie_monster.h kDomainMaxCookies) and Firefox
// (network.cookie.maxPerHost); sources beside the constant in cookie-limit-probe.ts.
import { BROWSER_PER_SITE_LIMIT, PROBE_PREFIX } from '../../../stores/cookie-limit-probe.ts';

function SizeLine({ size }: { readonly size: ProbeReport['size'] }) {
  if (!size.anyKept) return <li>No test cookie stuck at all: cookies are blocked for this page, so nothing could be measured.</li>;
  return size.exact ? (
    <li>
      Largest name + value this browser keeps: <strong>{size.largestKept} bytes</strong>. At {size.largestKept + 1} bytes the cookie was
      dropped, silently: no error, the write just did not happen ({size.tries} tries).
    </li>
  ) : (
    <li>
      This browser kept even <strong>{size.largestKept} bytes</strong>, the most we tried: its limit is at least that.
    </li>
  );
}

function CountLine({ count }: { readonly count: ProbeReport['count'] }) {
  const mix = `${count.existing} of yours visible to this page + ${count.probesKept} test cookies`;
  switch (count.stop) {
    case 'safety-cap':
      return (
        <li>
          {count.probesPlanned === 0
            ? `This page already shows ${count.existing} cookies, so we added no test cookies at all: `
            : `It kept all ${count.probesKept} test cookies we added, one by one: this page held ${count.held} at once (${mix}). `}
          That is <strong>not this browser’s limit</strong>, and we stop far below it on purpose: a browser keeps about{' '}
          {BROWSER_PER_SITE_LIMIT} cookies per site and, past that, deletes the least recently used ones. Its count includes cookies this
          page cannot see (HttpOnly ones, those of other paths), so only a pretend jar can safely show what happens at the limit.
        </li>
      );
    case 'refused':
      return (
        <li>
          The browser refused the next cookie: it holds <strong>{count.held}</strong> cookies for this page ({mix}), well under the usual{' '}
          {BROWSER_PER_SITE_LIMIT}.
        </li>
      );
    case 'evicted':
      return (
        <li>
          At the next cookie an older one disappeared to make room: this browser held <strong>{count.held}</strong> ({mix}) and then
          started deleting. This site already had many cookies this page cannot see.
        </li>
      );
  }
}

/** The measurement's findings, and proof that it cleaned up after itself. */
export function CookieLimitReport({ report }: { readonly report: ProbeReport }) {
  const { cleanup } = report;
  return (
    <section aria-label="Measured limits" className="demo-result">
      <ul>
        <SizeLine size={report.size} />
        <CountLine count={report.count} />
        <li>
          Cleaned up: deleted {cleanup.deleted} test cookies (names starting <code>{PROBE_PREFIX}</code>).{' '}
          {cleanup.leftOver.length === 0 ? 'None is left.' : `Still present: ${cleanup.leftOver.join(', ')}.`}{' '}
          {cleanup.evicted.length === 0
            ? 'Every other cookie this page could see before is still there.'
            : `Missing since the start (expired or evicted): ${cleanup.evicted.join(', ')}.`}
        </li>
      </ul>
    </section>
  );
}
