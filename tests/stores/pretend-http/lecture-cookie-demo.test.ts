// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createPretendBrowser } from '../../../src/stores/pretend-http/pretend-browser.ts';
import { SITE_ORIGINS } from '../../../src/stores/pretend-http/pretend-sites.ts';
import { UNSET } from '../../../src/server/flask-cookie-routes.ts';

const FLASK = SITE_ORIGINS.flaskDemo;

function lines(text: string): string[] {
  return text.split('\n');
}

describe("the lecture's Flask demo", () => {
  test('learner saves a favorite color and /later-cookie remembers it', async () => {
    const browser = createPretendBrowser();
    const saved = await browser.fetch(`${FLASK}/handle-form-cookie?fav_color=blue`);

    expect(saved.status).toBe(200);
    expect(saved.responseBody).toContain('blue');
    expect(lines(saved.requestText)).toEqual(['GET /handle-form-cookie?fav_color=blue HTTP/1.1', 'Host: localhost:5000']);
    expect(lines(saved.responseText)).toContain('HTTP/1.1 200 OK');
    expect(lines(saved.responseText)).toContain('Content-Type: text/plain; charset=utf-8');
    expect(lines(saved.responseText)).toContain('Set-Cookie: fav_color=blue; Path=/');
    expect(saved.setCookies).toEqual([
      expect.objectContaining({ header: 'fav_color=blue; Path=/', name: 'fav_color', outcome: 'stored', accepted: true }),
    ]);

    const later = await browser.fetch(`${FLASK}/later-cookie`);
    expect(later.requestCookies).toEqual([{ name: 'fav_color', value: 'blue' }]);
    expect(lines(later.requestText)).toEqual(['GET /later-cookie HTTP/1.1', 'Host: localhost:5000', 'Cookie: fav_color=blue']);
    expect(lines(later.responseText).slice(0, 2)).toEqual(['HTTP/1.1 200 OK', 'Content-Type: text/plain; charset=utf-8']);
    expect(later.responseBody).toContain('Your favorite color is blue.');
    expect(later.setCookies).toEqual([]);
  });

  test('without the cookie /later-cookie shows <unset> and sends no Cookie header', async () => {
    const browser = createPretendBrowser();
    const later = await browser.fetch(`${FLASK}/later-cookie`);

    expect(later.responseBody).toContain(`Your favorite color is ${UNSET}.`);
    expect(later.requestCookies).toEqual([]);
    expect(later.requestText).not.toContain('Cookie:');
  });

  test('the response is a body after a blank line, as on the wire', async () => {
    const browser = createPretendBrowser();
    const saved = await browser.fetch(`${FLASK}/handle-form-cookie?fav_color=blue`);
    const [head, body] = saved.responseText.split('\n\n');
    expect(head).toBe(
      ['HTTP/1.1 200 OK', 'Content-Type: text/plain; charset=utf-8', 'Set-Cookie: fav_color=blue; Path=/'].join('\n'),
    );
    expect(body).toBe(saved.responseBody);
  });

  test('the HTTP log records both exchanges in order', async () => {
    const browser = createPretendBrowser();
    await browser.fetch(`${FLASK}/handle-form-cookie?fav_color=green`);
    await browser.fetch(`${FLASK}/later-cookie`);

    const log = browser.log.getSnapshot();
    expect(log.map((exchange) => [exchange.method, exchange.url, exchange.status])).toEqual([
      ['GET', `${FLASK}/handle-form-cookie?fav_color=green`, 200],
      ['GET', `${FLASK}/later-cookie`, 200],
    ]);
    expect(log[1]?.responseBody).toContain('green');
  });

  test('a new color replaces the old cookie instead of adding a second one', async () => {
    const browser = createPretendBrowser();
    await browser.fetch(`${FLASK}/handle-form-cookie?fav_color=blue`);
    const again = await browser.fetch(`${FLASK}/handle-form-cookie?fav_color=red`);

    expect(again.requestCookies).toEqual([{ name: 'fav_color', value: 'blue' }]);
    expect(again.setCookies[0]?.outcome).toBe('replaced');
    const rows = await browser.listCookies();
    expect(rows.map((row) => [row.name, row.value, row.domain, row.path, row.hostOnly, row.expires])).toEqual([
      ['fav_color', 'red', 'localhost', '/', true, 'Session'],
    ]);
  });

  test('the same Flask app reached as 127.0.0.1 does not get the localhost cookie', async () => {
    const browser = createPretendBrowser();
    await browser.fetch(`${FLASK}/handle-form-cookie?fav_color=blue`);
    const byIp = await browser.fetch(`${SITE_ORIGINS.flaskDemoByIp}/later-cookie`);

    expect(byIp.requestCookies).toEqual([]);
    expect(byIp.responseBody).toContain(UNSET);
  });

  test('cookies ignore the port: localhost:3000 gets the cookie localhost:5000 set', async () => {
    const browser = createPretendBrowser();
    await browser.fetch(`${FLASK}/handle-form-cookie?fav_color=blue`);
    const otherPort = await browser.fetch('http://localhost:3000/');

    expect(otherPort.requestCookies).toEqual([{ name: 'fav_color', value: 'blue' }]);
    expect(otherPort.status).toBe(502);
    expect(otherPort.responseBody).toContain('no such pretend site');
  });
});

describe('the goldfish server', () => {
  test('greet only knows the name the request carries', async () => {
    const browser = createPretendBrowser();
    const named = await browser.fetch(`${FLASK}/greet?name=Ada`);
    const forgotten = await browser.fetch(`${FLASK}/greet`);

    expect(named.responseBody).toContain('Hello, Ada!');
    expect(forgotten.responseBody).toContain('Hello, stranger!');
    expect(forgotten.responseBody).not.toContain('Ada');
  });

  test('the home page introduces the goldfish', async () => {
    const browser = createPretendBrowser();
    const home = await browser.fetch(`${FLASK}/`);
    expect(home.status).toBe(200);
    expect(home.responseBody).toMatch(/goldfish/i);
  });

  test('a missing fav_color is a 400, and sets nothing', async () => {
    const browser = createPretendBrowser();
    const bad = await browser.fetch(`${FLASK}/handle-form-cookie`);
    expect(lines(bad.responseText)[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(bad.setCookies).toEqual([]);
  });
});
