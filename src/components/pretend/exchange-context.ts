import type { Exchange } from '../../stores/pretend-http/http-types.ts';

/** Who sent a request and how, in words: it decides which SameSite cookies go along. */
export function describeInitiator(exchange: Exchange): string {
  if (exchange.from === null) return 'typed in the address bar';
  const kind = exchange.navigation ? 'a link or form' : 'an image or fetch';
  const site =
    exchange.sameSiteContext === 'strict'
      ? 'same-site'
      : exchange.sameSiteContext === 'lax'
        ? 'cross-site navigation: Lax and None cookies go'
        : 'cross-site: only SameSite=None cookies go';
  return `${kind} on a page of ${exchange.from} (${site})`;
}

export function originOf(exchange: Exchange): string {
  return new URL(exchange.url).origin;
}

export function hostOf(exchange: Exchange): string {
  return new URL(exchange.url).host;
}
