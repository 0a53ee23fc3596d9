import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import { pageServerSessions } from '../../../src/stores/server-side-session-store.ts';
import { renderRoute, resetBrowserState } from '../../test-utils.tsx';

beforeEach(() => {
  resetBrowserState();
  pageServerSessions.clear();
});

const cookie = (name: string): string | undefined =>
  document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1);

test('sessions: a number and a list go into a real cookie and come back with their types', async () => {
  const { user } = renderRoute('/lessons/sessions');
  const store = await screen.findByRole('button', { name: 'Store in the session' }, { timeout: 5000 });
  await vi.waitFor(() => expect(store).toBeEnabled()); // once the codec chunk has loaded
  await user.click(store);
  await vi.waitFor(() => expect(cookie('stl_session')).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]{27}$/));
  expect(await screen.findByText(/Signature valid: Flask trusts the cookie/)).toBeInTheDocument();
  const readback = screen.getByRole('table', { name: /What your Flask view gets/ });
  expect(within(readback).getByRole('row', { name: /'fav_number' int 42/ })).toBeInTheDocument();
  expect(within(readback).getByRole('row', { name: /'fav_foods' list \['taco', 'pizza'\]/ })).toBeInTheDocument();
  expect(screen.getByText('43')).toBeInTheDocument();
  const panel = screen.getByRole('region', { name: 'Cookies' });
  expect(within(panel).getByRole('rowheader', { name: 'stl_session' })).toBeInTheDocument();
});

test('sessions: a string stays a string', async () => {
  const { user } = renderRoute('/lessons/sessions');
  const box = await screen.findByRole('textbox', { name: 'fav_number' }, { timeout: 5000 });
  await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Store in the session' })).toBeEnabled());
  await user.clear(box);
  await user.type(box, 'forty-two');
  await user.click(screen.getByRole('button', { name: 'Store in the session' }));
  expect(await screen.findByText(/TypeError: can only concatenate str/)).toBeInTheDocument();
});

test('sessions: editing the cookie is caught, except in the ignored bits of the last character', async () => {
  const { user } = renderRoute('/lessons/sessions/tampering');
  const start = await screen.findByRole('button', { name: 'Store a sample session' }, { timeout: 5000 });
  await vi.waitFor(() => expect(start).toBeEnabled());
  await user.click(start);
  await user.click(await screen.findByRole('button', { name: 'Add "is_admin": true to the payload' }));
  expect(await screen.findByText(/"is_admin":true/)).toBeInTheDocument();
  expect(await screen.findByText('Flask refuses it')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Change the signature’s first character' }));
  expect(await screen.findByText('Flask refuses it')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Change only the ignored bits of its last character' }));
  expect(await screen.findByText('Flask accepts it')).toBeInTheDocument();
  expect(screen.getByText(/last base64 character carries bits that decoding drops/)).toBeInTheDocument();
});

test('session-cookies: the permanent session adds an Expires date, the default has none', async () => {
  const { user } = renderRoute('/lessons/session-cookies/permanent-sessions');
  const plain = await screen.findByRole('button', { name: 'Log in (session.permanent = False)' }, { timeout: 5000 });
  await vi.waitFor(() => expect(plain).toBeEnabled());
  await user.click(plain);
  const header = await screen.findByText(/^Set-Cookie: session=/);
  expect(header.textContent).not.toMatch(/Expires/);
  await user.click(screen.getByRole('button', { name: /session\.permanent = True/ }));
  await vi.waitFor(() => expect(screen.getByText(/^Set-Cookie: session=/).textContent).toMatch(/; Expires=\w{3}, \d{2} \w{3} \d{4} [\d:]{8} GMT; HttpOnly; Path=\//));
  expect(cookie('stl_session')).toBeDefined();
});

test('server-side sessions: the cookie holds only an id; login rotates it; logout deletes the row', async () => {
  const { user } = renderRoute('/lessons/server-side-sessions');
  await user.click(await screen.findByRole('button', { name: 'Visit GET /' }, { timeout: 5000 }));
  await user.click(screen.getByRole('button', { name: 'Add a taco to the cart' }));
  const first = cookie('stl_sid');
  expect(first).toMatch(/^[\w-]{43}$/);
  const table = screen.getByRole('table', { name: /The server’s session table/ });
  expect(within(table).getByRole('row', { name: /anonymous visits = 1 cart = taco/ })).toBeInTheDocument();
  expect(table).toHaveTextContent('simulated');

  await user.click(screen.getByRole('button', { name: 'Log in as ada' }));
  await vi.waitFor(() => expect(cookie('stl_sid')).not.toBe(first));
  expect(cookie('stl_sid')).toMatch(/^[\w-]{43}$/);
  expect(within(table).getByRole('row', { name: /ada visits = 1 cart = taco/ })).toBeInTheDocument();
  expect(within(table).queryByText(first ?? '')).toBeNull();

  await user.click(screen.getByRole('button', { name: 'Log out' }));
  await vi.waitFor(() => expect(cookie('stl_sid')).toBeUndefined());
  expect(within(table).getByText('No sessions: the table is empty.')).toBeInTheDocument();
});

test('server-side sessions: a planted id is taken over unless the id rotates at login', async () => {
  const { user } = renderRoute('/lessons/server-side-sessions/rotate-at-login');
  const attack = async (): Promise<void> => {
    await user.click(await screen.findByRole('button', { name: 'Attacker: visit the site and get a session id' }, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: 'Attacker: plant that id in your browser' }));
    await user.click(screen.getByRole('button', { name: 'You: log in as ada' }));
  };
  await user.click(await screen.findByRole('checkbox', { name: /rotates the id at login/ }, { timeout: 5000 }));
  await attack();
  expect(await screen.findByText(/The attacker is in\./)).toBeInTheDocument();

  await user.click(screen.getByRole('checkbox', { name: /rotates the id at login/ }));
  await attack();
  expect(await screen.findByText(/locked out/)).toBeInTheDocument();
});
