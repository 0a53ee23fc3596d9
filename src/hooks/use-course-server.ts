import { useState } from 'react';
import type { Exchange } from '../stores/pretend-http/http-types.ts';
import { loadPageBrowser, pageHttpLog } from '../stores/pretend-http/page-pretend-browser.ts';
import { SITE_ORIGINS } from '../stores/pretend-http/site-origins.ts';
import { realFetch } from '../stores/real-server/real-exchange.ts';
import { checkRealServer } from '../stores/real-server/real-server-status.ts';
import { useRealServer } from './use-real-server.ts';
import { usePretendBrowser } from './use-pretend-browser.ts';

// The demos that ask both (the sessions lesson's routes demo, the compare view) import it from here.
export { useRealServer };

export interface SendOptions {
  readonly method?: string;
  readonly form?: Record<string, string>;
  /** False: keep this request out of the HTTP log (a demo's own bookkeeping). */
  readonly record?: boolean;
}

export interface CourseServerHandle {
  /** `real`: this browser and the real server; `simulated`: the pretend browser and server in the page. */
  readonly mode: 'real' | 'simulated';
  /** Where the routes are, for the learner: `http://localhost:5173/api` or `http://localhost:5000`. */
  readonly origin: string;
  readonly loading: boolean;
  readonly failure: string | null;
  /** Sends `path` (e.g. `/later-cookie`) to the course's server: the real one when it answers, else the pretend one. */
  readonly send: (path: string, options?: SendOptions) => Promise<Exchange | null>;
}

/**
 * The lecture's Flask app for a demo: the same handlers (src/server/) either way. With a real
 * server the learner's own browser sends the request and keeps the cookies; on a static host the
 * pretend browser (tough-cookie, loaded on first use) does, in the page.
 */
export function useCourseServer(): CourseServerHandle {
  const real = useRealServer();
  const pretend = usePretendBrowser();
  const [realFailure, setRealFailure] = useState<string | null>(null);
  const mode = real.status === 'real' ? 'real' : 'simulated';
  const origin = mode === 'real' && typeof window !== 'undefined' ? `${window.location.origin}${import.meta.env.BASE_URL}api` : SITE_ORIGINS.flaskDemo;

  const send = async (path: string, options: SendOptions = {}): Promise<Exchange | null> => {
    const body = options.form ? new URLSearchParams(options.form) : undefined;
    try {
      if ((await checkRealServer()).status === 'real') {
        setRealFailure(null);
        return await realFetch(path, pageHttpLog, {
          ...(options.method ? { method: options.method } : {}),
          ...(body ? { body } : {}),
          ...(options.record === false ? { record: false } : {}),
        });
      }
      const browser = await loadPageBrowser();
      return await browser.fetch(`${SITE_ORIGINS.flaskDemo}${path}`, { method: options.method, body, record: options.record });
    } catch (error) {
      if (real.status === 'real') setRealFailure(`The course's server did not answer (${error instanceof Error ? error.message : String(error)}). Is npm start / npm run dev still running?`);
      return null;
    }
  };

  return {
    mode,
    origin,
    loading: mode === 'simulated' && pretend.status === 'loading',
    failure: mode === 'real' ? realFailure : pretend.failure,
    send,
  };
}
