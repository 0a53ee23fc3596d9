import { strategies, type FactKey } from '../../content/strategies.ts';
import type { PanelId } from '../../config/mechanisms.ts';
import { formatBytes } from '../../lib/byte-size.ts';
import type { ExperimentResults } from '../../stores/experiments/experiment-results.ts';

/**
 * One cell of the comparison table: what was measured in this browser once its experiment has
 * run, the documented fact (from strategies.ts) until then.
 */
export interface FactCell {
  readonly text: string;
  readonly source: 'documented' | 'measured' | 'simulated';
}

const documented = (id: PanelId, fact: FactKey): FactCell => ({ text: strategies[id][fact], source: 'documented' });

function lifetime(id: PanelId, results: ExperimentResults): FactCell | null {
  const parts: string[] = [];
  if (results.reload) parts.push(results.reload.presence[id] ? 'survived a reload' : 'gone after a reload');
  if (results.closedTab) parts.push(results.closedTab.presence[id] ? 'survived closing the tab' : 'gone in a fresh tab');
  const measured = parts.length > 0;
  const restart = results.restart;
  if (restart) {
    const afterRestart: Record<PanelId, string> = {
      query: 'back only if a restored tab reopens the URL',
      path: 'back only if a restored tab reopens the URL',
      localStorage: 'kept after a restart',
      sessionStorage: 'gone after a restart',
      cookies: `session cookie ${restart.sessionCookieKept ? 'kept' : 'gone'}, Max-Age cookie ${restart.persistentCookieKept ? 'kept' : 'gone'} after a restart`,
    };
    parts.push(`${afterRestart[id]} (simulated)`);
  }
  if (parts.length === 0) return null;
  return { text: parts.join('; '), source: measured ? 'measured' : 'simulated' };
}

function scope(id: PanelId, results: ExperimentResults): FactCell | null {
  const tabs = results.newTab;
  if (!tabs) return null;
  const parts: string[] = [];
  if (tabs.link) parts.push(`a new tab (link) ${tabs.link[id] ? 'saw it' : 'did not see it'}`);
  if (tabs['window.open']) parts.push(`a window.open tab ${tabs['window.open'][id] ? 'saw it' : 'did not see it'}`);
  return parts.length > 0 ? { text: parts.join('; '), source: 'measured' } : null;
}

function capacity(id: PanelId, results: ExperimentResults): FactCell | null {
  if (id === 'localStorage' || id === 'sessionStorage') {
    const quota = results.quota?.[id];
    if (!quota) return null;
    if (quota.status === 'blocked') return { text: `blocked: ${quota.reason}`, source: 'measured' };
    const chars = quota.totalChars.toLocaleString('en');
    const bytes = formatBytes(quota.totalChars * 2);
    return { text: `${quota.hitLimit ? '' : 'at least '}${chars} characters (${bytes} as UTF-16)`, source: 'measured' };
  }
  if (id === 'cookies' && results.cookieLimit) {
    const { size, count } = results.cookieLimit;
    if (!size.anyKept) return { text: 'cookies are blocked for this page', source: 'measured' };
    const sizeText = `${size.exact ? '' : 'at least '}${size.largestKept.toLocaleString('en')} bytes each (name + value)`;
    // The real count stops far below the per-site limit (180 in Chromium and Firefox; see cookie-limit-probe.ts).
    const countText = count.stop === 'safety-cap' ? `at least ${count.held} at once (the test stops far below the ~180 limit)` : `${count.held} at once`;
    return { text: `${sizeText}; ${countText}`, source: 'measured' };
  }
  return null;
}

function sentToServer(id: PanelId, results: ExperimentResults): FactCell | null {
  if (!results.request) return null;
  return { text: results.request.travelled[id] ? 'travelled with the request' : 'not in the request', source: 'simulated' };
}

function readableByJs(id: PanelId, results: ExperimentResults): FactCell | null {
  if (id === 'cookies' && results.httpOnly) {
    return {
      text: results.httpOnly.hiddenFromJs ? 'yes, except HttpOnly: the session id was missing from document.cookie' : 'the HttpOnly cookie was visible (unexpected)',
      source: 'simulated',
    };
  }
  if (results.written?.presence[id]) return { text: 'yes: this page’s script read it back', source: 'measured' };
  return null;
}

function setBy(id: PanelId, results: ExperimentResults): FactCell | null {
  if (id === 'cookies' && results.httpOnly) return { text: 'page JavaScript (real) and the server’s Set-Cookie (simulated)', source: 'simulated' };
  if ((id === 'localStorage' || id === 'sessionStorage') && results.written?.presence[id]) {
    return { text: 'page JavaScript (this page just did)', source: 'measured' };
  }
  return null;
}

const measurers: Record<FactKey, (id: PanelId, results: ExperimentResults) => FactCell | null> = {
  lifetime,
  scope,
  capacity,
  sentToServer,
  readableByJs,
  setBy,
};

export function factCell(id: PanelId, fact: FactKey, results: ExperimentResults): FactCell {
  return measurers[fact](id, results) ?? documented(id, fact);
}
