import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { AppRoutes } from '../src/app/app-routes.tsx';

/** Renders the whole app at a URL, as the router would after a deep link. */
export function renderRoute(url: string) {
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[url]}>
      <AppRoutes />
    </MemoryRouter>,
  );
  return { user, ...result };
}

/** Deletes every cookie this document can see (tests only: the app itself never clears storage it does not own). */
export function clearTestCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

export function resetBrowserState(): void {
  localStorage.clear();
  sessionStorage.clear();
  clearTestCookies();
}
