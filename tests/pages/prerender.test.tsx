// @vitest-environment node
import { expect, test } from 'vitest';
import { prerenderedRoutes, render } from '../../src/entry-server.tsx';

test('every route prerenders without a window, with its text in the HTML', async () => {
  expect(typeof window).toBe('undefined');
  for (const route of prerenderedRoutes()) {
    const html = await render(route);
    expect(html, route).toMatch(/<h1[^>]*>/);
    expect(html, route).not.toContain('Page not found');
  }
});

test('lesson text is in the prerendered HTML; browser-only values are not', async () => {
  const html = await render('/lessons/local-storage');
  expect(html).toContain('A dictionary in the browser');
  expect(html).toMatch(/Reading this browser’s (<!-- -->)?localStorage(<!-- -->)?…/);
  expect(html).toContain('(read in your browser)');
});

test('prerendered HTML has no inline script, so the strict CSP holds (large lazy pages included)', async () => {
  for (const route of prerenderedRoutes()) {
    const html = await render(route);
    expect(html, route).not.toMatch(/<script|<template/);
  }
});
