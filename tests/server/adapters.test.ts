// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createNetlifyHandler } from '../../src/server/adapters/netlify.ts';
import { createPagesHandler, type PagesContext } from '../../src/server/adapters/cloudflare-pages.ts';
import { verifySessionCookie } from '../../src/stores/flask-session/codec.ts';

const pagesContext = (request: Request, env: Record<string, unknown>): PagesContext => ({
  request,
  env,
  waitUntil: () => undefined,
  passThroughOnException: () => undefined,
  next: () => Promise.resolve(new Response('static asset', { status: 200 })),
});

describe('the Functions adapters call the same handlers', () => {
  test('Netlify: /api/handle-form-cookie sets fav_color and /api/later-cookie reads it', async () => {
    const handler = createNetlifyHandler({}, { SECRET_KEY: 'netlify key' });
    const set = await handler(new Request('https://example.netlify.app/api/handle-form-cookie?fav_color=teal'), {} as never);
    expect(set.headers.getSetCookie()).toEqual(['fav_color=teal; Path=/']);
    const later = await handler(new Request('https://example.netlify.app/api/later-cookie', { headers: { Cookie: 'fav_color=teal' } }), {} as never);
    expect(await later.text()).toContain('Your favorite color is teal.');
  });

  test('Netlify: the session cookie is signed with SECRET_KEY from the environment', async () => {
    const handler = createNetlifyHandler({}, { SECRET_KEY: 'netlify key' });
    const response = await handler(new Request('https://example.netlify.app/api/some-route'), {} as never);
    const value = (response.headers.getSetCookie()[0] ?? '').split(';', 1)[0]?.slice('session='.length) ?? '';
    const verified = await verifySessionCookie(value, 'netlify key');
    expect(verified.ok && verified.payloadJson).toBe('{"fav_number":42}');
  });

  test('Cloudflare Pages: the handler reads SECRET_KEY from context.env and answers under the base', async () => {
    const onRequest = createPagesHandler({ base: '/repo/' });
    const response = await onRequest(pagesContext(new Request('https://example.pages.dev/repo/api/some-route'), { SECRET_KEY: 'pages key' }));
    const setCookie = response.headers.getSetCookie()[0] ?? '';
    expect(setCookie).toMatch(/; Path=\/repo; HttpOnly$/);
    const verified = await verifySessionCookie(setCookie.split(';', 1)[0]?.slice('session='.length) ?? '', 'pages key');
    expect(verified.ok).toBe(true);
    const status = await onRequest(pagesContext(new Request('https://example.pages.dev/repo/api/status.json'), { SECRET_KEY: 'pages key' }));
    expect(await status.json()).toMatchObject({ server: 'real', generatedSecretKey: null });
  });

  test('Cloudflare Pages: server-side sessions work in the function instance (login, then read)', async () => {
    const onRequest = createPagesHandler();
    const login = await onRequest(
      pagesContext(new Request('https://example.pages.dev/api/server-side/login', { method: 'POST', body: new URLSearchParams({ user: 'ada' }) }), {}),
    );
    const cookie = (login.headers.getSetCookie()[0] ?? '').split(';', 1)[0] ?? '';
    const read = await onRequest(pagesContext(new Request('https://example.pages.dev/api/server-side/my-route', { headers: { Cookie: cookie } }), {}));
    expect(await read.text()).toContain('Logged in as ada.');
  });
});
