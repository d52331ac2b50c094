/**
 * Vite plugin: a script that must run before the app's bundle, as a deferred classic script of its own,
 * first in <head> (the policy allows no inline script). It runs as soon as the page is parsed and the
 * style sheet has loaded, while the app's modules are still arriving, and it starts the app (its entry is
 * handed over in `data-app`). Bundled on its own, self-contained, so it shares no chunk with the app.
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
        // The app's entry is fetched at once (a modulepreload) but run by the boot script, after the frame
        // that paints the first picture: run at the end of parsing, its modules would hold that frame back.
        let source = String(html.source);
        const app = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(source);
        if (!app) throw new Error('boot script: the built index.html has no module entry script');
        source = source.replace(app[0], `<link rel="modulepreload" crossorigin href="${app[1]}">`);
        // First in <head> and deferred: fetched first, run as soon as the page is parsed (and the style
        // sheet loaded), never blocking the parser.
        const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(source);
        if (!policy) throw new Error('boot script: the built index.html has no Content-Security-Policy <meta>');
        html.source = source.replace(
          policy[0],
          `${policy[0]}\n    <script defer fetchpriority="high" src="./${file}" data-app="${app[1]}"></script>`,
        );
      },
    },
  };
}
