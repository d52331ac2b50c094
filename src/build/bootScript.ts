/**
 * Vite plugin: a script that must run before the app's bundle, as a classic script of its own at the end
 * of <body> (the policy allows no inline script). It runs as soon as the page is parsed and the style
 * sheet has loaded, while the app's modules are still arriving. Bundled on its own, self-contained, so
 * it shares no chunk with the app and waits for none.
 */
import { createHash } from 'node:crypto';
import { build, type Plugin, type Rolldown } from 'vite';

export function bootScriptPlugin(entry: string, name: string): Plugin {
  return {
    name: 'boot-script',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset') return;
        const built = (await build({
          configFile: false,
          logLevel: 'silent',
          build: {
            write: false,
            target: 'es2022',
            minify: true,
            // The script exports nothing: the global name is never set.
            lib: { entry, formats: ['iife'], name: 'boot', fileName: name },
          },
        })) as Rolldown.RolldownOutput[];
        const chunk = built[0]!.output[0];
        const file = `assets/${name}-${createHash('sha256').update(chunk.code).digest('base64url').slice(0, 8)}.js`;
        this.emitFile({ type: 'asset', fileName: file, source: chunk.code });
        html.source = String(html.source).replace('</body>', `  <script src="./${file}"></script>\n  </body>`);
      },
    },
  };
}
