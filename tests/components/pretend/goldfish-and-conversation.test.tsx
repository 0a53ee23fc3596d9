import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { resetPageBrowser } from '../../../src/stores/pretend-http/page-pretend-browser.ts';
import { resetBrowserState } from '../../test-utils.tsx';
import { renderPretendRoute } from './render-pretend-route.ts';

beforeEach(() => {
  resetBrowserState();
  resetPageBrowser();
});

test('the goldfish answers each request from that request alone', async () => {
  const { user } = await renderPretendRoute('/lessons/stateless-http');
  await user.click(screen.getByRole('button', { name: 'Send GET /greet?name=Ada' }));
  const log = screen.getByRole('region', { name: 'HTTP log' });
  expect(await within(log).findByText('GET /greet?name=Ada HTTP/1.1')).toBeInTheDocument();
  const page = screen.getByRole('region', { name: 'Pretend browser window' });
  expect(within(page).getByText(/Hello, Ada!/)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Send GET /greet' }));
  expect(await within(log).findByText('GET /greet HTTP/1.1')).toBeInTheDocument();
  expect(within(page).getByText(/Hello, stranger!/)).toBeInTheDocument();
  expect(within(log).getAllByText('HTTP/1.1 200 OK')).toHaveLength(2);
  expect(within(log).queryByText(/^Cookie:/)).toBeNull();
});

test('the taco conversation: set once, sent back with the page and the image', async () => {
  const { user } = await renderPretendRoute('/lessons/cookies/conversation');
  await user.click(screen.getByRole('button', { name: 'Visit /upcoming-events' }));
  const log = screen.getByRole('region', { name: 'HTTP log' });
  expect(await within(log).findByText('Set-Cookie: favorite_food=taco')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Visit /event-detail' }));
  await within(log).findByText('GET /event-detail HTTP/1.1');
  await user.click(screen.getByRole('button', { name: 'Load /calendar.jpg (an image on that page)' }));
  await within(log).findByText('GET /calendar.jpg HTTP/1.1');
  expect(within(log).getAllByText('Cookie: favorite_food=taco')).toHaveLength(2);

  const diagram = screen.getByRole('list', { name: 'Browser and server messages, in order' });
  const messages = within(diagram).getAllByRole('listitem').map((item) => item.textContent ?? '');
  expect(messages).toHaveLength(6);
  expect(messages[1]).toContain('Set-Cookie: favorite_food=taco');
  expect(messages[4]).toMatch(/GET \/calendar\.jpg.*Cookie: favorite_food=taco/);
});

test('the pretend views say they are simulated', async () => {
  await renderPretendRoute('/lessons/cookies');
  const log = screen.getByRole('region', { name: 'HTTP log' });
  expect(within(log).getByText('simulated')).toBeInTheDocument();
  expect(within(screen.getByRole('region', { name: 'Pretend cookie jar' })).getByText('simulated')).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'The Flask demo, on a pretend server at http://localhost:5000' })).toHaveTextContent('simulated');
});
