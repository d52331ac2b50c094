/** Node side: reads architectures/, validates, lays out. Used by the Vite plugin and the CLI. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { layoutArchitecture } from './layout.ts';
import { validateFiles, type InputFile, type ValidationResult } from './validate.ts';
import type { Architecture, Model, Requirement } from '../model/schema.ts';
import type { ArchitectureBundle, ArchitectureCard, ArchitectureEntry } from '../model/dataset.ts';

export const DEFAULT_DIR = 'architectures';

/** Every .yaml file directly inside the given folders, plus the given files, in a stable order. */
export async function collectFiles(targets: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const target of targets) {
    const info = await stat(target).catch(() => null);
    if (info === null) throw new Error(`${target}: no such file or folder`);
    if (info.isDirectory()) {
      const names = (await readdir(target)).filter((n) => /\.ya?ml$/.test(n)).sort();
      files.push(...names.map((n) => path.join(target, n)));
    } else files.push(target);
  }
  return [...new Set(files)];
}

export async function readInputs(files: readonly string[], cwd = process.cwd()): Promise<InputFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      file: path.relative(cwd, path.resolve(cwd, file)) || file,
      content: await readFile(file),
    })),
  );
}

export async function validateDirectory(dir: string): Promise<ValidationResult> {
  return validateFiles(await readInputs(await collectFiles([dir])), { catalogueChecks: true });
}

/** The order pages list architectures in: by `order`, then by name. */
export const orderArchitectures = (architectures: readonly Architecture[]) =>
  [...architectures].sort((a, b) => (a.order ?? 1000) - (b.order ?? 1000) || a.name.localeCompare(b.name));

export interface BuiltCatalogue {
  requirements: Requirement[];
  models: Model[];
  index: ArchitectureEntry[];
  cards: Record<string, ArchitectureCard>;
  bundles: Map<string, ArchitectureBundle>;
}

export async function buildCatalogue(result: ValidationResult): Promise<BuiltCatalogue> {
  const bundles = new Map<string, ArchitectureBundle>();
  const index: ArchitectureEntry[] = [];
  const cards: Record<string, ArchitectureCard> = {};
  const architectures = orderArchitectures(result.catalogue.architectures);
  for (const architecture of architectures) {
    const layout = await layoutArchitecture(architecture);
    bundles.set(architecture.id, { architecture, layout });
    const siteKind = new Map(architecture.sites.map((s) => [s.id, s.kind]));
    index.push({
      id: architecture.id,
      name: architecture.name,
      model: architecture.model,
      siteCount: architecture.sites.length,
      edgeSiteCount: architecture.sites.filter((s) => s.kind === 'edge').length,
      componentCount: architecture.components.length,
    });
    cards[architecture.id] = {
      summary: architecture.summary,
      preview: {
        width: layout.width,
        height: layout.height,
        sites: architecture.sites.map((s) => ({ ...layout.sites[s.id]!, kind: siteKind.get(s.id)! })),
        nodes: architecture.components.map((c) => {
          const site = layout.sites[c.site]!;
          const at = layout.components[c.id]!;
          return { x: site.x + at.x, y: site.y + at.y };
        }),
      },
    };
  }
  return { requirements: result.catalogue.requirements, models: result.catalogue.models, index, cards, bundles };
}
