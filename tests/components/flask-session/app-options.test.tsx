import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { expect, test } from 'vitest';
import { AppRoutes, preloadAllPages } from '../../../src/app/app-routes.tsx';
import { signSession } from '../../../src/stores/flask-session/codec.ts';
import { signFlaskSessionId } from '../../../src/stores/flask-session/cookie-kind.ts';
import { readFlaskSessionVectors, vectorSignedWith } from './vectors.ts';

/** The Flask tool with a real app's settings: headers, Cookie name, rotated keys, Salt, Max age (CONTRACT.md names). */
const dev = vectorSignedWith(readFlaskSessionVectors(), 'dev');
// Each page is its own chunk, which the browser loads before hydrating: here, before any test renders.
await preloadAllPages();

function renderTool(search = '') {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[`/tools/flask-session${search}`]}>
      <AppRoutes />
    </MemoryRouter>,
  );
  return user;
}

const box = (name: string) => screen.findByRole('textbox', { name }, { timeout: 5000 });

test('learner pastes a Cookie header, names the cookie, and is told which rotated key verified', async () => {
  const user = renderTool();
  await user.clear(await box('Cookie name'));
  await user.type(await box('Cookie name'), 'my_app');
  await user.click(await box('Session cookie'));
  await user.paste(`Cookie: fav_color=blue; my_app=${dev.cookie}`);
  await user.click(await box('Secret key'));
  await user.paste('new key\ndev');
  expect(await screen.findByText('Signature valid (key 2)', {}, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.getByText('Took the cookie named "my_app" from a Cookie header with 2 cookies.')).toBeInTheDocument();
});

test('a link prefills Salt and Cookie name; the salt must be the app\'s for the signature to verify', async () => {
  const user = renderTool(`?${new URLSearchParams({ cookie: `sess=${dev.cookie}`, salt: 'other-salt', name: 'sess' })}`);
  expect(await box('Salt')).toHaveValue('other-salt');
  expect(await box('Cookie name')).toHaveValue('sess');
  expect(await box('Max age (seconds)')).toHaveValue('2678400');
  await user.type(await box('Secret key'), 'dev');
  expect(await screen.findByText('Signature invalid', {}, { timeout: 5000 })).toBeInTheDocument();
  await user.clear(await box('Salt'));
  await user.type(await box('Salt'), 'cookie-session');
  expect(await screen.findByText('Signature valid', {}, { timeout: 5000 })).toBeInTheDocument();
});

test('learner who types a max age that is not whole seconds gets an alert naming the default', async () => {
  const user = renderTool(`?${new URLSearchParams({ cookie: dev.cookie })}`);
  const maxAge = await box('Max age (seconds)');
  await user.clear(maxAge);
  await user.type(maxAge, 'a month');
  expect(await screen.findByRole('alert')).toHaveTextContent(/whole number of seconds.*2678400/);
});

test('learner who pastes a Flask-Session id is told the data lives on the server', async () => {
  const user = renderTool();
  await user.click(await box('Session cookie'));
  await user.paste('3f2504e0-4f89-11d3-9a0c-0305e82c3301');
  expect(await screen.findByText('A Flask-Session id, not a signed session', {}, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent(/lives on the server/);
});

test("learner reads an app whose session interface overrides digest_method and key_derivation", async () => {
  const cookie = await signSession('{"user_id":7}', 'k', { digest: 'sha256', keyDerivation: 'concat' });
  const user = renderTool(`?${new URLSearchParams({ cookie })}`);
  await user.type(await box('Secret key'), 'k');
  expect(await screen.findByText('Signature invalid', {}, { timeout: 5000 })).toBeInTheDocument();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Digest' }), 'sha256');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Key derivation' }), 'concat');
  expect(await screen.findByText('Signature valid', {}, { timeout: 5000 })).toBeInTheDocument();
});

test('learner guesses the key of a signed Flask-Session id, and is told when the app uses its own salt', async () => {
  const id = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
  const signed = await signFlaskSessionId(id, 'dev');
  const user = renderTool(`?${new URLSearchParams({ cookie: signed })}`);
  expect(await screen.findByText(/signed Flask-Session id/, {}, { timeout: 5000 })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Guess the secret key' }));
  expect(await screen.findByText(/Found the secret key/, undefined, { timeout: 10_000 })).toHaveTextContent('"dev", confirmed with WebCrypto');

  await user.clear(await box('Session cookie'));
  await user.type(await box('Session cookie'), dev.cookie);
  await user.clear(await box('Salt'));
  await user.type(await box('Salt'), 'my-salt');
  expect(await screen.findByText(/not your app’s salt "my-salt"/)).toBeInTheDocument();
});
