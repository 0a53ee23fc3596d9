import { screen } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderRoute, resetBrowserState } from '../test-utils.tsx';

beforeEach(() => resetBrowserState());

test('a lesson URL shows its first step with the panels it declares', () => {
  renderRoute('/lessons/local-storage');
  expect(screen.getByRole('heading', { level: 1, name: 'localStorage' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'A dictionary in the browser' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'localStorage' })).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'sessionStorage' })).not.toBeInTheDocument();
});

test('opening a step records it in progress under the stl: prefix', () => {
  renderRoute('/lessons/query-params/step-one?fav-color=blue');
  const progress = JSON.parse(localStorage.getItem('stl:progress') ?? '{}') as { visited: string[]; last: string };
  expect(progress.visited).toContain('query-params/step-one');
  expect(progress.last).toBe('/lessons/query-params/step-one?fav-color=blue');
});

test('learner can walk the query-param demo and see what a forgetful link loses', async () => {
  const { user } = renderRoute('/lessons/query-params/step-zero');
  await user.type(await screen.findByRole('textbox', { name: 'Favorite color' }), 'teal');
  await user.click(screen.getByRole('button', { name: 'Go to step one' }));
  expect(await screen.findByText('teal', { selector: 'strong' })).toBeInTheDocument();
  const queryPanel = screen.getByRole('region', { name: 'Query string' });
  expect(queryPanel).toHaveTextContent('fav-color');
  await user.click(screen.getByRole('button', { name: 'Step two: a form with a hidden field' }));
  expect(await screen.findByRole('heading', { name: 'Step two: still there?' })).toBeInTheDocument();
  expect(await screen.findByText('teal', { selector: 'strong' })).toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: 'Start again at step zero' }));
  await user.type(await screen.findByRole('textbox', { name: 'Favorite color' }), 'red');
  await user.click(screen.getByRole('button', { name: 'Go to step one' }));
  await user.click(await screen.findByRole('link', { name: 'Step two: a link that forgets the param' }));
  expect(await screen.findByText(/This URL carries no/)).toBeInTheDocument();
});

test('the colour in the URL path travels through a relative link', async () => {
  const { user } = renderRoute('/lessons/url-path/fav-color/rebeccapurple/step-one');
  expect(await screen.findByText('rebeccapurple', { selector: 'strong' })).toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: 'Step two (relative link)' }));
  expect(await screen.findByRole('heading', { name: 'Step two: routing every path' })).toBeInTheDocument();
  const pathPanel = screen.getByRole('region', { name: 'URL path' });
  expect(pathPanel).toHaveTextContent('/lessons/url-path/fav-color/rebeccapurple/step-two');
});

test('an empty colour form says what is wrong', async () => {
  const { user } = renderRoute('/lessons/url-path/fav-color/blue/step-zero');
  await user.click(await screen.findByRole('button', { name: 'Go to step one' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Type a colour first');
});

test('previous and next cross lesson boundaries', () => {
  renderRoute('/lessons/query-params');
  expect(screen.getByRole('link', { name: /Previous.*Ways to remember/ })).toHaveAttribute('href', '/lessons/stateless-http/ways-to-remember');
  expect(screen.getByRole('link', { name: /Next.*Step zero: ask/ })).toHaveAttribute('href', '/lessons/query-params/step-zero');
});

test('an unknown step is a clear not-found page', () => {
  renderRoute('/lessons/query-params/step-nine');
  expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
});

test('every outline lesson shows its plan instead of a blank page', () => {
  renderRoute('/lessons/server-side-sessions');
  expect(screen.getByRole('heading', { level: 1, name: 'Server-side sessions' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'You will learn' })).toBeInTheDocument();
});
