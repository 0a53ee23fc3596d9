import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { compareResults } from '../../../src/stores/experiments/experiment-results.ts';
import { resetPageBrowser } from '../../../src/stores/pretend-http/page-pretend-browser.ts';
import { renderRoute, resetBrowserState } from '../../test-utils.tsx';

beforeEach(() => {
  resetBrowserState();
  resetPageBrowser();
  compareResults.set({});
});

async function writeEverywhere(user: ReturnType<typeof renderRoute>['user'], name: string, value: string) {
  const nameBox = screen.getByRole('textbox', { name: 'Name to write everywhere' });
  const valueBox = screen.getByRole('textbox', { name: 'Value to write everywhere' });
  await user.clear(nameBox);
  await user.type(nameBox, name);
  await user.clear(valueBox);
  await user.type(valueBox, value);
  await user.click(screen.getByRole('button', { name: 'Write everywhere' }));
}

const rowValue = (panel: string, name: string): string | null | undefined => {
  const region = screen.getByRole('region', { name: panel });
  const header = within(region).queryByRole('rowheader', { name });
  return header?.closest('tr')?.querySelector('td')?.textContent;
};

test('learner can write one value into all five stores at once', async () => {
  const { user } = renderRoute('/compare');
  await screen.findByRole('textbox', { name: 'Name to write everywhere' }); // the compare view is its own chunk
  await writeEverywhere(user, 'color', 'teal');
  // The writes are their own small chunk, fetched when the learner enters the form.
  await waitFor(() => expect(rowValue('Query string', 'color')).toBe('teal'));
  expect(within(screen.getByRole('region', { name: 'URL path' })).getAllByText('teal').length).toBeGreaterThan(0);
  expect(rowValue('localStorage', 'stl:color')).toBe('teal');
  expect(rowValue('sessionStorage', 'stl:color')).toBe('teal');
  expect(localStorage.getItem('stl:color')).toBe('teal');
  expect(sessionStorage.getItem('stl:color')).toBe('teal');
  expect(document.cookie).toContain('stl_color=teal');
  // The table now says web storage was set (and read back) by this page's script.
  const table = screen.getByRole('table', { name: /Each store at a glance/ });
  const row = within(table).getByRole('rowheader', { name: 'localStorage' }).closest('tr');
  expect(row?.textContent).toMatch(/this page just did\) \(measured\)/);
});

test('a name that cannot be a cookie name is refused with a reason, and nothing is written', async () => {
  const { user } = renderRoute('/compare');
  await screen.findByRole('textbox', { name: 'Name to write everywhere' }); // the compare view is its own chunk
  await writeEverywhere(user, 'my key', 'x');
  expect(screen.getByRole('alert')).toHaveTextContent(/letters, digits/);
  expect(localStorage.length).toBe(0);
});

test('learner whose localStorage is full hears which write was refused, once the page shows the pair', async () => {
  // Fill this origin's localStorage to the last character (jsdom has a quota, as browsers do).
  let filler = 0;
  for (const size of [100_000, 10_000, 1_000, 100, 10, 1]) {
    for (;;) {
      try {
        localStorage.setItem(`filler-${filler}`, 'x'.repeat(size));
        filler += 1;
      } catch {
        break;
      }
    }
  }
  const { user } = renderRoute('/compare');
  await screen.findByRole('textbox', { name: 'Name to write everywhere' }); // the compare view is its own chunk
  await writeEverywhere(user, 'color', 'teal');
  const refused = await screen.findByRole('alert', { name: 'Writes that failed' }, { timeout: 5000 });
  expect(refused).toHaveTextContent(/^localStorage: /);
  // The rest went ahead: the page is at the pair's URL, sessionStorage has it.
  expect(rowValue('Query string', 'color')).toBe('teal');
  expect(sessionStorage.getItem('stl:color')).toBe('teal');
  expect(localStorage.getItem('stl:color')).toBeNull();
});

test('learner input is shown as text, never as markup', async () => {
  const { user } = renderRoute('/compare');
  await screen.findByRole('textbox', { name: 'Name to write everywhere' }); // the compare view is its own chunk
  await writeEverywhere(user, 'x', '<img src=x onerror=alert(1)>');
  await waitFor(() => expect(rowValue('localStorage', 'stl:x')).toBe('<img src=x onerror=alert(1)>'));
  expect(document.querySelector('img')).toBeNull();
});

test('experiments wait for a value, then the pretend request shows what travelled, labelled simulated', async () => {
  const { user } = renderRoute('/compare');
  await screen.findByRole('textbox', { name: 'Name to write everywhere' }); // the compare view is its own chunk
  expect(screen.queryByRole('button', { name: 'Send the request' })).toBeNull();
  await writeEverywhere(user, 'color', 'navy');
  // Each experiment is its own chunk (the pretend browser's is large to transform the first time).
  await user.click(await screen.findByRole('button', { name: 'Send the request' }, { timeout: 5000 }));
  const list = await screen.findByRole('list', { name: 'What travelled with the request' }, { timeout: 5000 });
  expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    '✓ Query string: travelled',
    '✓ URL path: travelled',
    '✗ localStorage: not in the request',
    '✗ sessionStorage: not in the request',
    '✓ Cookies: travelled',
  ]);
  const box = list.closest('section');
  expect(box).toHaveTextContent('simulated');
  expect(screen.getByRole('region', { name: 'HTTP log' })).toHaveTextContent('Cookie: stl_color=navy');
});

test('a reload marker left in sessionStorage is read once on load and reported', async () => {
  localStorage.setItem('stl:color', 'green');
  sessionStorage.setItem('stl:color', 'green');
  sessionStorage.setItem('stl:compare-pending', JSON.stringify({ experiment: 'reload', name: 'color', value: 'green', at: 1 }));
  renderRoute('/compare/color/green?color=green');
  const list = await screen.findByRole('list', { name: 'What survived the reload' });
  expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    // jsdom's own URL is not the router's: only the storages are read from the window here.
    expect.stringContaining('Query string'),
    expect.stringContaining('URL path'),
    '✓ localStorage: still there',
    '✓ sessionStorage: still there',
    '✗ Cookies: gone',
  ]);
  expect(sessionStorage.getItem('stl:compare-pending')).toBeNull();
});

test('a fresh tab finds the closed-tab note in localStorage and reports; the note is then gone', async () => {
  localStorage.setItem('stl:color', 'red');
  localStorage.setItem('stl:compare-closed-tab', JSON.stringify({ experiment: 'closed-tab', name: 'color', value: 'red', at: 1, tabId: 'old-tab' }));
  renderRoute('/compare/color/red?color=red');
  const list = await screen.findByRole('list', { name: 'What survived closing the tab' });
  expect(within(list).getByText(/localStorage: still there/)).toBeInTheDocument();
  expect(within(list).getByText(/sessionStorage: gone/)).toBeInTheDocument();
  expect(localStorage.getItem('stl:compare-closed-tab')).toBeNull();
});
