// Serves dist/ on a free loopback port with a plain Python static file server that falls back to
// 404.html like GitHub Pages (scripts/static_server.py). Used by the browser tests and the benchmark.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export async function startStaticServer(dir = resolve(import.meta.dirname, '..', 'dist'), { fallback = true } = {}) {
  if (fallback && !existsSync(resolve(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run npm run build first`);
  const child = spawn('python3', ['-u', resolve(import.meta.dirname, 'static_server.py'), dir, '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error('scripts/static_server.py did not start within 10 s')), 10_000);
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      const match = /port (\d+)/.exec(String(chunk));
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
  });
  child.stderr.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => child.kill(),
  };
}

export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];
