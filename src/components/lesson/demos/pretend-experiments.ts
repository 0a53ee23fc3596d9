import type { Exchange, SetCookieVerdict } from '../../../stores/pretend-http/http-types.ts';
import type { PretendBrowser } from '../../../stores/pretend-http/pretend-browser.ts';

/** One thing the pretend browser does in an experiment. */
export type ExperimentAction =
  | {
      readonly kind: 'fetch';
      readonly url: string;
      /** Origin of the page making the request; absent: typed in the address bar. */
      readonly from?: string;
      /** A link or form (true) or an image/fetch (false). */
      readonly navigation?: boolean;
    }
  | { readonly kind: 'read-document-cookie'; readonly pageUrl: string }
  | { readonly kind: 'script-sets-cookie'; readonly pageUrl: string; readonly text: string }
  | { readonly kind: 'restart' };

export interface Experiment {
  /** Unique within a lab; the button's accessible name. */
  readonly label: string;
  /** One sentence: what to look for. Inline markup as in lesson text. */
  readonly explain: string;
  /** Built when the button is pressed, so dates can be relative to now. */
  readonly actions: (now: Date) => readonly ExperimentAction[];
}

export type ExperimentResult =
  | { readonly kind: 'fetch'; readonly exchange: Exchange }
  | { readonly kind: 'read-document-cookie'; readonly pageUrl: string; readonly value: string }
  | { readonly kind: 'script-sets-cookie'; readonly pageUrl: string; readonly verdict: SetCookieVerdict }
  | { readonly kind: 'restart' };

/** `GET <origin><path>?header=…`: the pretend site answers with exactly these Set-Cookie headers. */
export function setCookieVia(origin: string, headers: readonly string[], path = '/set'): ExperimentAction {
  const query = new URLSearchParams(headers.map((header) => ['header', header]));
  return { kind: 'fetch', url: `${origin}${path}?${query.toString()}` };
}

export function visit(url: string, from?: string, navigation?: boolean): ExperimentAction {
  return {
    kind: 'fetch',
    url,
    ...(from !== undefined ? { from } : {}),
    ...(navigation !== undefined ? { navigation } : {}),
  };
}

async function runAction(browser: PretendBrowser, action: ExperimentAction): Promise<ExperimentResult> {
  switch (action.kind) {
    case 'fetch':
      return { kind: 'fetch', exchange: await browser.fetch(action.url, { from: action.from, navigation: action.navigation }) };
    case 'read-document-cookie':
      return { kind: 'read-document-cookie', pageUrl: action.pageUrl, value: await browser.documentCookie(action.pageUrl) };
    case 'script-sets-cookie':
      return { kind: 'script-sets-cookie', pageUrl: action.pageUrl, verdict: await browser.setDocumentCookie(action.pageUrl, action.text) };
    case 'restart':
      await browser.restart();
      return { kind: 'restart' };
  }
}

/** Runs an experiment's actions in order, one request after the other, as a browser would. */
export async function runExperiment(browser: PretendBrowser, experiment: Experiment, now: Date): Promise<ExperimentResult[]> {
  const results: ExperimentResult[] = [];
  for (const action of experiment.actions(now)) results.push(await runAction(browser, action));
  return results;
}
