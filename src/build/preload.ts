/**
 * Vite plugin: the first picture's data and fonts load beside the main bundle instead of after it.
 * Which architecture a link shows is in its hash, which only the browser sees, and the policy allows
 * no inline script: a tiny boot script (a file of its own) reads the hash and adds a modulepreload
 * for that architecture's graph chunk. The Inter weight the first frame waits for (main.tsx) is
 * preloaded by a plain <link>; the other weights are not (on the bench, preloading all three delayed the
 * main bundle more than it saved).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { GRAPH_PREFIX } from './plugin.ts';

const bootSource = (files: Record<string, string>) =>
  `(() => {
  const files = ${JSON.stringify(files)};
  const match = /^#\\/arch\\/([a-z0-9-]+)(?:[?/]|$)/.exec(location.hash);
  if (!match || !Object.hasOwn(files, match[1])) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = 'anonymous';
  link.href = files[match[1]];
  document.head.append(link);
})();
`;

export function preloadPlugin(): Plugin {
  return {
    name: 'first-picture-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset') return;
        const graphs: Record<string, string> = {};
        const fonts: string[] = [];
        for (const file of Object.values(bundle)) {
          const facade = file.type === 'chunk' ? file.facadeModuleId : null;
          if (facade?.startsWith(`\0${GRAPH_PREFIX}`))
            graphs[facade.slice(GRAPH_PREFIX.length + 1)] = `./${file.fileName}`;
          if (file.type === 'asset' && /inter-latin-600-normal-[\w-]+\.woff2$/.test(file.fileName))
            fonts.push(file.fileName);
        }
        const source = bootSource(graphs);
        const boot = `assets/boot-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`;
        this.emitFile({ type: 'asset', fileName: boot, source });
        const tags = [
          `<script src="./${boot}"></script>`,
          ...fonts.sort().map((f) => `<link rel="preload" href="./${f}" as="font" type="font/woff2" crossorigin>`),
        ].join('\n    ');
        html.source = String(html.source).replace('<title>', `${tags}\n    <title>`);
      },
    },
  };
}
