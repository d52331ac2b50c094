/**
 * The static server of the e2e suite and the benchmark, and the model for deployers: it must survive
 * any request, never serve outside its folder, and send the page's policy as a header.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const POLICY = "default-src 'none'; script-src 'self'; style-src 'self'";
const INDEX = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${POLICY.replaceAll("'", '&#39;')}"></head><body>site</body></html>`;

let dir = '';
const BIG_FILE_BYTES = 24 * 1024 * 1024;
const servers: ChildProcess[] = [];

/** Starts serve.mjs on a free port; resolves with its origin, or with its exit code if it refuses to start. */
function start(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ origin: string; pid: number } | { exit: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', path.join(dir, 'dist'), '0', '/explorer/', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    servers.push(child);
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString());
      if (match) resolve({ origin: match[1]!, pid: child.pid! });
    });
    child.once('exit', (code) => resolve({ exit: code }));
  });
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path is sent exactly as written, not normalised by a URL parser. */
function get(origin: string, rawPath: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/`, { method, path: rawPath, timeout: 5000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${rawPath} within 5 s`)));
    req.on('error', reject);
    req.end();
  });
}

let origin = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'serve-test-'));
  await mkdir(path.join(dir, 'dist', 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'dist', 'index.html'), INDEX);
  await writeFile(path.join(dir, 'dist', 'assets', 'app.js'), 'console.log(1);\n');
  // Larger than what the loopback socket buffers hold, so a client that goes away leaves it half read.
  await writeFile(path.join(dir, 'dist', 'assets', 'big.js'), Buffer.alloc(BIG_FILE_BYTES, 'x'));
  await mkdir(path.join(dir, 'dist-old'));
  await writeFile(path.join(dir, 'dist-old', 'secret.txt'), 'SECRET\n');
  await writeFile(path.join(dir, 'outside.txt'), 'OUTSIDE\n');
  await symlink(path.join(dir, 'outside.txt'), path.join(dir, 'dist', 'link.txt'));
  execFileSync('mkfifo', [path.join(dir, 'dist', 'pipe.js')]);
  const started = await start([]);
  if (!('origin' in started)) throw new Error(`serve.mjs did not start (exit ${started.exit})`);
  origin = started.origin;
}, 30_000);
/** A client that asks for a file, reads the first bytes of the answer and goes away. */
function abortedDownload(at: string, rawPath: string): Promise<void> {
  const { hostname, port } = new URL(at);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () =>
      socket.write(`GET ${rawPath} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`),
    );
    socket.once('data', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
}

/** The open file descriptors of a process (Linux: the entries of /proc/<pid>/fd). */
const openDescriptors = async (pid: number) => (await readdir(`/proc/${pid}/fd`)).length;

/** Polls until `check` holds, or gives up after `deadline` ms and returns what it last saw. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, deadline = 15_000): Promise<T> {
  const giveUp = Date.now() + deadline;
  let value = await read();
  while (!check(value) && Date.now() < giveUp) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

afterAll(async () => {
  for (const server of servers) server.kill();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// Generous: the tests start Node processes, which a loaded machine can make slow.
describe('serve.mjs', { timeout: 30_000 }, () => {
  it('serves the site, its policy as a header with frame-ancestors, and protective headers', async () => {
    const reply = await get(origin, '/explorer/');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX);
    expect(reply.headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors *`);
    expect(reply.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'content-type': 'text/html; charset=utf-8',
    });
    expect((await get(origin, '/explorer/assets/app.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
  });

  it('answers a malformed escape with 400 and keeps serving', async () => {
    for (const bad of ['/explorer/%E0%A4%A', '/explorer/%', '/explorer/%zz', '/explorer/%00']) {
      expect((await get(origin, bad)).status, bad).toBe(400);
    }
    expect((await get(origin, '/explorer/')).status).toBe(200);
  });

  it('never serves a file outside its folder, not from a sibling whose name starts alike, not through a link', async () => {
    for (const escape of [
      '/explorer/..%2fdist-old/secret.txt',
      '/explorer/%2e%2e/dist-old/secret.txt',
      '/explorer/%2E%2E%2Fdist-old%2Fsecret.txt',
      '/explorer/..%5cdist-old%5csecret.txt',
      '/explorer/../dist-old/secret.txt',
      '/explorer/link.txt',
    ]) {
      const reply = await get(origin, escape);
      expect(reply.status, escape).not.toBe(200);
      expect(reply.body, escape).not.toMatch(/SECRET|OUTSIDE/);
    }
  });

  it('does not hang on a FIFO in its folder, and answers other methods with 405', async () => {
    expect((await get(origin, '/explorer/pipe.js')).status).toBe(404);
    expect((await get(origin, '/explorer/', 'POST')).status).toBe(405);
    const head = await get(origin, '/explorer/', 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it('takes frame-ancestors from an argument or the environment, and refuses a value that is not sources', async () => {
    const byArgument = await start(["--frame-ancestors='self' https://wiki.example.org"]);
    if (!('origin' in byArgument)) throw new Error('did not start');
    expect((await get(byArgument.origin, '/explorer/')).headers['content-security-policy']).toBe(
      `${POLICY}; frame-ancestors 'self' https://wiki.example.org`,
    );
    const byEnvironment = await start([], { FRAME_ANCESTORS: "'none'" });
    if (!('origin' in byEnvironment)) throw new Error('did not start');
    expect((await get(byEnvironment.origin, '/explorer/')).headers['content-security-policy']).toBe(
      `${POLICY}; frame-ancestors 'none'`,
    );
    expect(await start(["--frame-ancestors='self'; script-src *"])).toEqual({ exit: 2 });
  });

  // Linux only: the descriptors are counted from outside, in /proc, so the server exposes nothing new.
  it.skipIf(!existsSync('/proc/self/fd'))(
    'closes the file of every download a client abandons, and keeps answering',
    async () => {
      const own = await start([]);
      if (!('origin' in own)) throw new Error('did not start');
      const baseline = await openDescriptors(own.pid);
      for (let i = 0; i < 50; i++) await abortedDownload(own.origin, '/explorer/assets/big.js');
      // Each abandoned download held the file open (before the fix: 50 more descriptors, for ever).
      const after = await eventually(
        () => openDescriptors(own.pid),
        (count) => count <= baseline + 2,
      );
      expect(after, `descriptors: ${baseline} before 50 abandoned downloads`).toBeLessThanOrEqual(baseline + 2);
      const reply = await get(own.origin, '/explorer/');
      expect([reply.status, reply.body]).toEqual([200, INDEX]);
    },
  );
});
