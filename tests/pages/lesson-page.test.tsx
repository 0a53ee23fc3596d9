import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderRoute, resetBrowserState } from '../test-utils.tsx';

beforeEach(() => resetBrowserState());

test('a lesson URL shows its first step with the panels it declares', async () => {
  renderRoute('/lessons/local-storage');
  expect(screen.getByRole('heading', { level: 1, name: 'localStorage' })).toBeInTheDocument();
  expect(await screen.findByRole('heading', { level: 2, name: 'A dictionary in the browser' })).toBeInTheDocument();
  // Each panel's code is its own chunk (src/components/panels/lazy-panels.tsx).
  expect(await screen.findByRole('region', { name: 'localStorage' })).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'sessionStorage' })).not.toBeInTheDocument();
});

test('a lesson’s first step opens with its summary, and only the first step', async () => {
  const summary = 'A key/value store in the browser that survives reloads, new tabs and restarts — and is never sent to the server.';
  renderRoute('/lessons/local-storage');
  expect(await screen.findByText(summary)).toBeInTheDocument();
  cleanup();
  renderRoute('/lessons/local-storage/it-persists');
  expect(await screen.findByRole('heading', { level: 2, name: 'It survives reloads and new tabs' })).toBeInTheDocument();
  expect(screen.queryByText(summary)).toBeNull();
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
  const queryPanel = await screen.findByRole('region', { name: 'Query string' });
  await waitFor(() => expect(queryPanel).toHaveTextContent('fav-color'));
  await user.click(screen.getByRole('button', { name: 'Step two: a form with a hidden field' }));
  expect(await screen.findByRole('heading', { name: 'Step two: still there?' })).toBeInTheDocument();
  expect(await screen.findByText('teal', { selector: 'strong' })).toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: 'Start again at step zero' }));
  const box = await screen.findByRole('textbox', { name: 'Favorite color' });
  expect(box).toHaveValue('teal');
  await user.clear(box);
  await user.type(box, 'red');
  await user.click(screen.getByRole('button', { name: 'Go to step one' }));
  await user.click(await screen.findByRole('link', { name: 'What if a link forgets the param? Step two without it' }));
  expect(await screen.findByText(/This URL carries no/)).toBeInTheDocument();
});

test('learner opening a shared step-zero?fav-color=blue link finds the colour in the form and in every link to the other steps', async () => {
  renderRoute('/lessons/query-params/step-zero?fav-color=blue');
  expect(await screen.findByRole('textbox', { name: 'Favorite color' })).toHaveValue('blue');
  expect(screen.getByRole('link', { name: /Next.*Step one/ })).toHaveAttribute('href', '/lessons/query-params/step-one?fav-color=blue');
  expect(screen.getByRole('link', { name: /Previous.*State in the URL/ })).toHaveAttribute('href', '/lessons/query-params?fav-color=blue');
  const outline = screen.getByRole('navigation', { name: 'Course outline' });
  expect(within(outline).getByRole('link', { name: /Step two/ })).toHaveAttribute('href', '/lessons/query-params/step-two?fav-color=blue');
  // Other lessons do not keep this lesson's state.
  expect(within(outline).getByRole('link', { name: /State in the URL path/ })).toHaveAttribute('href', '/lessons/url-path');
});

test('learner on a shared URL-path link keeps the colour along the outline and Next', () => {
  renderRoute('/lessons/url-path/fav-color/papayawhip/step-one');
  expect(screen.getByRole('link', { name: /Next.*Step two/ })).toHaveAttribute('href', '/lessons/url-path/fav-color/papayawhip/step-two');
  const outline = screen.getByRole('navigation', { name: 'Course outline' });
  expect(within(outline).getByRole('link', { name: /Step zero/ })).toHaveAttribute('href', '/lessons/url-path/fav-color/papayawhip/step-zero');
});

test('step zero’s form sent without JavaScript (?color=) lands on step one with the colour moved into the path', async () => {
  renderRoute('/lessons/url-path/fav-color/blue/step-one?color=teal');
  expect(await screen.findByText('teal', { selector: 'strong' })).toBeInTheDocument();
  // The address now carries the colour in its path and no query: Next goes on from there.
  expect(await screen.findByRole('link', { name: /Next.*Step two/ })).toHaveAttribute('href', '/lessons/url-path/fav-color/teal/step-two');
});

