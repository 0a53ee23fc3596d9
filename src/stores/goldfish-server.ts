/**
 * The smallest possible stateless server: it answers each request from that request alone.
 * (The cookies lessons use a fuller pretend server; this one only has to forget.)
 */
export interface GoldfishExchange {
  readonly id: number;
  readonly request: string;
  readonly response: string;
}

export const GOLDFISH_HOST = 'localhost:5000';

export function goldfishRespond(target: URL): { status: number; reason: string; body: string } {
  if (target.pathname !== '/greet') return { status: 404, reason: 'NOT FOUND', body: 'No such page.' };
  const name = target.searchParams.get('name');
  if (name === null || name.trim() === '') return { status: 200, reason: 'OK', body: 'Hello, stranger. Who are you?' };
  return { status: 200, reason: 'OK', body: `Hello, ${name}! (I will forget you at once.)` };
}

/** Sends one request to the goldfish and returns the exchange as raw HTTP text. */
export function goldfishExchange(id: number, pathAndQuery: string): GoldfishExchange {
  const target = new URL(pathAndQuery, `http://${GOLDFISH_HOST}`);
  const { status, reason, body } = goldfishRespond(target);
  const requestLine = `GET ${target.pathname}${target.search} HTTP/1.1`;
  return {
    id,
    request: [requestLine, `Host: ${GOLDFISH_HOST}`].join('\n'),
    response: [`HTTP/1.1 ${status} ${reason}`, 'Content-Type: text/plain; charset=utf-8', '', body].join('\n'),
  };
}
