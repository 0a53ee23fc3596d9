import { beforeEach, expect, test } from 'vitest';
import { mayHaveLeftovers } from '../../src/app/may-have-leftovers.ts';
import { COOKIE_PROBE_PREFIX, QUOTA_PROBE_PREFIX, experimentKeys } from '../../src/config/experiment-keys.ts';
import { resetBrowserState } from '../test-utils.tsx';

beforeEach(() => resetBrowserState());

test('a page load with nothing an experiment wrote does not load the cleanup', () => {
  localStorage.setItem('stl:progress', '{}');
  sessionStorage.setItem('stl:note', 'hello');
  document.cookie = 'stl_colour=blue; Path=/';
  expect(mayHaveLeftovers()).toBe(false);
});

test.each([
  ['a quota probe key in localStorage', () => localStorage.setItem(`${QUOTA_PROBE_PREFIX}0`, 'x')],
  ['a quota probe key in sessionStorage', () => sessionStorage.setItem(`${QUOTA_PROBE_PREFIX}3`, 'x')],
  ['a probe cookie', () => (document.cookie = `${COOKIE_PROBE_PREFIX}7=x; Path=/`)],
  ['the running marker', () => localStorage.setItem(experimentKeys.running, '{}')],
  ['the record of an earlier cleanup', () => localStorage.setItem(experimentKeys.leftovers, '{}')],
])('%s left by an interrupted run makes the page load the cleanup', (_what, leave) => {
  leave();
  expect(mayHaveLeftovers()).toBe(true);
});
