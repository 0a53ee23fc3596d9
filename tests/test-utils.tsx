import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { AppRoutes, preloadAllPages } from '../src/app/app-routes.tsx';
import { COURSE_ORDER } from '../src/lessons/course-order.ts';

// Each page is its own chunk, and each lesson's table of demos, which the browser loads before
// hydrating: here, before any test renders.
await preloadAllPages(COURSE_ORDER);

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
