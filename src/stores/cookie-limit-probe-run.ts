import {
  PROBE_PREFIX,
  SIZE_PROBE_NAME,
  cleanupList,
  countProbeName,
  missingAfter,
  nextSizeToTry,
  planCountProbe,
  probeCookieHeader,
  probeDeletionHeader,
  recordSizeResult,
  sizeAnswer,
  sizeProbeValue,
  sizeSearchMaxSteps,
  startSizeSearch,
  type CountAnswer,
  type SizeAnswer,
} from './cookie-limit-probe.ts';
import { splitDocumentCookie } from './document-cookie.ts';

/** `document.cookie`, injected so the runner can be tested against a fake browser. */
export interface CookieAccess {
  read(): string;
  write(header: string): void;
}

export type ProbePhase = 'size' | 'count' | 'cleanup';

export interface ProbeProgress {
  readonly phase: ProbePhase;
  readonly done: number;
  readonly total: number;
}

export interface ProbeReport {
  readonly size: SizeAnswer & { readonly tries: number };
  readonly count: CountAnswer & {
    readonly existing: number;
    readonly probesKept: number;
    /** Probe cookies the plan allowed (at most MAX_COUNT_PROBES, fewer if the page already had many). */
    readonly probesPlanned: number;
  };
  readonly cleanup: {
    /** Probe cookies deleted. */
    readonly deleted: number;
    /** Probe cookies still visible after cleanup (should be none). */
    readonly leftOver: readonly string[];
    /** The learner's cookies that were there before and are gone now. */
    readonly evicted: readonly string[];
  };
}

export interface ProbeOptions {
  readonly access: CookieAccess;
  /** The Path every probe cookie uses (the app's base path), so deletion hits the same cookie. */
  readonly path: string;
  readonly onProgress?: (progress: ProbeProgress) => void;
  /** Lets the page paint between writes (the progress bar); tests pass an immediate one. */
  readonly pause?: () => Promise<void>;
  /** The most cookies this page may see at once during the count (VISIBLE_CEILING). */
  readonly ceiling?: number;
  /** Aborted when the page is hidden or closed mid-run: the run stops and cleans up. */
  readonly signal?: AbortSignal;
}

const COUNT_WRITES_PER_PAINT = 10;

function pairs(access: CookieAccess): { name: string; value: string }[] {
  return splitDocumentCookie(access.read());
}

function names(access: CookieAccess): string[] {
  return pairs(access).map((pair) => pair.name);
}

/**
 * Measures, with real cookies on this page: the largest name + value the browser keeps (one
 * test cookie at a time, which can never push another cookie out), and that it holds a few
 * more cookies at once — at most MAX_COUNT_PROBES, far below any browser's per-site limit,
 * because cookies this page cannot see count too (see cookie-limit-probe.ts). Always deletes
 * every probe cookie it wrote, and only those, even if something throws half-way.
 */
export async function runCookieLimitProbe(options: ProbeOptions): Promise<ProbeReport> {
  const { access, path } = options;
  const pause = options.pause ?? (() => Promise.resolve());
  const before = names(access);
  const plan = planCountProbe(before, options.ceiling);
  const total = sizeSearchMaxSteps() + plan.probes + 1;
  let done = 0;
  /** Counts one write; lets the page paint every `every` writes (each paint re-renders the Cookies panel). */
  const step = async (phase: ProbePhase, every = 1): Promise<void> => {
    done += 1;
    options.onProgress?.({ phase, done: Math.min(done, total), total });
    if (done % every === 0) await pause();
    options.signal?.throwIfAborted();
  };
  const attempted: string[] = [SIZE_PROBE_NAME];
  let search = startSizeSearch();
  let kept = 0;
  let stop: CountAnswer['stop'] = 'safety-cap';
  let deleted = 0;

  try {
    for (let bytes = nextSizeToTry(search); bytes !== null; bytes = nextSizeToTry(search)) {
      const value = sizeProbeValue(bytes);
      access.write(probeCookieHeader(SIZE_PROBE_NAME, value, path));
      const landed = pairs(access).some((pair) => pair.name === SIZE_PROBE_NAME && pair.value === value);
      search = recordSizeResult(search, bytes, landed);
      await step('size');
    }
    access.write(probeDeletionHeader(SIZE_PROBE_NAME, path));
    done = sizeSearchMaxSteps();

    for (let index = 1; index <= plan.probes; index++) {
      const name = countProbeName(index);
      attempted.push(name);
      access.write(probeCookieHeader(name, '1', path));
      const now = new Set(names(access));
      if (!now.has(name)) {
        stop = 'refused';
        break;
      }
      const probesLost = attempted.slice(1, -1).some((earlier) => !now.has(earlier));
      if (probesLost || missingAfter(before, [...now]).length > 0) {
        stop = 'evicted';
        break;
      }
      kept += 1;
      await step('count', COUNT_WRITES_PER_PAINT);
    }
  } finally {
    // On success and on any error alike: every probe cookie goes, and nothing else.
    const doomed = cleanupList(attempted, names(access));
    for (const name of doomed) access.write(probeDeletionHeader(name, path));
    deleted = doomed.length;
  }

  const after = names(access);
  options.onProgress?.({ phase: 'cleanup', done: total, total });
  return {
    size: { ...sizeAnswer(search), tries: search.tried.length },
    count: { held: plan.existing + kept, stop, existing: plan.existing, probesKept: kept, probesPlanned: plan.probes },
    cleanup: {
      deleted,
      leftOver: after.filter((name) => name.startsWith(PROBE_PREFIX)),
      evicted: missingAfter(before, after),
    },
  };
}

/** The real `document.cookie` of a page as a CookieAccess. */
export function documentCookieAccess(doc: Document): CookieAccess {
  return {
    read: () => doc.cookie,
    write: (header) => {
      doc.cookie = header;
    },
  };
}
