// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createPretendServer } from '../../../src/stores/pretend-http/pretend-server.ts';
import { createPretendRequest, textResponse } from '../../../src/stores/pretend-http/pretend-response.ts';
import { PRETEND_SITES, SITE_ORIGINS, createDefaultPretendServer } from '../../../src/stores/pretend-http/pretend-sites.ts';

describe('the pretend server router', () => {
  const server = createPretendServer({
    'http://localhost:5000/': {
      'GET /': () => textResponse('home'),
      'POST /form': () => textResponse('posted'),
      'GET /boom': () => {
        throw new Error('kaboom');
      },
    },
  });

  test('sites are identified by origin', async () => {
    expect(server.origins).toEqual(['http://localhost:5000']);
    expect((await server.handle(createPretendRequest('GET', 'http://localhost:5000/'))).body).toBe('home');
    expect((await server.handle(createPretendRequest('GET', 'http://localhost:5001/'))).status).toBe(502);
  });

  test('a known path with another method is 405 with Allow', async () => {
    const response = await server.handle(createPretendRequest('GET', 'http://localhost:5000/form'));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST');
  });

  test('an unknown path is 404, as Flask words it', async () => {
    const response = await server.handle(createPretendRequest('GET', 'http://localhost:5000/nope'));
    expect([response.status, response.statusText]).toEqual([404, 'Not Found']);
    expect(response.body).toContain('The requested URL was not found on the server.');
  });

  test('a handler that throws becomes a 500, not a crash', async () => {
    const response = await server.handle(createPretendRequest('GET', 'http://localhost:5000/boom'));
    expect(response.status).toBe(500);
  });

  test('a malformed route key is refused when the server is built', () => {
    expect(() => createPretendServer({ 'http://a.test': { '/no-method': () => textResponse('') } })).toThrow('GET /path');
  });

  test('the default sites are the Flask demo, Rithm School and a third-party ad network', () => {
    expect(createDefaultPretendServer().origins).toEqual(Object.values(SITE_ORIGINS));
    expect(Object.keys(PRETEND_SITES)).toHaveLength(6);
  });

  test('a pretend response keeps its Set-Cookie headers (a real Response in a browser would drop them)', () => {
    const response = textResponse('x', { headers: [['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']] });
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    const request = createPretendRequest('get', 'http://localhost:5000/', [['Cookie', 'a=1']]);
    expect([request.method, request.headers.get('Cookie')]).toEqual(['GET', 'a=1']);
  });
});
