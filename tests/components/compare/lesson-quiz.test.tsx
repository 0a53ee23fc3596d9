import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { answeredQuizzes, parseProgress } from '../../../src/stores/progress.ts';
import { renderRoute, resetBrowserState } from '../../test-utils.tsx';

beforeEach(() => {
  resetBrowserState();
});

test('learner answers a check of understanding, learns why a wrong pick is wrong, and the answer counts toward progress', async () => {
  const { user } = renderRoute('/lessons/which-to-use/check-your-understanding');
  // A check of understanding's code is a chunk of its own (block-view.tsx), as in the browser.
  const group = await screen.findByRole('group', { name: /Where should a logged-in user's credential live\?/ });
  await user.click(within(group).getByRole('radio', { name: 'localStorage, added to each request by our code' }));
  const form = group.closest('form');
  if (!(form instanceof HTMLElement)) throw new Error('no quiz form');
  await user.click(within(form).getByRole('button', { name: 'Check answer' }));
  expect(within(form).getByRole('status')).toHaveTextContent('Not quite');
  // The feedback says why that option is wrong, not only that it is.
  expect(within(form).getByRole('status')).toHaveTextContent(/Any script on the page .* can read localStorage/);
  expect(answeredQuizzes(parseProgress(localStorage.getItem('stl:progress'))).has('which-to-use/auth-token')).toBe(false);

  await user.click(within(group).getByRole('radio', { name: 'an HttpOnly, Secure session cookie' }));
  await user.click(within(form).getByRole('button', { name: 'Check answer' }));
  expect(within(form).getByRole('status')).toHaveTextContent(/Correct\..*HttpOnly.*Verify it:/);
  expect(answeredQuizzes(parseProgress(localStorage.getItem('stl:progress'))).has('which-to-use/auth-token')).toBe(true);
  expect(await within(form).findByText(/answered ✓/)).toBeInTheDocument();
});

test('the storage comparison lesson has an accessible picture of where each store lives', async () => {
  renderRoute('/lessons/storage-comparison/where-they-live');
  const figure = await screen.findByRole('figure', { name: /Where each store lives/ });
  expect(within(figure).getByText('Your browser')).toBeInTheDocument();
  expect(within(figure).getByText(/sees the URL and the cookies/)).toBeInTheDocument();
});
