// The course's real server under load, on loopback: requests per second and latency of
// GET /api/later-cookie and of a server-side session read (GET /api/server-side/my-route with a
// logged-in session id), through `npm start` itself (scripts/start.mjs: the compiled server and its
// SQLite store). A bounded run: a warm-up, then a few thousand requests per route, 16 at a time
// over keep-alive connections (raw node:net sockets, see rawConnection: no external tool). Every answer is checked;
// any error fails the bench. Goals (printed, not enforced): ≥ 10,000 req/s for later-cookie,
// ≥ 3,000 for the session read, p99 ≤ 10 ms.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';

// The load generator shares the cores with the server: let V8 optimize its few hot functions
// within the warm-up (as scripts/start.mjs does for the server), so that over the measured
// requests it costs the machine less than the server it measures (client CPU is printed).
v8.setFlagsFromString('--interrupt-budget=16384');

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false } }, strict: false });
const REQUESTS = args.quick ? 2_000 : 5_000;
const WARMUP = 500;
const CONCURRENCY = 16;

// A stand-in for dist/ (npm start would build the site otherwise): the bench measures the server only.
const folder = mkdtempSync(join(tmpdir(), 'bench-server-'));
writeFileSync(join(folder, 'index.html'), '<!doctype html><title>bench</title>');
const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
  cwd: root,
  env: { ...process.env, DIST_DIR: folder, HOST: '127.0.0.1', PORT: '0', SESSION_DB: join(folder, 'sessions.sqlite'), SECRET_KEY: 'bench key' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
// However the bench ends (a failed check, an exception, a closed stdout), the server goes with it.
process.on('exit', () => child.kill());
const origin = await new Promise((done, fail) => {
  let text = '';
  child.stdout.on('data', (chunk) => {
    text += chunk;
    const found = /The course and its server: (http:\/\/[^/\s]+)/.exec(text);
    if (found) done(found[1]);
  });
  child.on('exit', (code) => fail(new Error(`npm start exited (${code}):\n${text}`)));
});
const { hostname, port } = new URL(origin);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One request through node:http (the bench's setup: log in, store fav_number). */
function request(method, path, headers = {}, body = null) {
  return new Promise((done, fail) => {
    const req = http.request({ host: hostname, port, method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', fail);
    });
    req.on('error', fail);
    if (body !== null) req.write(body);
    req.end();
  });
}

/**
 * The load itself goes over raw keep-alive sockets (node:net), one request in flight on each:
 * the request's bytes are built once, and the reply is read just far enough to check it (status
 * line, Content-Length, body). The load generator shares the machine's cores with the server, and
 * node:http's client costs about as much CPU per request as the server does while both are still
 * warming up, so a heavier client would measure itself. Every answer is still checked.
 */
const HEAD_END = Buffer.from('\r\n\r\n');
function rawConnection() {
  const socket = net.connect({ host: hostname, port, noDelay: true });
  let pending = null;
  let buffered = null;
  let started = 0;
  const settle = (outcome) => {
    const waiting = pending;
    pending = null;
    waiting?.(outcome);
  };
  socket.on('data', (chunk) => {
    buffered = buffered === null ? chunk : Buffer.concat([buffered, chunk]);
    const end = buffered.indexOf(HEAD_END);
    if (end === -1) return;
    const head = buffered.toString('latin1', 0, end);
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (length === null) {
      settle({ error: 'a reply without Content-Length' });
      socket.destroy();
      return;
    }
    const bodyEnd = end + 4 + Number(length[1]);
    if (buffered.length < bodyEnd) return;
    const reply = { status: Number(head.slice(9, 12)), body: buffered.toString('utf8', end + 4, bodyEnd), ms: performance.now() - started };
    buffered = buffered.length === bodyEnd ? null : buffered.subarray(bodyEnd);
    settle(reply);
  });
  const closed = (error) => {
    settle({ error: error?.message ?? 'the server closed the connection' });
  };
  socket.on('error', closed);
  socket.on('close', () => closed());
  const ready = new Promise((done, fail) => {
    socket.once('connect', done);
    socket.once('error', fail);
  });
  return {
    ready,
    socket,
    send(bytes) {
      return new Promise((done) => {
        if (socket.destroyed) {
          done({ error: 'connection lost' });
          return;
        }
        pending = done;
        started = performance.now();
        socket.write(bytes);
      });
    },
  };
}

/** A GET's bytes on the wire, built once per route. */
const rawGet = (path, headers) =>
  Buffer.from(`GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`, 'latin1');

/**
 * The server process's CPU time so far, in ms (Linux /proc; null elsewhere). On a shared, busy
 * machine wall-clock req/s says more about the neighbours than about the server; CPU time per
 * request does not, and 1000 / (ms per request) is what one core could serve.
 */
function serverCpuMs() {
  const stat = `/proc/${child.pid}/stat`;
  if (!existsSync(stat)) return null;
  const fields = readFileSync(stat, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15 of stat(5))
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

async function load(label, bytes, check) {
  const connections = Array.from({ length: CONCURRENCY }, rawConnection);
  await Promise.all(connections.map((connection) => connection.ready));
  const run = async (count) => {
    const latencies = [];
    let errors = 0;
    let next = 0;
    const worker = async (connection) => {
      while (next < count) {
        next += 1;
        const reply = await connection.send(bytes);
        if (reply.error === undefined && check(reply)) latencies.push(reply.ms);
        else errors += 1;
      }
    };
    const started = performance.now();
    await Promise.all(connections.map(worker));
    return { seconds: (performance.now() - started) / 1000, latencies, errors };
  };
  await run(WARMUP);
  const cpuBefore = serverCpuMs();
  const clientBefore = process.cpuUsage();
  const { seconds, latencies, errors } = await run(REQUESTS);
  const client = process.cpuUsage(clientBefore);
  const cpuAfter = serverCpuMs();
  for (const connection of connections) connection.socket.destroy();
  const cpuPerRequest = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / REQUESTS;
  const clientPerRequest = (client.user + client.system) / 1000 / REQUESTS;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const result = { label, rps: REQUESTS / seconds, p50: at(0.5), p99: at(0.99), errors, cpuPerRequest, clientPerRequest };
  const cpu = cpuPerRequest === null ? '' : `   server CPU ${(cpuPerRequest * 1000).toFixed(0)} µs/req (≈ ${(1000 / cpuPerRequest).toFixed(0)} req/s per core)`;
  console.log(
    `  ${label.padEnd(42)} ${result.rps.toFixed(0).padStart(7)} req/s   p50 ${result.p50.toFixed(2)} ms   p99 ${result.p99.toFixed(2)} ms   errors ${errors}${cpu}   client CPU ${(clientPerRequest * 1000).toFixed(0)} µs/req`,
  );
  return result;
}

console.log(
  `\nThe course's real server (npm start) on loopback: ${REQUESTS} requests per route after ${WARMUP} warm-up, ${CONCURRENCY} at a time, keep-alive (client: ${CONCURRENCY} raw node:net sockets, one request in flight on each)`,
);
const results = [];
results.push(
  await load('GET /api/later-cookie (fav_color=teal)', rawGet('/api/later-cookie', { Cookie: 'fav_color=teal' }), (r) => r.status === 200 && r.body.startsWith('Your favorite color is teal.')),
);
const login = await request('POST', '/api/server-side/login', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'user=ada');
const sessionCookie = String(login.headers['set-cookie']?.[0] ?? '').split(';', 1)[0];
await request('GET', '/api/server-side/some-route', { Cookie: sessionCookie });
results.push(
  await load('GET /api/server-side/my-route (SQLite read)', rawGet('/api/server-side/my-route', { Cookie: sessionCookie }), (r) => r.status === 200 && r.body.startsWith('Favorite number is 42')),
);
agent.destroy();
child.kill();

const goals = [
  [results[0], 10_000],
  [results[1], 3_000],
];
for (const [result, goal] of goals) {
  const met = result.rps >= goal && result.p99 <= 10;
  console.log(`  goal ${result.label.split(' (')[0]}: ≥ ${goal} req/s and p99 ≤ 10 ms: ${met ? 'met' : 'NOT met'}`);
}
if (results.some((result) => result.errors > 0)) {
  console.error('bench-server: some requests failed');
  process.exit(1);
}
