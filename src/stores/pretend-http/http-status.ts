/** Reason phrases for the statuses the pretend server uses (RFC 9110). */
const REASON_PHRASES: ReadonlyMap<number, string> = new Map([
  [200, 'OK'],
  [204, 'No Content'],
  [302, 'Found'],
  [400, 'Bad Request'],
  [404, 'Not Found'],
  [405, 'Method Not Allowed'],
  [500, 'Internal Server Error'],
  [502, 'Bad Gateway'],
]);

export function reasonPhrase(status: number): string {
  return REASON_PHRASES.get(status) ?? '';
}
