import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { resetPageBrowser } from '../../../src/stores/pretend-http/page-pretend-browser.ts';
import { resetBrowserState } from '../../test-utils.tsx';
import { renderPretendRoute } from './render-pretend-route.ts';

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  resetBrowserState();
  resetPageBrowser();
});

afterEach(() => {
  resetPageBrowser();
  vi.useRealTimers();
});

test('a Max-Age=10 cookie counts down in the jar and disappears by itself', async () => {
  const { user } = await renderPretendRoute('/lessons/cookie-options');
  await user.click(screen.getByRole('button', { name: 'Set countdown=10s with Max-Age=10' }));

  const jar = screen.getByRole('region', { name: 'Pretend cookie jar' });
  const row = (await within(jar).findByRole('rowheader', { name: 'countdown' })).closest('tr');
  expect(row?.textContent).toMatch(/\(in 1?\d s\)/);

  await act(() => vi.advanceTimersByTimeAsync(5_000));
  expect(within(jar).getByRole('rowheader', { name: 'countdown' }).closest('tr')?.textContent).toMatch(/\(in [45] s\)/);

  await act(() => vi.advanceTimersByTimeAsync(5_500));
  expect(within(jar).queryByRole('rowheader', { name: 'countdown' })).toBeNull();
  expect(within(jar).getByText('The pretend jar is empty.')).toBeInTheDocument();
});

test('Max-Age=0 deletes, and Max-Age wins over Expires', async () => {
  const { user } = await renderPretendRoute('/lessons/cookie-options');
  await user.click(screen.getByRole('button', { name: 'Set theme=dark, then delete it with Max-Age=0' }));
  const happened = await screen.findByRole('region', { name: 'What happened' });
  expect(within(happened).getByText('Accepted: deleted')).toBeInTheDocument();
  expect(within(happened).getByText('no Cookie header')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Send Max-Age=20 and Expires tomorrow together' }));
  expect(await screen.findByText('The cookie has both Max-Age and Expires: Max-Age wins.', { selector: '[aria-label="What happened"] li' })).toBeInTheDocument();
  const jar = screen.getByRole('region', { name: 'Pretend cookie jar' });
  expect(within(jar).getByRole('rowheader', { name: 'both' }).closest('tr')?.textContent).toMatch(/\(in (19|20) s\)/);
});

test('restarting the pretend browser drops session cookies and keeps persistent ones', async () => {
  const { user } = await renderPretendRoute('/lessons/cookie-options');
  await user.click(screen.getByRole('button', { name: 'Set a session cookie and a 30-day cookie, then restart the browser' }));
  const happened = await screen.findByRole('region', { name: 'What happened' });
  const sent = within(happened).getAllByText(/^Cookie: /).map((mark) => mark.textContent);
  expect(sent).toEqual(['Cookie: cart=3-items; remember_me=yes', 'Cookie: remember_me=yes']);
});
