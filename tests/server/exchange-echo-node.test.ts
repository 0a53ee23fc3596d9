// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { headerListFromRaw, readExchangeEcho } from '../../src/server/exchange-echo.ts';
import { startCourseServer } from '../../src/server/node/start.ts';

const asHeadersLists = (raw: readonly string[]): [string, string][] => {
  const headers = new Headers();
  for (let index = 0; index < raw.length; index += 2) headers.append(raw[index] ?? '', raw[index + 1] ?? '');
  const list: [string, string][] = [];
  headers.forEach((value, name) => list.push([name, value]));
  return list;
};

test('the echo lists Node\'s raw request headers exactly as Headers.forEach would (sorted, combined, Set-Cookie apart)', () => {
  const name = fc.oneof(
    fc.constantFrom('Cookie', 'cookie', 'COOKIE', 'Set-Cookie', 'set-cookie', 'Host', 'Accept', 'X-Dup', 'x-dup', 'a', 'B', 'content-type'),
    fc.stringMatching(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,12}$/),
  );
  // Header values as Node hands them over: Latin-1 text without NUL, CR or LF, maybe padded.
  const value = fc.stringMatching(/^[\t \x21-\x7e\x80-\xff]{0,20}$/);
  fc.assert(
    fc.property(fc.array(fc.tuple(name, value), { maxLength: 12 }), (pairs) => {
      const raw = pairs.flat();
      expect(headerListFromRaw(raw)).toEqual(asHeadersLists(raw));
    }),
    { numRuns: 500 },
  );
});

const folder = mkdtempSync(join(tmpdir(), 'echo-node-test-'));
writeFileSync(join(folder, 'index.html'), '<h1>home</h1>');
const server = await startCourseServer({ port: 0, dist: folder, env: { SECRET_KEY: 'echo test key' }, memoryOnly: true, quiet: true });
afterAll(() => server.close());

/** One request with repeated headers as raw pairs (node:http sends them as given, Host included). */
function rawRequest(path: string, headers: readonly [string, string][]): Promise<{ status: number; echo: string | undefined }> {
  return new Promise((done, fail) => {
    const flat = headers.flat();
    const request = http.request(`${server.url}${path.replace(/^\//, '')}`, { headers: flat, agent: false }, (response) => {
      response.resume();
      response.on('end', () => done({ status: response.statusCode ?? 0, echo: response.headers['x-exchange-echo'] as string | undefined }));
    });
    request.on('error', fail);
    request.end();
  });
}

test('under npm start the echo shows what the server received: repeated headers combined, Cookie headers joined with "; "', async () => {
  const host = new URL(server.url).host;
  const sent: [string, string][] = [
    ['Host', host],
    ['Cookie', 'a=1'],
    ['X-Dup', ' one '],
    ['cookie', 'fav_color=teal'],
    ['x-dup', 'two'],
    ['User-Agent', 'echo test'],
  ];
  const reply = await rawRequest('/api/later-cookie', sent);
  expect(reply.status).toBe(200);
  const echo = readExchangeEcho(new Headers({ 'X-Exchange-Echo': reply.echo ?? '' }));
  expect(echo?.received).toEqual(asHeadersLists([...sent.flat(), 'Connection', 'close']));
  expect(echo?.received).toContainEqual(['cookie', 'a=1; fav_color=teal']);
  expect(echo?.received).toContainEqual(['x-dup', 'one, two']);
  expect(echo?.target).toBe('/api/later-cookie');
});
