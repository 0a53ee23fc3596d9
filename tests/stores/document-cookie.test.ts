import { expect, test } from 'vitest';
import { decodedCookieValue, splitDocumentCookie } from '../../src/stores/document-cookie.ts';
import { pathPrefixes } from '../../src/stores/cookie-store.ts';

test('splits document.cookie into pairs, keeping duplicates and raw values', () => {
  expect(splitDocumentCookie('a=1; b=x%20y; a=2')).toEqual([
    { name: 'a', value: '1' },
    { name: 'b', value: 'x%20y' },
    { name: 'a', value: '2' },
  ]);
});

test('a value may contain "="; a pair without "=" is a nameless cookie', () => {
  expect(splitDocumentCookie('token=abc==; lonely')).toEqual([
    { name: 'token', value: 'abc==' },
    { name: '', value: 'lonely' },
  ]);
});

test('an empty cookie string has no pairs', () => {
  expect(splitDocumentCookie('')).toEqual([]);
  expect(splitDocumentCookie('   ')).toEqual([]);
});

test('the decoded view appears only when percent-decoding changes the value', () => {
  expect(decodedCookieValue('cr%C3%A8me')).toBe('crème');
  expect(decodedCookieValue('plain')).toBeNull();
  expect(decodedCookieValue('100%')).toBeNull();
});

test('a cookie of unknown path may live at any prefix of the page path', () => {
  expect(pathPrefixes('/lessons/cookies/x')).toEqual(['/', '/lessons', '/lessons/cookies', '/lessons/cookies/x']);
});
