import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderRoute, resetBrowserState } from '../../test-utils.tsx';

beforeEach(() => {
  resetBrowserState();
});

test('the limit measurement reports and deletes every test cookie, and only those', async () => {
  document.cookie = 'learner_theme=dark; Path=/';
  document.cookie = 'stl_probe_n042=left-over; Path=/';
  const { user } = renderRoute('/lessons/cookie-options/limits');
  await user.click(await screen.findByRole('button', { name: 'Measure my browser’s cookie limits' }));

  const report = await screen.findByRole('region', { name: 'Measured limits' }, { timeout: 10_000 });
  // jsdom keeps any size (a real browser stops at 4096): reported honestly as "at least".
  expect(within(report).getByText(/its limit is at least that/)).toBeInTheDocument();
  // The count stops at 20 test cookies on purpose, and says that is not the browser's limit.
  expect(within(report).getByText(/It kept all 20 test cookies we added/)).toHaveTextContent(/not this browser’s limit/);
  expect(within(report).getByText(/None is left\./)).toBeInTheDocument();
  expect(document.cookie).toBe('learner_theme=dark');
  expect(screen.queryByRole('progressbar')).toBeNull();
}, 20_000);
