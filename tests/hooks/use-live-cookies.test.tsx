import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { useLiveCookies } from '../../src/hooks/use-live-cookies.ts';
import { resetBrowserState } from '../test-utils.tsx';

beforeEach(resetBrowserState);
afterEach(resetBrowserState);

const pairs = (snapshot: ReturnType<typeof useLiveCookies>['snapshot']) =>
  snapshot.status === 'ok' ? snapshot.entries.map(({ name, value }) => [name, value]) : snapshot.status;

test('the live list reads cookies without the write rules, and a Save loads them, checks and writes', async () => {
  document.cookie = 'stl_keep=1; Path=/';
  const { result } = renderHook(() => useLiveCookies());
  await waitFor(() => expect(pairs(result.current.snapshot)).toEqual([['stl_keep', '1']]));
  let outcome: Awaited<ReturnType<typeof result.current.save>> | undefined;
  await act(async () => {
    outcome = await result.current.save({ name: 'stl_new', value: 'two words', encodeValue: true });
  });
  expect(outcome?.status).toBe('ok');
  expect(pairs(result.current.snapshot)).toEqual([
    ['stl_keep', '1'],
    ['stl_new', 'two%20words'],
  ]);
  // The rules refuse a bad name with the rule it broke; nothing stored is lost.
  await act(async () => {
    outcome = await result.current.save({ name: 'bad;name', value: 'x' });
  });
  expect(outcome?.status === 'failed' && outcome.reason).toMatch(/RFC 6265 token/);
  expect(document.cookie).toBe('stl_keep=1; stl_new=two%20words');
});

test('a Save and a Delete asked for before the rules arrive are done in the order they were asked', async () => {
  const { result } = renderHook(() => useLiveCookies());
  await waitFor(() => expect(result.current.snapshot.status).toBe('ok'));
  const order: string[] = [];
  await act(async () => {
    const saved = result.current.save({ name: 'stl_order', value: 'first' }).then((r) => order.push(`save ${r.status}`));
    // Asked for while the Save may still wait for the rules' code: it must not run before it.
    const entry = { id: 'stl_order#0', name: 'stl_order', value: 'first', size: 14, attributes: null };
    const removed = result.current.remove(entry).then((r) => order.push(`remove ${r.status}`));
    await Promise.all([saved, removed]);
  });
  expect(order).toEqual(['save ok', 'remove ok']);
  expect(document.cookie).toBe('');
});
