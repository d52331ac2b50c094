/** Node side: reads architectures/, validates, lays out. Used by the Vite plugin and the CLI. */
import { constants } from 'node:fs';
import { lstat, open, readdir, readlink, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { layoutArchitecture } from '../layout/layout.ts';
import { fontMeasure } from './measure.ts';
import { validateFiles, type InputFile, type ValidationResult } from '../check/validate.ts';
import type { Architecture, Capability, Model, Requirement } from '../model/schema.ts';
import type { ArchitectureBundle, ArchitectureCard, ArchitectureEntry } from '../model/dataset.ts';

export const DEFAULT_DIR = 'architectures';
/** The largest data file read: about 16 times the largest shipped file. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** What one run reads at most, all files together (parsing keeps every file's positions until the report). */
export const MAX_TOTAL_BYTES = 8 * 1024 * 1024;

/**
 * Every .yaml file directly inside the given folders, plus the given files, in a stable order. A target
 * that is not a folder is read as a file, which says why it cannot be (missing, a broken link, a FIFO…).
 */
export async function collectFiles(targets: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const target of targets) {
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(target)).filter((n) => /\.ya?ml$/.test(n)).sort();
      files.push(...names.map((n) => path.join(target, n)));
    } else files.push(target);
  }
  return [...new Set(files)];
}

const MiB = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
const byteCount = (count: number) => `${count.toLocaleString('en-US')} bytes`;

function entryKind(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Why `file` cannot be read as data, or its bytes. Only regular files (directly or through a symbolic
 * link) are opened, never a FIFO or device, and never more than `limit` bytes are read from one, so
 * that a file committed by mistake or malice cannot hang the run or exhaust its memory.
 */
async function readDataFile(
  file: string,
  limit: number,
  tooLarge: (size: number | null) => string,
): Promise<{ content: Uint8Array } | { unreadable: string }> {
  const link = await lstat(file).catch(() => null);
  const target = link?.isSymbolicLink() ? await readlink(file).catch(() => '?') : null;
  const symlink = target === null ? null : `a symbolic link to ${JSON.stringify(target)}`;
  let info: Stats;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ELOOP') return { unreadable: `${symlink ?? 'a symbolic link'} that loops: not read` };
    if (code === 'ENOENT' && symlink !== null) return { unreadable: `${symlink}, which does not exist: not read` };
    if (code === 'ENOENT') return { unreadable: 'no such file or folder' };
    if (code === 'EACCES') return { unreadable: 'cannot be read (permission denied)' };
    return { unreadable: `cannot be read (${code ?? String(error)})` };
  }
  if (!info.isFile())
    return { unreadable: `${symlink ? `${symlink}, ` : ''}${entryKind(info)}: only regular files are read` };
  if (info.size > limit) return { unreadable: tooLarge(info.size) };

  // O_NONBLOCK: should the file have been swapped for a FIFO since the check above, opening does not wait.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return { unreadable: `${entryKind(opened)}: only regular files are read` };
    // Read at most one byte over the limit, whatever the size said: a file can grow while it is read.
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (total <= limit) {
      const chunk = new Uint8Array(Math.min(64 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > limit) return { unreadable: tooLarge(null) };
    return { content: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
}

/**
 * The files' contents, one at a time, or for each file that cannot be read the reason, which the
 * validator reports as a located problem. Never throws for a file, never reads more than
 * `MAX_TOTAL_BYTES` in all.
 */
export async function readInputs(files: readonly string[], cwd = process.cwd()): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  let budget = MAX_TOTAL_BYTES;
  for (const file of files) {
    const name = path.relative(cwd, path.resolve(cwd, file)) || file;
    if (budget <= 0) {
      inputs.push({ file: name, unreadable: `not read: this run has read ${MiB(MAX_TOTAL_BYTES)} of data already` });
      continue;
    }
    const limit = Math.min(MAX_FILE_BYTES, budget);
    const size = (bytes: number | null) =>
      bytes === null ? `grew over ${byteCount(limit)} while it was read` : `has ${byteCount(bytes)}`;
    const tooLarge = (bytes: number | null) =>
      limit === MAX_FILE_BYTES
        ? `file ${size(bytes)}, more than the ${byteCount(MAX_FILE_BYTES)} (${MiB(MAX_FILE_BYTES)}) a data file may have: not read`
        : `file ${size(bytes)}, more than is left of the ${MiB(MAX_TOTAL_BYTES)} one run may read: not read`;
    const read = await readDataFile(file, limit, tooLarge).catch((error: unknown) => ({
      unreadable: `cannot be read (${(error as { code?: string }).code ?? String(error)})`,
    }));
    if ('content' in read) budget -= read.content.length;
    inputs.push({ file: name, ...read });
  }
  return inputs;
}

export async function validateDirectory(dir: string): Promise<ValidationResult> {
  return validateFiles(await readInputs(await collectFiles([dir])), { catalogueChecks: true });
}

/** The order pages list architectures in: by `order`, then by name. */
export const orderArchitectures = (architectures: readonly Architecture[]) =>
  [...architectures].sort((a, b) => (a.order ?? 1000) - (b.order ?? 1000) || a.name.localeCompare(b.name));

export interface BuiltCatalogue {
  requirements: Requirement[];
  capabilities: Capability[];
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
    const layout = await layoutArchitecture(architecture, fontMeasure);
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
  return {
    requirements: result.catalogue.requirements,
    capabilities: result.catalogue.capabilities,
    models: result.catalogue.models,
    index,
    cards,
    bundles,
  };
}
