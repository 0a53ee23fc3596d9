import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const route of process.argv.slice(2)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (r) => { const t = r.request().resourceType(); if (['document','script','stylesheet'].includes(t) && r.status() === 200) bodies.push(r.body().then(b => [r.url().replace(/.*\//,''), gzipSync(b).length])); });
  await page.goto('http://127.0.0.1:4173' + route, { waitUntil: 'networkidle' });
  const list = await Promise.all(bodies);
  console.log(route, list.reduce((s, [,n]) => s + n, 0));
  for (const [u, n] of list.sort((a,b)=>b[1]-a[1])) console.log('   ', n, u);
  await context.close();
}
await browser.close();
