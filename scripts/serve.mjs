#!/usr/bin/env node
/**
 * A plain static file server for dist/ under a sub-path (like GitHub Pages' /<repo>/), used by the
 * e2e suite and the benchmark, and a model for deployers. It sends the built page's
 * Content-Security-Policy (read from the <meta> tag in <dir>/index.html, so the two never differ)
 * as an HTTP header too, adding frame-ancestors, which a meta tag cannot carry, and a few other
 * protective headers. It serves regular files inside <dir> only, and answers a malformed request
 * with an error status instead of stopping.
 *
 * Usage: node scripts/serve.mjs <dir> <port> [sub-path] [--frame-ancestors=<sources>]
 *   <port> 0 picks a free port; the line printed on start names the address.
 *   --frame-ancestors (or the FRAME_ANCESTORS environment variable): who may show the site in a
 *   frame, e.g. "'none'", "'self'" or "'self' https://wiki.example.org". Default: * (anyone: the
 *   site has an embed view, ?embed=1, and is read-only).
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

const args = process.argv.slice(2);
const options = Object.fromEntries(
  args.filter((a) => a.startsWith('--')).map((a) => [a.slice(2).split('=')[0], a.slice(a.indexOf('=') + 1)]),
);
const [dir = 'dist', port = '4173', base = '/'] = args.filter((a) => !a.startsWith('--'));
const frameAncestors = options['frame-ancestors'] ?? process.env.FRAME_ANCESTORS ?? '*';
// Source expressions only ('self', 'none', *, schemes, hosts): nothing that could end the directive.
if (!/^[A-Za-z0-9*'.:/[\]\- ]+$/.test(frameAncestors) || !frameAncestors.trim()) {
  console.error(
    `serve: --frame-ancestors must be CSP sources such as 'self' or https://example.org, got ${JSON.stringify(frameAncestors)}`,
  );
  process.exit(2);
}
if (!base.startsWith('/') || !base.endsWith('/')) {
  console.error(`serve: the sub-path must start and end with "/", got ${JSON.stringify(base)}`);
  process.exit(2);
}

const root = await realpath(path.resolve(dir)).catch(() => {
  console.error(`serve: ${dir} is not a folder that exists`);
  process.exit(2);
});
const inside = (file) => file === root || file.startsWith(root + path.sep);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The policy of the built page, re-read when index.html changes (a rebuild while serving). */
let policy = { mtime: -1, value: null };
async function contentSecurityPolicy() {
  const index = path.join(root, 'index.html');
  const info = await stat(index).catch(() => null);
  if (!info) return null;
  if (info.mtimeMs !== policy.mtime) {
    const html = await readFile(index, 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    const decoded = meta?.[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    policy = { mtime: info.mtimeMs, value: decoded ?? null };
  }
  return policy.value;
}

async function headers() {
  const csp = await contentSecurityPolicy();
  return {
    ...(csp ? { 'content-security-policy': `${csp}; frame-ancestors ${frameAncestors}` } : {}),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'cache-control': 'no-cache',
  };
}

function fail(res, status, text, extra = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...extra }).end(text);
}

/** The regular file a request path names inside the root (a folder's index.html), or an error status. */
async function resolveFile(requestPath) {
  let relative;
  try {
    relative = decodeURIComponent(requestPath);
  } catch {
    return { status: 400, text: 'bad request: malformed percent-encoding in the path' };
  }
  if (relative.includes('\0')) return { status: 400, text: 'bad request: NUL in the path' };
  let file = path.resolve(root, `.${path.sep}${relative}`);
  if (!inside(file)) return { status: 403, text: 'forbidden' };
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return { status: 404, text: 'not found' };
  // A symbolic link inside the root must not lead out of it.
  const real = await realpath(file).catch(() => null);
  if (real === null || !inside(real)) return { status: 403, text: 'forbidden' };
  return { file: real, size: info.size };
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return fail(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
  let url;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return fail(res, 400, 'bad request');
  }
  if (!url.pathname.startsWith(base)) {
    res.writeHead(302, { location: base }).end();
    return;
  }
  const found = await resolveFile(url.pathname.slice(base.length));
  if ('status' in found) return fail(res, found.status, found.text, await headers());
  res.writeHead(200, {
    ...(await headers()),
    'content-type': types[path.extname(found.file)] ?? 'application/octet-stream',
    'content-length': found.size,
  });
  if (req.method === 'HEAD') return res.end();
  // pipeline, not pipe: when the client goes away (or the read fails) it destroys both streams, so
  // the file is closed. pipe() would leave the read stream paused with its file open, one descriptor
  // per abandoned download, until the server runs out of them and answers nothing.
  await pipeline(createReadStream(found.file), res).catch(() => {
    // A client that leaves mid-download is ordinary; a read error has already destroyed the response.
  });
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(`serve: ${req.method} ${JSON.stringify(req.url)}: ${error instanceof Error ? error.message : error}`);
    if (res.headersSent) res.destroy();
    else fail(res, 500, 'internal error');
  });
});
server.listen(Number(port), '127.0.0.1', () =>
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}${base}`),
);
