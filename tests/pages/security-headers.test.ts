// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../csp.config.ts';

const headers = readFileSync(resolve(process.cwd(), 'public/_headers'), 'utf8');

test('the headers file sends the same CSP as the meta tag, plus frame-ancestors', () => {
  expect(headers).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
});

test('the CSP allows no inline script and no eval; WebAssembly only (sql.js)', () => {
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
});

test('the headers file sets nosniff and a referrer policy', () => {
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(headers).toMatch(/Referrer-Policy: \S+/);
});

test('the CSP requires Trusted Types for script sinks and allows only the default policy', () => {
  expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
  expect(CONTENT_SECURITY_POLICY).toContain('trusted-types default');
});
