import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderRoute } from '../../test-utils.tsx';

test('the Query string panel shows each param of the real URL, duplicates kept', async () => {
  renderRoute('/lessons/query-params/step-one?fav-color=blue&x=1&x=2');
  // Each panel's code is its own chunk (src/components/panels/lazy-panels.tsx).
  const panel = await screen.findByRole('region', { name: 'Query string' });
  const rows = within(panel).getAllByRole('rowheader').map((cell) => cell.textContent);
  expect(rows).toEqual(['fav-color', 'x', 'x']);
});

test('the URL path panel shows the segments and highlights the colour', async () => {
  renderRoute('/lessons/url-path/fav-color/blue/step-one');
  const panel = await screen.findByRole('region', { name: 'URL path' });
  const cells = within(panel).getAllByRole('row').slice(1).map((row) => row.textContent);
  expect(cells).toEqual(['1lessons', '2url-path', '3fav-color', '4blue', '5step-one']);
  expect(within(panel).getByRole('rowheader', { name: '4' }).closest('tr')).toHaveClass('row-highlighted');
});
