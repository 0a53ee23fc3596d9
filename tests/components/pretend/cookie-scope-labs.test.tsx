import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { resetPageBrowser } from '../../../src/stores/pretend-http/page-pretend-browser.ts';
import { resetBrowserState } from '../../test-utils.tsx';
import { renderPretendRoute } from './render-pretend-route.ts';

beforeEach(() => {
  resetBrowserState();
  resetPageBrowser();
});

/** Runs one prepared experiment and returns its "What happened" lines, one per request. */
async function linesAfter(url: string, buttonName: string): Promise<string[]> {
  const { user } = await renderPretendRoute(url);
  await user.click(screen.getByRole('button', { name: buttonName }));
  const region = await screen.findByRole('region', { name: 'What happened' });
  await within(region).findByText(`What happened: ${buttonName}`, { exact: false });
  const list = within(region).getAllByRole('list')[0];
  if (!list) throw new Error('no results');
  return [...list.children].map((item) => item.textContent ?? '');
}

test('a host-only cookie stays on www; Domain=rithmschool.com reaches shop too', async () => {
  const hostOnly = await linesAfter('/lessons/cookie-options/scope', 'Set lang=en on www without Domain');
  expect(hostOnly[1]).toMatch(/^GET https:\/\/www\.rithmschool\.com\/.*Cookie: lang=en/);
  expect(hostOnly[2]).toMatch(/^GET https:\/\/shop\.rithmschool\.com\/.*no Cookie header/);
});

test('Domain widens a cookie to every subdomain', async () => {
  const lines = await linesAfter('/lessons/cookie-options/scope', 'Set region=eu with Domain=rithmschool.com');
  expect(lines[1]).toContain('Cookie: region=eu');
  expect(lines[2]).toMatch(/shop\.rithmschool\.com.*Cookie: region=eu/);
});

test('a public suffix Domain is refused with the reason', async () => {
  const lines = await linesAfter('/lessons/cookie-options/scope', 'Try Domain=com (a public suffix)');
  expect(lines[0]).toMatch(/Rejected.*Domain=com is a public suffix/);
});

test('Path=/docs reaches /docs and /docs/web but not /docsets', async () => {
  const lines = await linesAfter('/lessons/cookie-options/path', 'Set docs_theme=dark with Path=/docs, then visit four paths');
  expect(lines.slice(1)).toEqual([
    expect.stringMatching(/\/docs \(.*Cookie: docs_theme=dark/),
    expect.stringMatching(/\/docs\/web \(.*Cookie: docs_theme=dark/),
    expect.stringMatching(/\/docsets \(.*no Cookie header/),
    expect.stringMatching(/rithmschool\.com\/ \(.*no Cookie header/),
  ]);
});

test('deleting needs the same Path', async () => {
  const lines = await linesAfter('/lessons/cookie-options/path', 'Delete docs_theme without its Path, then with it');
  expect(lines[2]).toContain('Cookie: docs_theme=dark');
  expect(lines[4]).toContain('no Cookie header');
});

test('SameSite: a cross-site link carries Lax and None, an image only None', async () => {
  const { user } = await renderPretendRoute('/lessons/cookie-options/same-site');
  await user.click(screen.getByRole('button', { name: 'Set three cookies on www: Strict, Lax and None' }));
  await screen.findByText('What happened: Set three cookies on www: Strict, Lax and None', { exact: false });

  await user.click(screen.getByRole('button', { name: 'Follow a link from ads.example to www' }));
  const region = await screen.findByRole('region', { name: 'What happened' });
  await within(region).findByText('What happened: Follow a link from ads.example to www', { exact: false });
  expect(within(region).getByText('Cookie: s_lax=1; s_none=1')).toBeInTheDocument();
  expect(within(region).getByText(/s_strict was not sent: it is SameSite=Strict/)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'An ads.example page loads an image from www' }));
  await within(region).findByText('What happened: An ads.example page loads an image from www', { exact: false });
  expect(within(region).getByText('Cookie: s_none=1')).toBeInTheDocument();
});

test('SameSite=None without Secure and a bad __Host- cookie are refused', async () => {
  const none = await linesAfter('/lessons/cookie-options/same-site', 'Try SameSite=None without Secure');
  expect(none[0]).toMatch(/Rejected.*SameSite=None requires Secure/);
});

test('__Host- needs Secure, Path=/ and no Domain', async () => {
  const lines = await linesAfter('/lessons/cookie-options/prefixes', 'Try __Host-sid with a Domain, then with Path=/docs');
  expect(lines).toHaveLength(2);
  for (const line of lines) expect(line).toMatch(/Rejected.*__Host- requires Secure, Path=\/ and no Domain/);
});
