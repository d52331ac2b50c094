import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { architecturesPlugin } from './src/build/plugin.ts';

/**
 * The policy the built site runs under. Only in the build: the dev server needs inline scripts for
 * Fast Refresh. Scripts and style sheets come only from the site itself. Style *attributes* are
 * allowed (style-src-attr) because the PNG/SVG export copies computed styles onto a clone of the
 * diagram; no <style> element or script can be injected. scripts/serve.mjs sends this same policy
 * (read from the built index.html) as a header, with frame-ancestors, which a <meta> tag cannot set.
 *
 * Not yet here: Trusted Types (`require-trusted-types-for 'script'`). Every page, the search dialog
 * and the Mermaid and JSON exports run under it without a violation, but the PNG and SVG exports
 * parse SVG markup with DOMParser.parseFromString (src/features/export/image.ts), a sink it blocks.
 * Add it once the export builds its SVG without parsing a string; e2e/hardening.spec.ts checks
 * every page, the search and each export for policy violations.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
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
  plugins: [architecturesPlugin(), react(), tailwindcss(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
