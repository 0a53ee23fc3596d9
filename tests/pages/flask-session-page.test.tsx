import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppRoutes, preloadAllPages } from '../../src/app/app-routes.tsx';

// Each page is its own chunk, which the browser loads before hydrating: here, before any test renders.
await preloadAllPages();
import { paths } from '../../src/config/paths.ts';
import { parseTaggedJson, serializeTaggedJson } from '../../src/stores/flask-session/index.ts';
import { readFlaskSessionVectors, vectorSignedWith } from '../components/flask-session/vectors.ts';

/**
 * jsdom runs here with Node's own WebCrypto and CompressionStream (vitest's jsdom environment
 * keeps Node's globals where jsdom has none), and the codec copies every buffer into a fresh one
 * before handing it to crypto.subtle, so jsdom's cross-realm Uint8Arrays never reach WebCrypto.
 * jsdom has no Worker: the guesser falls back to its in-page runner, the same job in slices.
 */

const vectors = readFlaskSessionVectors();
afterEach(() => {
  vi.unstubAllGlobals();
});

const vector = (secret: string, compressed = false) => vectorSignedWith(vectors, secret, compressed);

function LocationProbe() {
  const location = useLocation();
  return <p data-testid="location">{`${location.pathname}${location.search}`}</p>;
}

function renderTool(prefill?: { cookie?: string; secret?: string }) {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[paths.flaskTool(prefill)]}>
      <AppRoutes />
      <LocationProbe />
    </MemoryRouter>,
  );
  return user;
}

const status = () => screen.getByRole('status');
// The verdict's status line, read afresh each try: while the verdict's code loads, its fallback
// shows a 'Checking…' line of its own, which the arriving verdict replaces (a held element stays
// 'Checking…' for good once detached).
const findStatus = (text: RegExp | string) =>
  vi.waitFor(
    () => {
      const element = screen.getByRole('status');
      expect(element).toHaveTextContent(text);
      return element;
    },
    { timeout: 10_000 },
  );
const decodedRegion = () => screen.getByRole('region', { name: 'Decoded session' });

test('a shared link with ?cookie=&secret= shows "Signature valid" and the session as Flask stored it', async () => {
  const dev = vector('dev');
  renderTool({ cookie: dev.cookie, secret: dev.secret });
  await findStatus('Signature valid');
  expect(screen.getByRole('textbox', { name: 'Session cookie' })).toHaveValue(dev.cookie);
  expect(screen.getByRole('textbox', { name: 'Secret key' })).toHaveValue('dev');
  const region = decodedRegion();
  expect(region.querySelector('pre')).toHaveTextContent('"fav_number": 42');
  expect(within(region).getByRole('cell', { name: 'int' })).toBeInTheDocument();
  expect(region).toHaveTextContent('Signed at: 2026-11-25 20:38:50 UTC (Unix time 1795639130)');
  expect(status()).toHaveTextContent(/Signed at 2026-11-25 20:38:50 UTC/);
});

test('every fixture made by real Flask verifies, and its JSON is shown byte for byte', async () => {
  for (const fixture of vectors) {
    const user = renderTool({ cookie: fixture.cookie, secret: fixture.secret });
    await findStatus('Signature valid');
    await user.click(within(decodedRegion()).getByRole('checkbox', { name: /Pretty-print/ }));
    // Flask stores keys sorted and compact: the fixture's JSON in that form.
    const parsed = parseTaggedJson(fixture.tagged_json);
    expect(parsed.ok && decodedRegion().querySelector('pre')?.textContent).toBe(parsed.ok && serializeTaggedJson(parsed.value));
    document.body.innerHTML = '';
  }
});

test('the wrong secret key says "Signature invalid" and why', async () => {
  const dev = vector('dev');
  renderTool({ cookie: dev.cookie, secret: 'not-dev' });
  const element = await findStatus('Signature invalid');
  expect(element).toHaveTextContent(/BadSignature/);
  expect(element).not.toHaveTextContent('Signature valid');
});

test('a tampered payload fails with the right secret', async () => {
  const dev = vector('dev');
  renderTool({ cookie: dev.tampered, secret: dev.secret });
  await findStatus('Signature invalid');
});

test('input that is not a session cookie says what is wrong with it', async () => {
  renderTool({ cookie: 'hello-world', secret: 'dev' });
  const element = await findStatus('Not a Flask session cookie');
  expect(element).toHaveTextContent(/Malformed.*no '\.' at all/);
  expect(within(decodedRegion()).queryByRole('table')).toBeNull();
});

test('without a secret the cookie is still decoded, and marked untrusted', async () => {
  const lecture = vector('SHHHHHHHHHH SEEKRIT');
  renderTool({ cookie: lecture.cookie });
  const element = await findStatus('Signature not checked');
  expect(element).toHaveTextContent(/untrusted/);
  const region = decodedRegion();
  // Markup is shown as its source text: no <b> element is ever made from the cookie.
  expect(within(region).getByText("Markup('<b>ixz</b>')")).toBeInTheDocument();
  expect(region.querySelector('b')).toBeNull();
  expect(within(region).getByText("UUID('1a2b8f1f-f1fd-42a2-9755-d4c13a902931')")).toBeInTheDocument();
});

