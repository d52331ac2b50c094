/**
 * Vite plugin: architectures/*.yaml → validated, laid-out data as virtual modules. The browser
 * never parses YAML or runs a layout engine for shipped data. A broken file fails `vite build`
 * and shows in the dev server's error overlay.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildCatalogue, validateDirectory, type BuiltCatalogue } from './catalogue.ts';
import { formatProblem, hasErrors } from '../check/problems.ts';
import { graphOf } from '../model/dataset.ts';

const INDEX_ID = 'virtual:architectures';
const ONE_PREFIX = 'virtual:architecture/';
/** The graph part of one architecture (see graphOf): all the first picture loads. */
export const GRAPH_PREFIX = 'virtual:architecture-graph/';
/** The requirement catalogue's full text: only the requirement, matrix and search pages need it. */
const REQUIREMENTS_ID = 'virtual:architecture-requirements';
/** The models' full text and the home page's cards. */
const OVERVIEW_ID = 'virtual:architecture-overview';
const RESOLVED = '\0';

/** JSON.parse of a string literal is parsed faster by engines than an object literal of the same data. */
const jsonModule = (name: string, value: unknown) =>
  `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

/** What a build writes beside the data: files of the site, and text for the page's <head>. */
export interface BuildExtras {
  files: { fileName: string; source: string }[];
  head: { tag: string; attrs: Record<string, string> }[];
}

export interface ArchitecturesPluginOptions {
  dir?: string;
  /** Files and head tags derived from the built data (the first pictures), in a production build only. */
  extras?: (catalogue: BuiltCatalogue) => BuildExtras;
}

export function architecturesPlugin(options: ArchitecturesPluginOptions = {}): Plugin {
  let dir = '';
  let serving = false;
  let extras: BuildExtras | null = null;
  let pending: Promise<BuiltCatalogue> | null = null;
  const build = async (warn: (message: string) => void): Promise<BuiltCatalogue> => {
    const result = await validateDirectory(dir);
    const lines = result.problems.map(formatProblem);
    if (hasErrors(result.problems)) {
      throw new Error(
        `Architecture data is invalid (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.join('\n')}\nRun \`npm run validate\` for the same report.`,
      );
    }
    for (const line of lines) warn(line);
    return buildCatalogue(result);
  };
  let server: ViteDevServer | undefined;

  return {
    name: 'edge-architectures',
    configResolved(config) {
      dir = path.resolve(config.root, options.dir ?? 'architectures');
    },
    configureServer(devServer) {
      server = devServer;
      serving = true;
      devServer.watcher.add(dir);
      const onChange = (file: string) => {
        if (!file.startsWith(dir) || !/\.ya?ml$/.test(file)) return;
        pending = null;
        for (const mod of devServer.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(RESOLVED + 'virtual:architecture')) devServer.moduleGraph.invalidateModule(mod);
        }
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
    buildStart() {
      pending = null;
      extras = null;
    },
    async transformIndexHtml() {
      if (serving || !options.extras) return [];
      pending ??= build((message) => console.warn(message));
      extras ??= options.extras(await pending);
      return extras.head.map(({ tag, attrs }) => ({ tag, attrs, injectTo: 'head' as const }));
    },
    async generateBundle() {
      if (!options.extras) return;
      pending ??= build((message) => this.warn(message));
      extras ??= options.extras(await pending);
      for (const file of extras.files) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
    },
    resolveId(id) {
      if (
        id === INDEX_ID ||
        id === REQUIREMENTS_ID ||
        id === OVERVIEW_ID ||
        id.startsWith(ONE_PREFIX) ||
        id.startsWith(GRAPH_PREFIX)
      )
        return RESOLVED + id;
      return null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED + 'virtual:architecture')) return null;
      pending ??= build((message) => (server ? server.config.logger.warn(message) : this.warn(message)));
      let catalogue: BuiltCatalogue;
      try {
        catalogue = await pending;
      } catch (error) {
        pending = null;
        throw error;
      }
      const name = id.slice(RESOLVED.length);
      if (name === INDEX_ID) {
        const loadersOf = (prefix: string) =>
          [...catalogue.bundles.keys()]
            .map((key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(prefix + key)}),`)
            .join('\n');
        return (
          jsonModule('requirementTitles', Object.fromEntries(catalogue.requirements.map((r) => [r.id, r.title]))) +
          jsonModule('modelNames', Object.fromEntries(catalogue.models.map((m) => [m.id, m.name]))) +
          jsonModule('architectureIndex', catalogue.index) +
          `export const loaders = {\n${loadersOf(ONE_PREFIX)}\n};\n` +
          `export const graphLoaders = {\n${loadersOf(GRAPH_PREFIX)}\n};\n` +
          `export const loadRequirements = () => import(${JSON.stringify(REQUIREMENTS_ID)}).then((m) => m.requirements);\n` +
          `export const loadCapabilities = () => import(${JSON.stringify(REQUIREMENTS_ID)}).then((m) => m.capabilities);\n` +
          `export const loadOverview = () => import(${JSON.stringify(OVERVIEW_ID)});\n`
        );
      }
      if (name === OVERVIEW_ID) return jsonModule('models', catalogue.models) + jsonModule('cards', catalogue.cards);
      // The capability catalogue is small and read by the same pages: it shares the requirements' chunk.
      if (name === REQUIREMENTS_ID)
        return jsonModule('requirements', catalogue.requirements) + jsonModule('capabilities', catalogue.capabilities);
      const graph = name.startsWith(GRAPH_PREFIX);
      const key = name.slice((graph ? GRAPH_PREFIX : ONE_PREFIX).length);
      const bundle = catalogue.bundles.get(key);
      if (!bundle) throw new Error(`No architecture "${key}" in ${dir}`);
      return jsonModule('bundle', graph ? graphOf(bundle) : bundle) + 'export default bundle;\n';
    },
  };
}
