import { screen } from '@testing-library/react';
import { renderRoute } from '../../test-utils.tsx';

/** Renders a route whose pretend-server demo loads lazily, and waits for its HTTP log. */
export async function renderPretendRoute(url: string): Promise<ReturnType<typeof renderRoute>> {
  const rendered = renderRoute(url);
  await screen.findByRole('region', { name: 'HTTP log' }, { timeout: 15_000 });
  return rendered;
}
