import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { resetPageBrowser } from '../../../src/stores/pretend-http/page-pretend-browser.ts';
import { resetBrowserState } from '../../test-utils.tsx';
import { renderPretendRoute } from './render-pretend-route.ts';

beforeEach(() => {
  resetBrowserState();
  resetPageBrowser();
});

function jarRow(name: string): HTMLElement {
  const jar = screen.getByRole('region', { name: 'Pretend cookie jar' });
  const row = within(jar).getByRole('rowheader', { name }).closest('tr');
  if (!(row instanceof HTMLElement)) throw new Error(`no jar row for ${name}`);
  return row;
}

test('an HttpOnly cookie is in the jar and sent to the server, but not in pretend document.cookie', async () => {
  const { user } = await renderPretendRoute('/lessons/cookie-options/security');
  await user.click(screen.getByRole('button', { name: 'Set session_id with HttpOnly and theme without' }));

  const happened = await screen.findByRole('region', { name: 'What happened' });
  expect(within(happened).getByText('"theme=dark"')).toBeInTheDocument();

  const header = screen.getAllByRole('columnheader').map((cell) => cell.textContent);
  const httpOnlyColumn = header.indexOf('HttpOnly');
  expect(httpOnlyColumn).toBeGreaterThan(1);
  const cells = (name: string) => [...jarRow(name).children].map((cell) => cell.textContent);
  expect(cells('session_id')[httpOnlyColumn]).toBe('✓');
  expect(cells('theme')[httpOnlyColumn]).toBe('');

  const log = screen.getByRole('region', { name: 'HTTP log' });
  expect(within(log).getByText('Cookie: session_id=abc123; theme=dark')).toBeInTheDocument();

  const console = screen.getByRole('region', { name: 'Pretend console on https://www.rithmschool.com/' });
  await user.click(within(console).getByRole('button', { name: 'Run document.cookie' }));
  expect(await within(console).findByText(/← "theme=dark"/)).toBeInTheDocument();
  expect(within(console).queryByText(/session_id/)).toBeNull();
  expect(document.cookie).not.toContain('session_id');
});

test('page JavaScript cannot overwrite an HttpOnly cookie', async () => {
  const { user } = await renderPretendRoute('/lessons/cookie-options/security');
  await user.click(screen.getByRole('button', { name: 'Let page JavaScript try to overwrite session_id' }));

  const happened = await screen.findByRole('region', { name: 'What happened' });
  expect(within(happened).getByText(/cannot create or overwrite an HttpOnly cookie/)).toBeInTheDocument();
  expect(within(jarRow('session_id')).getByText('abc123')).toBeInTheDocument();
});

test('a Secure cookie is not sent over http:', async () => {
  const { user } = await renderPretendRoute('/lessons/cookie-options/security');
  await user.click(screen.getByRole('button', { name: 'Set token with Secure, then visit over http: and https:' }));

  const happened = await screen.findByRole('region', { name: 'What happened' });
  expect(within(happened).getByText(/token was not sent: it is Secure/)).toBeInTheDocument();
  expect(within(happened).getByText('Cookie: token=s3cret')).toBeInTheDocument();
});
