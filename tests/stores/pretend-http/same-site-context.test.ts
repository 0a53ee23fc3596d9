// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isSameSite, sameSiteContextOf, siteOf } from '../../../src/stores/pretend-http/site-for-cookies.ts';
import { createPretendBrowser } from '../../../src/stores/pretend-http/pretend-browser.ts';
import { SITE_ORIGINS } from '../../../src/stores/pretend-http/pretend-sites.ts';

const WWW = SITE_ORIGINS.rithmWww;
const SHOP = SITE_ORIGINS.rithmShop;
const ADS = SITE_ORIGINS.adNetwork;

describe('which site a URL belongs to', () => {
  const cases: readonly [string, string][] = [
    ['https://www.rithmschool.com/x', 'https://rithmschool.com'],
    ['https://shop.rithmschool.com/', 'https://rithmschool.com'],
    ['http://www.rithmschool.com/', 'http://rithmschool.com'],
    ['https://ads.example/pixel.gif', 'https://ads.example'],
    ['http://localhost:5000/', 'http://localhost'],
    ['http://127.0.0.1:5000/', 'http://127.0.0.1'],
    ['https://learner.github.io/', 'https://learner.github.io'],
  ];
  test.each(cases)('%s is on site %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  test('www. and shop. are the same site; http and https are not (schemeful same-site)', () => {
    expect(isSameSite(WWW, SHOP)).toBe(true);
    expect(isSameSite(WWW, SITE_ORIGINS.rithmWwwInsecure)).toBe(false);
    expect(isSameSite(WWW, ADS)).toBe(false);
  });
});

describe('the SameSite context of a request', () => {
  const cases: readonly [string, Parameters<typeof sameSiteContextOf>[0], string][] = [
    ['typed into the address bar', { url: `${WWW}/` }, 'strict'],
    ['a same-site fetch from shop.', { url: `${WWW}/calendar.jpg`, from: SHOP }, 'strict'],
    ['a link from another site', { url: `${WWW}/event-detail`, from: ADS, navigation: true }, 'lax'],
    ['a form POST from another site', { url: `${WWW}/event-detail`, from: ADS, navigation: true, method: 'POST' }, 'none'],
    ['an image embedded by another site', { url: `${WWW}/calendar.jpg`, from: ADS }, 'none'],
  ];
  test.each(cases)('%s → %s', (_label, initiator, expected) => {
    expect(sameSiteContextOf(initiator)).toBe(expected);
  });
});

describe('SameSite through the pretend browser', () => {
  async function browserWithCookies() {
    const browser = createPretendBrowser();
    const headers = ['strict_c=1; SameSite=Strict; Path=/', 'lax_c=1; SameSite=Lax; Path=/', 'none_c=1; SameSite=None; Secure; Path=/'];
    const query = headers.map((header) => `header=${encodeURIComponent(header)}`).join('&');
    const set = await browser.fetch(`${WWW}/set?${query}`);
    expect(set.setCookies.map((verdict) => verdict.outcome)).toEqual(['stored', 'stored', 'stored']);
    return browser;
  }

  test('a link from ads.example carries Lax and None cookies but not Strict', async () => {
    const browser = await browserWithCookies();
    const exchange = await browser.fetch(`${WWW}/event-detail`, { from: ADS, navigation: true });
    expect(exchange.sameSiteContext).toBe('lax');
    expect(exchange.requestCookies.map((cookie) => cookie.name)).toEqual(['lax_c', 'none_c']);
    expect(exchange.notes.join(' ')).toContain('strict_c was not sent: it is SameSite=Strict');
  });

  test('an image embedded by ads.example carries only the SameSite=None cookie', async () => {
    const browser = await browserWithCookies();
    const exchange = await browser.fetch(`${WWW}/calendar.jpg`, { from: ADS });
    expect(exchange.requestCookies.map((cookie) => cookie.name)).toEqual(['none_c']);
    expect(exchange.responseHeaders).toContainEqual(['Content-Type', 'image/jpeg']);
  });

  test('shop.rithmschool.com is the same site, so even Strict cookies set for the parent domain go', async () => {
    const browser = createPretendBrowser();
    await browser.fetch(`${WWW}/set?header=${encodeURIComponent('s=1; SameSite=Strict; Domain=rithmschool.com; Path=/')}`);
    const exchange = await browser.fetch(`${SHOP}/`, { from: WWW });
    expect(exchange.requestCookies).toEqual([{ name: 's', value: '1' }]);
  });

  test("the ad network's tracking pixel sets a cross-site cookie that comes back from every site", async () => {
    const browser = createPretendBrowser();
    const first = await browser.fetch(`${ADS}/pixel.gif`, { from: WWW });
    expect(first.setCookies[0]).toMatchObject({ name: 'ad_id', outcome: 'stored' });
    const second = await browser.fetch(`${ADS}/pixel.gif`, { from: SITE_ORIGINS.flaskDemo });
    expect(second.requestCookies).toEqual([{ name: 'ad_id', value: 'visitor-42' }]);
  });

  test('a host-only cookie from www. is not sent to shop.', async () => {
    const browser = createPretendBrowser();
    const events = await browser.fetch(`${WWW}/upcoming-events`);
    expect(events.responseHeaders).toContainEqual(['Set-Cookie', 'favorite_food=taco']);
    expect((await browser.fetch(`${WWW}/event-detail`)).requestCookies).toEqual([{ name: 'favorite_food', value: 'taco' }]);
    expect((await browser.fetch(`${SHOP}/`)).requestCookies).toEqual([]);
  });
});
