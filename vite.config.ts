import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { architecturesPlugin } from './src/build/plugin.ts';
import { preloadPlugin } from './src/build/preload.ts';
import { bootScriptPlugin } from './src/build/bootScript.ts';
import { openGraphPlugin } from './src/build/openGraph.ts';
import { readFileSync } from 'node:fs';
import { firstPictures } from './src/prerender/firstPictures.ts';
import { FIRST_META } from './src/model/firstView.ts';

/**
 * The policy the built site runs under. Only in the build: the dev server needs inline scripts for
 * Fast Refresh. Scripts and style sheets come only from the site itself, and no inline style of any
 * kind is allowed: React and React Flow set styles through the CSSOM (element.style), which the policy
 * does not govern, and the exports draw plain SVG with presentation attributes, never a style
 * attribute. scripts/serve.mjs sends this same policy (read from the built index.html) as a header,
 * with frame-ancestors, which a <meta> tag cannot set.
 *
 * Trusted Types (`require-trusted-types-for 'script'`, and two named policies, `boot-app` and `editor-worker`, each turning one URL, the app's entry or the editor's worker, into a script URL) are required too: nothing in the site writes
 * HTML or script through a string sink (the exports build their SVG as text and hand it to an <img>
 * as a Blob, without parsing it). e2e/hardening.spec.ts checks every page, the search and each export
 * for policy violations.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  // Two policies only, each making one script URL and nothing else: the boot script's, which starts the
  // app's entry after the first picture is painted, and the editor's, for its worker.
  'trusted-types boot-app editor-worker',
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  // Relative base: dist/ works from any sub-path of any static host.
  base: './',
  plugins: [
    architecturesPlugin({
      // Each diagram as the canvas first draws it, for the boot script to show before the app runs.
      extras: (catalogue) => {
        const { files, bounds } = firstPictures(catalogue.bundles.values(), readFileSync('src/app/styles.css', 'utf8'));
        return { files, head: [{ tag: 'meta', attrs: { name: FIRST_META, content: JSON.stringify(bounds) } }] };
      },
    }),
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    openGraphPlugin(),
    preloadPlugin(),
    // Before the app: the diagram a plain architecture link opens, pre-drawn (src/boot/boot.ts).
    bootScriptPlugin('src/boot/boot.ts', 'first-picture'),
  ],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically goes in one chunk. Split by sharing, it was 16 small chunks
        // (0.1-4.6 kB gzip), each a request of its own: over HTTP/1.1's six connections the style sheet
        // queued behind them. One chunk: the first picture ~50 ms sooner, the first graph ~40 ms (loaded in
        // turn, 15 fresh loads each), 4 kB less to transfer.
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
