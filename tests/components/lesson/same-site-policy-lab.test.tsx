import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { CHROME_LAX_POST_SECONDS, decideSameSite } from '../../../src/lessons/cookie-options/demos/same-site-policy.ts';
import { renderRoute, resetBrowserState } from '../../test-utils.tsx';

beforeEach(() => {
  resetBrowserState();
});

const post = 'a POST form (top-level)' as const;
const embedded = 'an image, fetch or iframe (embedded)' as const;

test('a cookie without SameSite goes on a cross-site POST in Firefox and Safari, and in Chrome only within two minutes', () => {
  expect(decideSameSite({ browser: 'Firefox', sameSite: 'no SameSite', request: post, cookieAgeSeconds: 3600 }).sent).toBe(true);
  expect(decideSameSite({ browser: 'Safari', sameSite: 'no SameSite', request: post, cookieAgeSeconds: 3600 }).sent).toBe(true);
  expect(decideSameSite({ browser: 'Chrome', sameSite: 'no SameSite', request: post, cookieAgeSeconds: 3600 }).sent).toBe(false);
  expect(decideSameSite({ browser: 'Chrome', sameSite: 'no SameSite', request: post, cookieAgeSeconds: CHROME_LAX_POST_SECONDS - 1 }).sent).toBe(true);
  expect(decideSameSite({ browser: 'Chrome', sameSite: 'no SameSite', request: post, cookieAgeSeconds: CHROME_LAX_POST_SECONDS }).sent).toBe(false);
});

test('Lax keeps a cookie off a cross-site POST in every browser, and Strict off a link too', () => {
  for (const browser of ['Chrome', 'Chrome Incognito', 'Firefox', 'Safari'] as const) {
    expect(decideSameSite({ browser, sameSite: 'Lax', request: post, cookieAgeSeconds: 10 }).sent, browser).toBe(false);
    expect(decideSameSite({ browser, sameSite: 'Lax', request: 'a link (top-level GET)', cookieAgeSeconds: 10 }).sent, browser).toBe(true);
    expect(decideSameSite({ browser, sameSite: 'Strict', request: 'a link (top-level GET)', cookieAgeSeconds: 10 }).sent, browser).toBe(false);
  }
});

test('third-party cookies: Chrome sends SameSite=None outside Incognito; Firefox partitions; Safari blocks', () => {
  const none = (browser: 'Chrome' | 'Chrome Incognito' | 'Firefox' | 'Safari') => decideSameSite({ browser, sameSite: 'None; Secure', request: embedded, cookieAgeSeconds: 10 });
  expect(none('Chrome').sent).toBe(true);
  expect(none('Chrome Incognito').sent).toBe(false);
  expect(none('Firefox')).toMatchObject({ sent: false, why: expect.stringMatching(/Total Cookie Protection/) });
  expect(none('Safari')).toMatchObject({ sent: false, why: expect.stringMatching(/blocks every third-party cookie/) });
});

test('learner picks a browser and a SameSite value, sends the cross-site form, and sees whether the cookie went', async () => {
  const { user } = renderRoute('/lessons/cookie-options/same-site');
  // The lab is its own lazily loaded chunk: give it time on a busy machine.
  const lab = await screen.findByRole('region', { name: 'SameSite in each browser: a request from evil.example' }, { timeout: 15_000 });
  expect(within(lab).getByText('simulated')).toBeInTheDocument();
  await user.click(within(lab).getByRole('button', { name: 'Send the request from evil.example' }));
  expect(within(lab).getByRole('status')).toHaveTextContent(/Cookie sent\..*Firefox.*CSRF/);
  expect(within(lab).getByRole('status')).toHaveTextContent('Cookie: session=abc');

  await user.click(within(within(lab).getByRole('group', { name: 'Browser' })).getByRole('radio', { name: 'Chrome' }));
  await user.click(within(lab).getByRole('button', { name: 'Send the request from evil.example' }));
  expect(within(lab).getByRole('status')).toHaveTextContent(/Cookie not sent\..*Chrome treats a cookie without SameSite as Lax/);

  await user.click(within(within(lab).getByRole('group', { name: 'The cookie was set' })).getByRole('radio', { name: '30 seconds ago' }));
  await user.click(within(lab).getByRole('button', { name: 'Send the request from evil.example' }));
  expect(within(lab).getByRole('status')).toHaveTextContent(/Cookie sent\..*2 minutes/);
});
