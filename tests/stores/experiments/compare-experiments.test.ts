import { expect, test } from 'vitest';
import { parseComparePath } from '../../../src/stores/experiments/compare-keys.ts';
import { checkCompareEntry } from '../../../src/components/compare/check-compare-entry.ts';
import { compareEntryPath } from '../../../src/config/paths.ts';
import { checkClosedTab, parseMarker, serializeMarker } from '../../../src/stores/experiments/experiment-markers.ts';
import { createExperimentResultsStore } from '../../../src/stores/experiments/experiment-results.ts';
import { factCell } from '../../../src/components/compare/measured-facts.ts';
import { presenceOf, readEverywhere, type TabView } from '../../../src/stores/experiments/read-everywhere.ts';
import { whatTravelled } from '../../../src/stores/experiments/request-travel.ts';
import { strategies } from '../../../src/content/strategies.ts';
import { FillingStorage } from './fake-storage.ts';

test('a compare URL carries the pair in its path and query, and parses back, even with awkward values', () => {
  const entry = { name: 'fav-color', value: 'sky blue/ü?&#' };
  const path = compareEntryPath(entry);
  expect(path).toBe('/compare/fav-color/sky%20blue%2F%C3%BC%3F%26%23?fav-color=sky+blue%2F%C3%BC%3F%26%23');
  const url = new URL(path, 'https://x.example');
  expect(parseComparePath(url.pathname)).toEqual(entry);
  expect(url.searchParams.get('fav-color')).toBe(entry.value);
  expect(parseComparePath('/base/compare/a/b')).toEqual({ name: 'a', value: 'b' });
  expect(parseComparePath('/compare')).toBeNull();
  expect(parseComparePath('/compare/bad%ZZ/x')).toBeNull();
  expect(parseComparePath('/compare/__proto__;/x')).toBeNull();
});

test('names must work as cookie names and URL segments; values must be short and non-empty', () => {
  expect(checkCompareEntry('color', 'blue')).toBeNull();
  expect(checkCompareEntry('', 'blue')).toMatch(/name/);
  expect(checkCompareEntry('has space', 'blue')).toMatch(/letters, digits/);
  expect(checkCompareEntry('a;b', 'blue')).toMatch(/cookie name/);
  expect(checkCompareEntry('color', '')).toMatch(/value/);
  expect(checkCompareEntry('color', 'x'.repeat(101))).toMatch(/100/);
});

function view(over: Partial<TabView> = {}): TabView {
  const local = new FillingStorage(1e6);
  const session = new FillingStorage(1e6);
  local.setItem('stl:color', 'blue');
  return {
    search: '?color=blue',
    pathname: '/compare/color/blue',
    localStorage: () => local,
    sessionStorage: () => session,
    cookieText: () => 'other=1; stl_color=sky%20blue',
    ...over,
  };
}

test('reading everywhere finds each store’s value, decoding the cookie, and survives blocked storage', () => {
  expect(readEverywhere(view(), 'color')).toEqual({ query: 'blue', path: 'blue', localStorage: 'blue', sessionStorage: null, cookies: 'sky blue' });
  const blocked = view({
    localStorage: () => {
      throw new DOMException('no', 'SecurityError');
    },
  });
  expect(readEverywhere(blocked, 'color').localStorage).toBeNull();
  expect(presenceOf(readEverywhere(view(), 'color'), 'blue')).toEqual({ query: true, path: true, localStorage: true, sessionStorage: false, cookies: false });
});

test('markers round-trip, and junk is no marker at all', () => {
  const marker = { experiment: 'reload', name: 'color', value: 'blue', at: 1 } as const;
  expect(parseMarker(serializeMarker(marker), 'reload')).toEqual(marker);
  expect(parseMarker(serializeMarker(marker), 'closed-tab')).toBeNull();
  expect(parseMarker('{oops', 'reload')).toBeNull();
  expect(parseMarker('{"experiment":"reload","name":"a b","value":"x","at":1}', 'reload')).toBeNull();
});

test('a fresh tab is one whose sessionStorage does not hold the id of the tab that left the note', () => {
  const note = serializeMarker({ experiment: 'closed-tab', name: 'color', value: 'blue', at: 1, tabId: 'abc' });
  expect(checkClosedTab(note, 'abc').kind).toBe('same-tab');
  expect(checkClosedTab(note, null).kind).toBe('fresh-tab');
  expect(checkClosedTab(note, 'other').kind).toBe('fresh-tab');
  expect(checkClosedTab(null, null).kind).toBe('none');
});

test('what travelled is read off the request: URL parts and the cookie, never web storage', () => {
  const entry = { name: 'color', value: 'blue' };
  const requestText = 'GET /compare/color/blue?color=blue HTTP/1.1\r\nHost: remember.example\r\nCookie: stl_color=blue\r\n\r\n';
  const travelled = whatTravelled(
    { url: 'https://remember.example/compare/color/blue?color=blue', requestText, requestCookies: [{ name: 'stl_color', value: 'blue' }] },
    entry,
  );
  expect(travelled).toEqual({ query: true, path: true, localStorage: false, sessionStorage: false, cookies: true });
  expect(whatTravelled({ url: 'https://remember.example/compare', requestText: 'GET /compare HTTP/1.1', requestCookies: [] }, entry).cookies).toBe(false);
});

test('table cells show the documented fact until an experiment has run, then what it measured', () => {
  const results = createExperimentResultsStore();
  expect(factCell('localStorage', 'capacity', results.getSnapshot())).toEqual({ text: strategies.localStorage.capacity, source: 'documented' });
  results.recordQuota('localStorage', {
    status: 'measured',
    totalChars: 5_242_880,
    existingChars: 10,
    probeChars: 5_242_870,
    hitLimit: true,
    writes: 40,
    keysWritten: 6,
    deleted: 6,
    fullWindowMs: 4,
    otherTab: [],
    changedMeanwhile: [],
    elapsedMs: 300,
  });
  const all = { query: true, path: true, localStorage: true, sessionStorage: true, cookies: true };
  results.recordTab('link', { ...all, sessionStorage: false });
  results.record({ reload: { entry: { name: 'a', value: 'b' }, presence: all } });
  const snapshot = results.getSnapshot();
  expect(factCell('localStorage', 'capacity', snapshot)).toEqual({ text: '5,242,880 characters (10.00 MiB as UTF-16)', source: 'measured' });
  expect(factCell('sessionStorage', 'scope', snapshot).text).toBe('a new tab (link) did not see it');
  expect(factCell('sessionStorage', 'lifetime', snapshot)).toEqual({ text: 'survived a reload', source: 'measured' });
  expect(factCell('cookies', 'sentToServer', snapshot).source).toBe('documented');
});
