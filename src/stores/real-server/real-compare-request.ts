import { compareEntryPath, type CompareEntry } from '../../config/paths.ts';
import { pageHttpLog } from '../pretend-http/page-pretend-browser.ts';
import type { RequestOutcome } from '../experiments/pretend-compare-run.ts';
import { whatTravelled } from '../experiments/request-travel.ts';
import { realFetch } from './real-exchange.ts';

/**
 * The compare page's "send a request to the server" for real: this browser sends the compare
 * URL's path and query to the course's server (`<base>api/received/compare/<name>/<value>?…`),
 * attaching whatever cookies it has for that path, and the server's echo says what arrived.
 */
export async function sendRealCompareRequest(entry: CompareEntry): Promise<RequestOutcome> {
  const exchange = await realFetch(`/received${compareEntryPath(entry)}`, pageHttpLog);
  return { requestText: exchange.requestText, travelled: whatTravelled(exchange, entry) };
}
