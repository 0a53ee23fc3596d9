import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { expect, test, vi } from 'vitest';
import { AppRoutes, preloadAllPages } from '../../../src/app/app-routes.tsx';

// Each page is its own chunk, which the browser loads before hydrating: here, before any test renders.
await preloadAllPages();
import { ErrorBoundary } from '../../../src/components/ui/error-boundary.tsx';
import { INPUT_MAX_CHARS } from '../../../src/stores/flask-session/input-limits.ts';

test('learner who pastes more than 64 KiB into the cookie box is told the limit, and keeps what was there', async () => {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={['/tools/flask-session']}>
      <AppRoutes />
    </MemoryRouter>,
  );
  const box = await screen.findByRole('textbox', { name: 'Session cookie' });
  await user.type(box, 'abc');
  fireEvent.change(box, { target: { value: 'x'.repeat(INPUT_MAX_CHARS + 1) } });
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('That is 65,537 characters: the Session cookie box takes at most 65,536 (64 KiB).');
  expect(alert).toHaveTextContent('What was in the box is kept.');
  expect(box).toHaveValue('abc');
  // A cookie that fits is taken, and the message goes.
  await user.type(box, 'd');
  expect(box).toHaveValue('abcd');
  expect(screen.queryByRole('alert')).toBeNull();
});

function Boom({ when }: { readonly when: boolean }): string {
  if (when) throw new Error('decoded data was hostile');
  return 'fine now';
}

test('a part that fails to render says so in an alert, the rest of the page stays, and it can be tried again', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  function Page() {
    const [broken, setBroken] = useState(true);
    return (
      <>
        <button type="button" onClick={() => setBroken(false)}>
          Fix it
        </button>
        <ErrorBoundary label="The stored JSON">
          <Boom when={broken} />
        </ErrorBoundary>
      </>
    );
  }
  const user = userEvent.setup();
  render(<Page />);
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('The stored JSON could not be shown (Error: decoded data was hostile). The rest of the page still works');
  await user.click(screen.getByRole('button', { name: 'Fix it' }));
  await user.click(within(alert).getByRole('button', { name: 'Try again' }));
  expect(screen.getByText('fine now')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
  warn.mockRestore();
  error.mockRestore();
});

test('a new reset key (new input, another page) clears the failure by itself', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const { rerender } = render(
    <ErrorBoundary label="This page" resetKey="/a">
      <Boom when />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('This page could not be shown');
  rerender(
    <ErrorBoundary label="This page" resetKey="/b">
      <Boom when={false} />
    </ErrorBoundary>,
  );
  expect(screen.getByText('fine now')).toBeInTheDocument();
  vi.restoreAllMocks();
});
