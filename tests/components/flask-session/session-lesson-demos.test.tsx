import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import { renderRoute, resetBrowserState } from '../../test-utils.tsx';

beforeEach(() => {
  resetBrowserState();
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
  expect(await screen.findByText(/TypeError: can only concatenate str/, {}, { timeout: 5000 })).toBeInTheDocument();
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

test('server-side sessions: a planted id is taken over unless the id rotates at login (two pretend browsers, one server)', async () => {
  const { user } = renderRoute('/lessons/server-side-sessions/rotate-at-login');
  const demo = await screen.findByRole('region', { name: 'Session fixation, step by step' }, { timeout: 5000 });
  expect(within(demo).getAllByText('simulated').length).toBeGreaterThan(0);
  expect(within(demo).queryByText('real server')).toBeNull();
  const attackerBrowser = within(demo).getByRole('region', { name: 'The attacker’s browser' });
  const table = within(demo).getByRole('region', { name: 'The session table' });
  const attack = async (): Promise<void> => {
    await user.click(within(demo).getByRole('button', { name: 'Attacker: visit the site and get a session id' }));
    const plant = within(demo).getByRole('button', { name: 'Attacker: plant that id in your browser' });
    await vi.waitFor(() => expect(plant).toBeEnabled(), { timeout: 10_000 });
    await user.click(plant);
    await user.click(within(demo).getByRole('button', { name: 'You: log in as ada' }));
  };
  const rotates = within(demo).getByRole('checkbox', { name: /rotates the id at login/ });
  expect(rotates).toBeChecked();

  await attack(); // the course's login: a fresh id, the planted row deleted
  expect(await within(demo).findByText(/locked out/, {}, { timeout: 10_000 })).toBeInTheDocument();
  expect(await within(attackerBrowser).findByText(/no row has this id/)).toBeInTheDocument();
  expect(within(table).getByRole('rowheader', { name: /\(your cookie\)$/ })).toBeInTheDocument();
  expect(within(table).queryByText(/the attacker’s cookie/)).toBeNull();

  await user.click(rotates); // the vulnerable login: the same id, now logged in
  await attack();
  expect(await within(demo).findByText(/The attacker is in\./, {}, { timeout: 10_000 })).toBeInTheDocument();
  expect(await within(attackerBrowser).findByText(/Logged in as ada\./)).toBeInTheDocument();
  const shared = within(table).getByRole('row', { name: /your cookie, the attacker’s cookie/ });
  expect(within(shared).getByText('ada')).toBeInTheDocument();

  await user.click(rotates); // the planted cookie replaced your HttpOnly one; rotation locks the attacker out again
  await attack();
  expect(await within(demo).findByText(/locked out/, {}, { timeout: 10_000 })).toBeInTheDocument();
  expect(document.cookie).not.toContain('session=');
});