test('a colour that cannot be a path segment gets a clear message', async () => {
  const { user } = renderRoute('/lessons/url-path/fav-color/blue/step-zero');
  const box = await screen.findByRole('textbox', { name: 'Favorite color' });
  await user.clear(box);
  await user.type(box, '..');
  await user.click(screen.getByRole('button', { name: 'Go to step one' }));
  expect(screen.getByRole('alert')).toHaveTextContent('cannot be a path segment');
});

test('the step-one link is a real relative href: the colour travels, and a trailing slash moves where it lands', async () => {
  // The demo resolves the link against the real address bar, as the browser will: put the page there.
  window.history.replaceState(null, '', '/lessons/url-path/fav-color/rebeccapurple/step-one');
  renderRoute('/lessons/url-path/fav-color/rebeccapurple/step-one');
  expect(await screen.findByText('rebeccapurple', { selector: 'strong' })).toBeInTheDocument();
  const link = screen.getByRole('link', { name: 'Step two (relative link)' });
  expect(link).toHaveAttribute('href', 'step-two');
  // The browser resolves it against the address (jsdom does not follow links): with and without the trailing slash.
  const href = link.getAttribute('href') ?? '';
  expect(new URL(href, 'https://course.example/lessons/url-path/fav-color/rebeccapurple/step-one').pathname).toBe('/lessons/url-path/fav-color/rebeccapurple/step-two');
  expect(new URL(href, 'https://course.example/lessons/url-path/fav-color/rebeccapurple/step-one/').pathname).toBe('/lessons/url-path/fav-color/rebeccapurple/step-one/step-two');
  // The demo shows where this very address sends it.
  expect(await screen.findByText('/lessons/url-path/fav-color/rebeccapurple/step-two', { selector: 'code' })).toBeInTheDocument();
  window.history.replaceState(null, '', '/');
});

test('where the relative link lands, the colour is read back from the path', async () => {
  renderRoute('/lessons/url-path/fav-color/rebeccapurple/step-two');
  expect(await screen.findByRole('heading', { name: 'Step two: routing every path' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'URL path' })).toHaveTextContent('/lessons/url-path/fav-color/rebeccapurple/step-two');
});

test('a colour with a slash or a space is encoded once, however many hops the relative link makes', async () => {
  renderRoute('/lessons/url-path/fav-color/a%2Fb%20c/step-one');
  expect(await screen.findByText('a/b c', { selector: 'strong' })).toBeInTheDocument();
  const href = screen.getByRole('link', { name: 'Step two (relative link)' }).getAttribute('href') ?? '';
  // Resolving a relative href never re-encodes the segments before it.
  const landed = new URL(href, 'https://course.example/lessons/url-path/fav-color/a%2Fb%20c/step-one').pathname;
  expect(landed).toBe('/lessons/url-path/fav-color/a%2Fb%20c/step-two');
  cleanup();
  const { user } = renderRoute(landed);
  expect(await screen.findByRole('heading', { name: 'Step two: routing every path' })).toBeInTheDocument();
  expect(screen.getByText('a/b c', { selector: 'strong' })).toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: 'Choose another colour' }));
  await screen.findByRole('textbox', { name: 'Favorite color' });
  expect(screen.getByRole('region', { name: 'URL path' })).toHaveTextContent('/lessons/url-path/fav-color/a%2Fb%20c/step-zero');
});

test('an empty colour form says what is wrong', async () => {
  const { user } = renderRoute('/lessons/url-path/fav-color/blue/step-zero');
  await user.clear(await screen.findByRole('textbox', { name: 'Favorite color' }));
  await user.click(await screen.findByRole('button', { name: 'Go to step one' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Type a colour first');
});

test('previous and next cross lesson boundaries', () => {
  renderRoute('/lessons/query-params');
  expect(screen.getByRole('link', { name: /Previous.*Ways to remember/ })).toHaveAttribute('href', '/lessons/stateless-http/ways-to-remember');
  expect(screen.getByRole('link', { name: /Next.*Step zero: ask/ })).toHaveAttribute('href', '/lessons/query-params/step-zero');
});

test('an unknown step is a clear not-found page', async () => {
  renderRoute('/lessons/query-params/step-nine');
  expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
});

test('every outline lesson shows its plan instead of a blank page', () => {
  renderRoute('/lessons/server-side-sessions');
  expect(screen.getByRole('heading', { level: 1, name: 'Server-side sessions' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'You will learn' })).toBeInTheDocument();
});
