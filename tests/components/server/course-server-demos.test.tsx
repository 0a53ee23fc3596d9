import { screen, within } from '@testing-library/react';
import { CookieJar } from 'tough-cookie';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { resetPageBrowser } from '../../../src/stores/pretend-http/page-pretend-browser.ts';
import { resetRealServerCheck } from '../../../src/stores/real-server/real-server-status.ts';
import { resetBrowserState } from '../../test-utils.tsx';
import { renderPretendRoute } from '../pretend/render-pretend-route.ts';
import { testApp, testConfig } from '../../server/course-server.ts';

beforeEach(() => {
  resetBrowserState();
  resetPageBrowser();
  resetRealServerCheck();
});
afterEach(() => {
  vi.unstubAllGlobals();
  resetRealServerCheck();
});

/**
 * A real server for the page: `fetch` goes to the course's Hono app, and a cookie jar plays the
 * browser's own (it adds Cookie and stores Set-Cookie, HttpOnly included, as a browser does).
 */
function serveRealServer(): { jar: CookieJar } {
  const app = testApp(testConfig({ generatedSecretKey: 'made-up-key-for-this-run' }));
  const jar = new CookieJar();
  vi.stubGlobal('fetch', async (input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost:3000/');
    const headers = new Headers(init.headers);
    const cookie = await jar.getCookieString(url.href);
    if (cookie !== '') headers.set('Cookie', cookie);
    const response = await app.fetch(new Request(url, { ...init, headers }));
    for (const header of response.headers.getSetCookie()) await jar.setCookie(header, url.href);
    return response;
  });
  return { jar };
}

test('with a real server, the lecture\'s session routes are labelled real server and the HttpOnly cookie stays out of document.cookie', async () => {
  const { jar } = serveRealServer();
  const { user } = await renderPretendRoute('/lessons/sessions');
  const demo = await screen.findByRole('region', { name: 'The lecture’s session routes, on the course’s own server' }, { timeout: 15_000 });
  expect(within(demo).getByText('real server')).toBeInTheDocument();
  expect(within(demo).getByText('made-up-key-for-this-run')).toBeInTheDocument();
  await user.click(within(demo).getByRole('button', { name: 'GET /some-route' }));
  const log = within(demo).getByRole('region', { name: 'HTTP log' });
  expect(await within(log).findByText(/^Set-Cookie: session=.*; Path=\/; HttpOnly$/)).toBeInTheDocument();
  await user.click(within(demo).getByRole('button', { name: 'GET /my-route' }));
  const page = within(demo).getByRole('region', { name: 'Pretend browser window' });
  expect(await within(page).findByText('Favorite number is 42')).toBeInTheDocument();
  expect((await jar.getCookies('http://localhost:3000/'))[0]?.httpOnly).toBe(true);
  expect(document.cookie).not.toContain('session=');
});

test('on a static host the same demo runs in the page, labelled simulated', async () => {
  const { user } = await renderPretendRoute('/lessons/sessions');
  const demo = await screen.findByRole('region', { name: 'The lecture’s session routes, on a pretend Flask app' }, { timeout: 15_000 });
  expect(within(demo).getAllByText('simulated').length).toBeGreaterThan(0);
  expect(within(demo).queryByText('real server')).toBeNull();
  await user.click(within(demo).getByRole('button', { name: 'GET /some-route' }));
  await within(within(demo).getByRole('region', { name: 'Pretend browser window' })).findByText(/^session\['fav_number'\] = 42/, {}, { timeout: 10_000 });
  await user.click(within(demo).getByRole('button', { name: 'GET /my-route' }));
  const page = within(demo).getByRole('region', { name: 'Pretend browser window' });
  expect(await within(page).findByText('Favorite number is 42')).toBeInTheDocument();
});

test('server-side sessions in SQLite: the table shows the row, login gives a new id, logout deletes it (in the page)', async () => {
  const { user } = await renderPretendRoute('/lessons/server-side-sessions');
  const demo = await screen.findByRole('region', { name: 'Server-side sessions in SQLite, on a pretend server' }, { timeout: 15_000 });
  await user.click(within(demo).getByRole('button', { name: 'GET /server-side/some-route' }));
  const table = within(demo).getByRole('region', { name: 'The session table' });
  expect(await within(table).findByText(/SELECT id, user, data, created_at FROM sessions/, {}, { timeout: 10_000 })).toBeInTheDocument();
  expect(await within(table).findByText('{"fav_number":"42"}')).toBeInTheDocument();
  const firstId = within(table).getAllByRole('rowheader')[0]?.textContent ?? '';
  await user.click(within(demo).getByRole('button', { name: 'Log in as ada (new id)' }));
  expect(await within(table).findByText('ada')).toBeInTheDocument();
  const secondId = within(table).getAllByRole('rowheader')[0]?.textContent ?? '';
  expect(secondId).not.toBe(firstId);
  expect(within(table).getAllByRole('rowheader')).toHaveLength(1);
  await user.click(within(demo).getByRole('button', { name: 'Log out (delete the row)' }));
  expect(await within(table).findByText('No rows: the server holds no sessions.')).toBeInTheDocument();
  await user.click(within(demo).getByRole('button', { name: 'GET /server-side/my-route' }));
  const page = within(demo).getByRole('region', { name: 'Pretend browser window' });
  expect(await within(page).findByText(/Favorite number is <unset>/)).toBeInTheDocument();
});

test('with a real server, the Cookies panel shows what the server received, HttpOnly session included', async () => {
  serveRealServer();
  const { user } = await renderPretendRoute('/lessons/sessions');
  const demo = await screen.findByRole('region', { name: 'The lecture’s session routes, on the course’s own server' }, { timeout: 15_000 });
  await user.click(within(demo).getByRole('button', { name: 'GET /some-route' }));
  await within(within(demo).getByRole('region', { name: 'Pretend browser window' })).findByText(/^session\['fav_number'\] = 42/, {}, { timeout: 10_000 });
  await user.click(within(demo).getByRole('button', { name: 'GET /my-route' }));
  await within(within(demo).getByRole('region', { name: 'Pretend browser window' })).findByText('Favorite number is 42');
  const received = await screen.findByRole('region', { name: 'What the server received' }, { timeout: 15_000 });
  const row = await within(received).findByRole('row', { name: /session/ });
  expect(within(row).getByText('no: HttpOnly (or another path)')).toBeInTheDocument();
});

test('server-side sessions in SQLite: visits count up in the table while the cookie keeps the same id', async () => {
  const { user } = await renderPretendRoute('/lessons/server-side-sessions');
  const demo = await screen.findByRole('region', { name: 'Server-side sessions in SQLite, on a pretend server' }, { timeout: 15_000 });
  const visit = within(demo).getByRole('button', { name: 'Visit GET /server-side/ (count visits)' });
  const table = within(demo).getByRole('region', { name: 'The session table' });
  await user.click(visit);
  expect(await within(table).findByText('{"visits":"1"}', {}, { timeout: 10_000 })).toBeInTheDocument();
  const page = within(demo).getByRole('region', { name: 'Pretend browser window' });
  expect(await within(page).findByText(/^New session: visits = 1/)).toBeInTheDocument();
  const id = within(table).getByRole('rowheader', { name: /your cookie/ }).textContent;
  await user.click(visit);
  expect(await within(table).findByText('{"visits":"2"}')).toBeInTheDocument();
  expect(await within(page).findByText(/^Found session .*: visits = 2/)).toBeInTheDocument();
  expect(within(table).getByRole('rowheader', { name: /your cookie/ }).textContent).toBe(id);
  expect(within(table).getAllByRole('rowheader')).toHaveLength(1);
});
