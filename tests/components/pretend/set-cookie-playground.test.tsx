import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { resetPageBrowser } from '../../../src/stores/pretend-http/page-pretend-browser.ts';
import { SET_COOKIE_EXAMPLES } from '../../../src/lessons/cookie-options/demos/set-cookie-examples.ts';
import { resetBrowserState } from '../../test-utils.tsx';
import { renderPretendRoute } from './render-pretend-route.ts';

beforeEach(() => {
  resetBrowserState();
  resetPageBrowser();
});

const PAGE = '/lessons/cookie-options/your-own-header';

async function whatHappened(label: string): Promise<HTMLElement> {
  const region = await screen.findByRole('region', { name: 'What happened' });
  await within(region).findByText(`What happened: ${label}`, { exact: false });
  return region;
}

test('learner types a Set-Cookie header and the log explains what the browser did', async () => {
  const { user } = await renderPretendRoute(PAGE);
  const box = screen.getByRole('textbox', { name: 'Set-Cookie header' });
  await user.clear(box);
  await user.type(box, 'lang=fr; Path=/; Max-Age=60');
  await user.click(screen.getByRole('button', { name: 'Send this Set-Cookie' }));

  const log = screen.getByRole('region', { name: 'HTTP log' });
  expect(await within(log).findByText('Set-Cookie: lang=fr; Path=/; Max-Age=60')).toBeInTheDocument();
  expect(within(log).getByText(/Stored lang: it will be sent to www\.rithmschool\.com only/)).toBeInTheDocument();
  const jar = screen.getByRole('region', { name: 'Pretend cookie jar' });
  expect(within(jar).getByRole('rowheader', { name: 'lang' })).toBeInTheDocument();
});

/** Every bad example the playground offers, with what the learner is told about it. */
const BAD_EXAMPLES: readonly (readonly [string, RegExp])[] = [
  ['Attribute injection', /Domain=evil\.com does not domain-match www\.rithmschool\.com/],
  ['A name that is not a token', /"fav color" is not a valid cookie name under RFC 6265: it contains a space/],
  ['A malformed Expires date', /Expires=next tuesday is not a date the browser understands/],
  ['A Domain this site may not set', /Domain=example\.com does not domain-match/],
  ['The name __proto__', /Stored __proto__/],
  ['The name hasOwnProperty', /Stored hasOwnProperty/],
  ['A line break (header splitting)', /cannot travel in an HTTP header/],
  ['Over 4096 bytes', /over the 4096-byte limit/],
];

test.each(BAD_EXAMPLES)('bad input "%s" is explained, never a crash', async (label, explanation) => {
  const { user } = await renderPretendRoute(PAGE);
  await user.click(screen.getByRole('button', { name: label }));
  const region = await whatHappened(label);
  const log = screen.getByRole('region', { name: 'HTTP log' });
  const inEither = [...within(region).queryAllByText(explanation), ...within(log).queryAllByText(explanation)];
  expect(inEither.length).toBeGreaterThan(0);
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>).hasOwnProperty).toBe(Object.prototype.hasOwnProperty);
});

test('every example the playground offers is covered above, and nothing else', () => {
  expect(BAD_EXAMPLES.map(([label]) => label).sort()).toEqual(SET_COOKIE_EXAMPLES.map((example) => example.label).sort());
});

test('the jar keeps working after hostile names', async () => {
  const { user } = await renderPretendRoute(PAGE);
  await user.click(screen.getByRole('button', { name: 'The name __proto__' }));
  await whatHappened('The name __proto__');
  await user.click(screen.getByRole('button', { name: 'The name hasOwnProperty' }));
  await whatHappened('The name hasOwnProperty');
  await user.click(screen.getByRole('button', { name: 'Visit https://www.rithmschool.com/' }));
  const region = await whatHappened('Visit https://www.rithmschool.com/');
  expect(within(region).getByText('Cookie: __proto__=polluted; hasOwnProperty=1')).toBeInTheDocument();
});
