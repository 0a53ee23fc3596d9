import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { WebStoragePanel } from '../../../src/components/panels/web-storage-panel.tsx';
import { resetBrowserState } from '../../test-utils.tsx';

beforeEach(() => resetBrowserState());

function rowsOf(region: HTMLElement): string[][] {
  return within(region)
    .queryAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].slice(0, 2).map((cell) => cell.textContent ?? ''));
}

test('an empty store says so in words', () => {
  render(<WebStoragePanel area="localStorage" />);
  expect(within(screen.getByRole('region', { name: 'localStorage' })).getByText(/localStorage is empty/)).toBeInTheDocument();
});

test('learner can add, edit and delete an entry', async () => {
  const user = userEvent.setup();
  render(<WebStoragePanel area="localStorage" />);
  const panel = screen.getByRole('region', { name: 'localStorage' });
  await user.type(within(panel).getByRole('textbox', { name: 'Name' }), 'stl:fav-color');
  await user.type(within(panel).getByRole('textbox', { name: 'Value' }), 'blue');
  await user.click(within(panel).getByRole('button', { name: 'Save' }));
  expect(localStorage.getItem('stl:fav-color')).toBe('blue');
  expect(rowsOf(panel)).toEqual([['stl:fav-color', 'blue']]);

  await user.click(within(panel).getByRole('button', { name: 'Edit stl:fav-color' }));
  const value = within(panel).getByRole('textbox', { name: 'Value' });
  await user.clear(value);
  await user.type(value, 'green');
  await user.click(within(panel).getByRole('button', { name: 'Save' }));
  expect(rowsOf(panel)).toEqual([['stl:fav-color', 'green']]);

  await user.click(within(panel).getByRole('button', { name: 'Delete stl:fav-color' }));
  expect(localStorage.getItem('stl:fav-color')).toBeNull();
  expect(within(panel).getByText(/localStorage is empty/)).toBeInTheDocument();
});

test('a write from another script appears without a reload', () => {
  render(<WebStoragePanel area="sessionStorage" />);
  act(() => sessionStorage.setItem('typed-in-console', '42'));
  expect(rowsOf(screen.getByRole('region', { name: 'sessionStorage' }))).toEqual([['typed-in-console', '42']]);
});

test('a storage event from another tab appears without a reload', () => {
  render(<WebStoragePanel area="localStorage" />);
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: 'other-tab', newValue: 'hello', storageArea: localStorage }));
  });
  expect(rowsOf(screen.getByRole('region', { name: 'localStorage' }))).toEqual([['other-tab', 'hello']]);
});

test('highlighted entries are marked', () => {
  localStorage.setItem('stl:fav-color', 'blue');
  localStorage.setItem('other', 'x');
  render(<WebStoragePanel area="localStorage" highlight={['stl:fav-color']} />);
  const row = screen.getByRole('rowheader', { name: 'stl:fav-color' }).closest('tr');
  expect(row).toHaveClass('row-highlighted');
  expect(screen.getByRole('rowheader', { name: 'other' }).closest('tr')).not.toHaveClass('row-highlighted');
});

test('a long value is cut with a button to see it all, and learner HTML stays text', async () => {
  const user = userEvent.setup();
  const long = `<img src=x onerror=alert(1)>${'y'.repeat(300)}`;
  localStorage.setItem('long', long);
  render(<WebStoragePanel area="localStorage" />);
  const panel = screen.getByRole('region', { name: 'localStorage' });
  expect(panel.querySelector('img')).toBeNull();
  expect(within(panel).queryByText(long)).not.toBeInTheDocument();
  await user.click(within(panel).getByRole('button', { name: /Show all 328 characters/ }));
  expect(within(panel).getByText(long)).toBeInTheDocument();
});

test('an empty name is refused with an alert and nothing is written', async () => {
  const user = userEvent.setup();
  render(<WebStoragePanel area="localStorage" />);
  const panel = screen.getByRole('region', { name: 'localStorage' });
  await user.type(within(panel).getByRole('textbox', { name: 'Value' }), 'orphan');
  await user.click(within(panel).getByRole('button', { name: 'Save' }));
  expect(within(panel).getByRole('alert')).toHaveTextContent('Give the entry a name');
  expect(localStorage.length).toBe(0);
});
