import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { resetPageBrowser } from '../../../src/stores/pretend-http/page-pretend-browser.ts';
import { resetBrowserState } from '../../test-utils.tsx';
import { renderPretendRoute } from './render-pretend-route.ts';

beforeEach(() => {
  resetBrowserState();
  resetPageBrowser();
});

test('learner saves a favorite color and /later-cookie sends it back', async () => {
  const { user } = await renderPretendRoute('/lessons/cookies');
  await user.type(screen.getByRole('textbox', { name: 'Favorite color' }), 'blue');
  await user.click(screen.getByRole('button', { name: 'Submit' }));

  const log = screen.getByRole('region', { name: 'HTTP log' });
  expect(await within(log).findByText('GET /handle-form-cookie?fav_color=blue HTTP/1.1')).toBeInTheDocument();
  const setCookie = within(log).getByText('Set-Cookie: fav_color=blue; Path=/');
  expect(setCookie.tagName).toBe('MARK');
  expect(within(log).getByText('Accepted: stored')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: '/later-cookie' }));
  expect(await within(log).findByText('GET /later-cookie HTTP/1.1')).toBeInTheDocument();
  expect(within(log).getByText('Cookie: fav_color=blue').tagName).toBe('MARK');

  const page = screen.getByRole('region', { name: 'Pretend browser window' });
  expect(within(page).getByText(/Your favorite color is blue\./)).toBeInTheDocument();
  expect(within(page).getByText('http://localhost:5000/later-cookie', { exact: false })).toBeInTheDocument();
});

test('without the cookie /later-cookie answers <unset>', async () => {
  const { user } = await renderPretendRoute('/lessons/cookies');
  await user.click(screen.getByRole('button', { name: '/later-cookie' }));

  const log = screen.getByRole('region', { name: 'HTTP log' });
  expect(await within(log).findByText('GET /later-cookie HTTP/1.1')).toBeInTheDocument();
  expect(within(log).queryByText(/^Cookie:/)).toBeNull();
  const page = screen.getByRole('region', { name: 'Pretend browser window' });
  expect(within(page).getByText(/Your favorite color is <unset>\./)).toBeInTheDocument();
});

test('the pretend cookie shows in the pretend jar, never in the real Cookies panel', async () => {
  const { user } = await renderPretendRoute('/lessons/cookies');
  await user.type(screen.getByRole('textbox', { name: 'Favorite color' }), 'green');
  await user.click(screen.getByRole('button', { name: 'Submit' }));

  const jar = screen.getByRole('region', { name: 'Pretend cookie jar' });
  const row = (await within(jar).findByRole('rowheader', { name: 'fav_color' })).closest('tr');
  expect(row).not.toBeNull();
  expect(within(row as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
    'green',
    'localhost',
    '/',
    'Session',
    '14',
    '',
    '',
    '',
  ]);
  expect(within(jar).getByText('simulated')).toBeInTheDocument();
  expect(document.cookie).not.toContain('fav_color');
  const realPanel = screen.getByRole('region', { name: 'Cookies' });
  expect(within(realPanel).queryByText('fav_color')).toBeNull();
});

test('a typed value with an injected attribute stays one encoded value', async () => {
  const { user } = await renderPretendRoute('/lessons/cookies');
  await user.type(screen.getByRole('textbox', { name: 'Favorite color' }), 'blue; Domain=evil.com');
  await user.click(screen.getByRole('button', { name: 'Submit' }));

  const log = screen.getByRole('region', { name: 'HTTP log' });
  expect(await within(log).findByText('Set-Cookie: fav_color=blue%3B%20Domain%3Devil.com; Path=/')).toBeInTheDocument();
});

test('the sequence diagram grows with each request, in order', async () => {
  const { user } = await renderPretendRoute('/lessons/cookies');
  await user.type(screen.getByRole('textbox', { name: 'Favorite color' }), 'blue');
  await user.click(screen.getByRole('button', { name: 'Submit' }));
  await user.click(screen.getByRole('button', { name: '/later-cookie' }));

  const diagram = await screen.findByRole('list', { name: 'Browser and server messages, in order' });
  await within(diagram).findByText('GET /later-cookie');
  const items = within(diagram).getAllByRole('listitem').map((item) => item.textContent);
  expect(items).toHaveLength(4);
  expect(items[0]).toContain('Browser to localhost:5000');
  expect(items[1]).toContain('Set-Cookie: fav_color=blue; Path=/');
  expect(items[2]).toContain('Cookie: fav_color=blue');
  expect(items[3]).toContain('200 OK');
});

test('Clear log empties the HTTP log', async () => {
  const { user } = await renderPretendRoute('/lessons/cookies');
  await user.click(screen.getByRole('button', { name: '/later-cookie' }));
  const log = screen.getByRole('region', { name: 'HTTP log' });
  await within(log).findByText('GET /later-cookie HTTP/1.1');
  await user.click(within(log).getByRole('button', { name: 'Clear log' }));
  expect(within(log).queryByText('GET /later-cookie HTTP/1.1')).toBeNull();
  expect(within(log).getByText(/No requests yet/)).toBeInTheDocument();
});

test('a form sent before the code arrived (?fav_color= in the URL) reaches the pretend server once', async () => {
  await renderPretendRoute('/lessons/cookies?fav_color=olive');
  const log = screen.getByRole('region', { name: 'HTTP log' });
  expect(await within(log).findByText('Set-Cookie: fav_color=olive; Path=/')).toBeInTheDocument();
  expect(within(log).getAllByText('GET /handle-form-cookie?fav_color=olive HTTP/1.1')).toHaveLength(1);
});
