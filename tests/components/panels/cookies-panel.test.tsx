import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { CookiesPanel } from '../../../src/components/panels/cookies-panel.tsx';
import { resetBrowserState } from '../../test-utils.tsx';

beforeEach(() => resetBrowserState());

async function save(name: string, value: string) {
  const user = userEvent.setup();
  const panel = screen.getByRole('region', { name: 'Cookies' });
  const nameBox = within(panel).getByRole('textbox', { name: 'Name' });
  const valueBox = within(panel).getByRole('textbox', { name: 'Value' });
  await user.clear(nameBox);
  await user.clear(valueBox);
  if (name) await user.type(nameBox, name);
  if (value) await user.type(valueBox, value);
  await user.click(within(panel).getByRole('button', { name: 'Save' }));
  return { user, panel };
}

test('learner can add a cookie and see it with its size', async () => {
  render(<CookiesPanel />);
  const { panel } = await save('fav_color', 'blue');
  expect(document.cookie).toBe('fav_color=blue');
  const row = within(panel).getByRole('rowheader', { name: 'fav_color' }).closest('tr') as HTMLElement;
  expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('blue');
  expect(row).toHaveTextContent('13');
});

test.each([
  ['bad;name', 'x', 'RFC 6265 token'],
  ['has space', 'x', 'a space'],
  ['a=b', 'x', '"="'],
  ['ok', 'semi;colon', 'ends a cookie value'],
])('a bad cookie %j=%j is refused with the rule, and nothing stored is lost', async (name, value, rule) => {
  document.cookie = 'keep=me; Path=/';
  render(<CookiesPanel />);
  const { panel } = await save(name, value);
  expect(within(panel).getByRole('alert')).toHaveTextContent(rule);
  expect(document.cookie).toBe('keep=me');
});

test('a value over 4096 bytes is refused naming the limit', async () => {
  render(<CookiesPanel />);
  const panel = screen.getByRole('region', { name: 'Cookies' });
  const user = userEvent.setup();
  await user.type(within(panel).getByRole('textbox', { name: 'Name' }), 'big');
  within(panel).getByRole('textbox', { name: 'Value' }).focus();
  await user.paste('x'.repeat(4094));
  await user.click(within(panel).getByRole('button', { name: 'Save' }));
  expect(within(panel).getByRole('alert')).toHaveTextContent('4096 bytes');
  expect(document.cookie).toBe('');
});

test('a cookie written by page script appears without a reload', () => {
  render(<CookiesPanel />);
  act(() => {
    document.cookie = 'script_cookie=1; Path=/';
  });
  expect(screen.getByRole('rowheader', { name: 'script_cookie' })).toBeInTheDocument();
});

test('percent-encoded values get a decoded view on request', async () => {
  document.cookie = 'enc=cr%C3%A8me; Path=/';
  render(<CookiesPanel />);
  const user = userEvent.setup();
  expect(screen.queryByRole('columnheader', { name: 'Decoded' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('checkbox', { name: 'Show URL-decoded' }));
  expect(screen.getByRole('columnheader', { name: 'Decoded' })).toBeInTheDocument();
  expect(screen.getByText('crème')).toBeInTheDocument();
});

test('Max-Age must be a whole number: the cookie is not written', async () => {
  render(<CookiesPanel />);
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Max-Age (seconds)' }), 'soon');
  const { panel } = await save('a', 'b');
  expect(within(panel).getByRole('alert')).toHaveTextContent('Max-Age must be a whole number');
  expect(document.cookie.split('; ')).not.toContain('a=b');
  expect(within(panel).queryByRole('rowheader', { name: 'a' })).not.toBeInTheDocument();
});

test('a Path with a control character is refused with the rule, as a bad name or value is, and nothing stored is lost', async () => {
  document.cookie = 'keep=me; Path=/';
  render(<CookiesPanel />);
  const user = userEvent.setup();
  const pathBox = screen.getByRole('textbox', { name: 'Path' });
  await user.clear(pathBox);
  pathBox.focus();
  await user.paste('/lessons\t/x');
  const { panel } = await save('a', 'b');
  expect(within(panel).getByRole('alert')).toHaveTextContent('Path contains a tab: a Path may hold no control characters (tab included)');
  expect(document.cookie).toBe('keep=me');
});

test('the panel says what JavaScript can never see', () => {
  render(<CookiesPanel />);
  expect(screen.getByText(/never see HttpOnly cookies/)).toBeInTheDocument();
});
