import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderRoute, resetBrowserState } from '../../test-utils.tsx';

beforeEach(() => {
  resetBrowserState();
});

test('learner fills a pretend jar past 180 and sees the 31 cookies the page never saw deleted, while the real cookies stay as they were', async () => {
  document.cookie = 'learner_theme=dark; Path=/';
  const { user } = renderRoute('/lessons/cookie-options/limits');
  await user.click(await screen.findByRole('button', { name: 'Fill a pretend jar past the limit' }, { timeout: 10_000 }));

  const outcome = await screen.findByRole('region', { name: 'Pretend jar past the limit' }, { timeout: 10_000 });
  expect(outcome).toHaveTextContent(/141 cookies, one by one: 181 in all, 1 over the limit of 180/);
  expect(outcome).toHaveTextContent(/deleted the 31 least recently used, down to 150: 20 HttpOnly/);
  expect(outcome).toHaveTextContent(/11 of \/other-app/);
  expect(within(outcome).getByText(/now shows 141 cookies, all 141 the page wrote/)).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'Past the limit, in a pretend jar' })).toHaveTextContent(/simulated/);
  expect(document.cookie).toBe('learner_theme=dark');
}, 20_000);