test('the compressed fixture decodes (the leading "." means zlib)', async () => {
  const compressed = vector('SHHHHHHHHHH SEEKRIT', true);
  renderTool({ cookie: compressed.cookie, secret: compressed.secret });
  await findStatus('Signature valid');
  expect(decodedRegion()).toHaveTextContent('zlib-compressed in the cookie');
  expect(decodedRegion().querySelector('pre')).toHaveTextContent('"big": "taco taco');
});

test('the result follows the input as it is typed, and the URL follows without the secret', async () => {
  const dev = vector('dev');
  const user = renderTool();
  const cookieBox = await screen.findByRole('textbox', { name: 'Session cookie' }, { timeout: 5000 });
  await user.click(cookieBox);
  await user.paste(dev.cookie);
  await findStatus('Signature not checked');
  await user.type(screen.getByRole('textbox', { name: 'Secret key' }), 'dev');
  await findStatus('Signature valid');
  await vi.waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`?cookie=${dev.cookie}`));
  expect(screen.getByTestId('location')).not.toHaveTextContent('secret=');

  await user.click(screen.getByRole('checkbox', { name: /secret key in the page’s URL/ }));
  expect(screen.getByText(/Only for practice secrets/)).toBeInTheDocument();
  await vi.waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('&secret=dev'));
});

test('a link that arrives with a secret keeps it in the URL, with the warning', async () => {
  const dev = vector('dev');
  renderTool({ cookie: dev.cookie, secret: 'dev' });
  await findStatus('Signature valid');
  expect(screen.getByRole('checkbox', { name: /secret key in the page’s URL/ })).toBeChecked();
  expect(screen.getByText(/A URL is not a safe place for a real secret key/)).toBeInTheDocument();
});

describe('signing', () => {
  test('gives the same cookie as Flask for the same data, key and second', async () => {
    const dev = vector('dev');
    const user = renderTool();
    const json = await screen.findByRole('textbox', { name: 'Session JSON' }, { timeout: 5000 });
    await user.clear(json);
    await user.type(json, '{{"fav_number": 42}');
    await user.type(screen.getByRole('textbox', { name: 'Secret key' }), 'dev');
    await user.type(screen.getByRole('textbox', { name: /Signed at/ }), '1795639130');
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    const signed = screen.getByRole('textbox', { name: 'Signed cookie' });
    await vi.waitFor(() => expect(signed).toHaveValue(dev.cookie));
    expect(signed).toHaveAttribute('readonly');

    await user.click(screen.getByRole('button', { name: 'Decode this cookie above' }));
    await findStatus('Signature valid');
  });

  test('a signed-now cookie round-trips through the decoder', async () => {
    const user = renderTool();
    await user.type(await screen.findByRole('textbox', { name: 'Secret key' }, { timeout: 5000 }), 's3cret');
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    await vi.waitFor(() => expect(screen.getByRole('textbox', { name: 'Signed cookie' })).not.toHaveValue(''));
    await user.click(screen.getByRole('button', { name: 'Decode this cookie above' }));
    await findStatus(/Signature valid.*Not expired/);
    expect(within(decodedRegion()).getByText("(1, 'a')")).toBeInTheDocument();
  });

  test('bad JSON and an empty key are refused in an alert', async () => {
    const user = renderTool();
    const json = await screen.findByRole('textbox', { name: 'Session JSON' }, { timeout: 5000 });
    await user.clear(json);
    await user.type(json, '{{"a": 1,}');
    await user.type(screen.getByRole('textbox', { name: 'Secret key' }), 'dev');
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^BadPayload: Not Flask's tagged JSON/);
    expect(screen.getByRole('textbox', { name: 'Signed cookie' })).toHaveValue('');

    await user.clear(screen.getByRole('textbox', { name: 'Secret key' }));
    await user.clear(json);
    await user.type(json, '{{}');
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    await vi.waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^Enter the secret key first.*Flask refuses to sign a session without a SECRET_KEY/));
  });
});

test('the weak-secret guesser finds "dev", confirms it, and can put it in the key box', async () => {
  const dev = vector('dev');
  const user = renderTool({ cookie: dev.cookie });
  await findStatus('Signature not checked');
  await user.type(screen.getByRole('textbox', { name: 'Your own guesses (one per line)' }), 'letmein{Enter}dev');
  await user.click(screen.getByRole('button', { name: 'Guess the secret key' }));
  expect(await screen.findByText(/Found the secret key/, undefined, { timeout: 5000 })).toHaveTextContent('"dev", confirmed with WebCrypto');
  expect(screen.getByRole('progressbar', { name: 'Guessing progress' })).toBeInTheDocument();
  expect(screen.getByText(/No Web Workers here/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();
  await user.click(screen.getByRole('button', { name: 'Use this secret key' }));
  await findStatus('Signature valid');
});

test('without crypto.subtle (not a secure context) it says so, and still decodes', async () => {
  vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => bytes });
  const dev = vector('dev');
  renderTool({ cookie: dev.cookie, secret: 'dev' });
  expect(await screen.findByText(/crypto\.subtle is missing here/, undefined, { timeout: 5000 })).toBeInTheDocument();
  const element = await findStatus('Signature not checked');
  expect(element).toHaveTextContent(/crypto\.subtle \(WebCrypto\) is missing/);
  expect(decodedRegion().querySelector('pre')).toHaveTextContent('"fav_number": 42');
  expect(screen.getByRole('button', { name: 'Sign' })).toBeDisabled();
});
