// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { Hono } from 'hono';
import { createPretendServer } from '../../../src/stores/pretend-http/pretend-server.ts';
import { createPretendRequest } from '../../../src/stores/pretend-http/pretend-request.ts';
import { createDefaultPretendServer, createPretendSites } from '../../../src/stores/pretend-http/pretend-sites.ts';
import { SITE_ORIGINS } from '../../../src/stores/pretend-http/site-origins.ts';

describe('the pretend server', () => {
  const site = new Hono();
  site.get('/', (c) => c.text('home'));
  const server = createPretendServer(new Map([['http://localhost:5000/', site]]));

  test('sites are identified by origin, and an unknown origin gets a 502 naming the known ones', async () => {
    expect(server.origins).toEqual(['http://localhost:5000']);
    expect(await (await server.handle(createPretendRequest('GET', 'http://localhost:5000/'))).text()).toBe('home');
    const missing = await server.handle(createPretendRequest('GET', 'http://localhost:5001/'));
    expect(missing.status).toBe(502);
    expect(await missing.text()).toContain('http://localhost:5000');
  });

  test('an unknown path on the Flask site is 404, as Flask words it', async () => {
    const response = await createDefaultPretendServer().handle(createPretendRequest('GET', `${SITE_ORIGINS.flaskDemo}/nope`));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('The requested URL was not found on the server.');
  });

  test('a learner typing /__proto__ gets a 404, not a crash', async () => {
    const response = await createDefaultPretendServer().handle(createPretendRequest('GET', `${SITE_ORIGINS.flaskDemo}/__proto__`));
    expect(response.status).toBe(404);
  });

  test('the default sites are the Flask demo (twice: by name and by IP), Rithm School and a third-party ad network', () => {
    expect(createDefaultPretendServer().origins).toEqual(Object.values(SITE_ORIGINS));
    expect(createPretendSites().size).toBe(6);
  });

  test('a pretend request keeps its Cookie header (a Request built by page script would drop it)', () => {
    const request = createPretendRequest('get', 'http://localhost:5000/', [['Cookie', 'a=1']]);
    expect(request).toBeInstanceOf(Request);
    expect([request.method, request.headers.get('Cookie')]).toEqual(['GET', 'a=1']);
  });
});
