/**
 * Types of the virtual module `virtual:architectures` that src/build/plugin.ts generates at build
 * time; tsconfig's `paths` points the import here so the browser code is type-checked against it.
 */
import type { ArchitectureBundle, ArchitectureCard, ArchitectureEntry, GraphBundle } from './dataset';
import type { Capability, Model, Requirement } from './schema';

/** Requirement id → title, for links in the panels; the full catalogue loads with loadRequirements. */
export declare const requirementTitles: Record<string, string>;
export declare const loadRequirements: () => Promise<Requirement[]>;
/** The capability catalogue (titles and questions), in the requirements' chunk. */
export declare const loadCapabilities: () => Promise<Capability[]>;
export declare const modelNames: Record<string, string>;
export declare const architectureIndex: ArchitectureEntry[];
/** The models' full text and the home page's cards, loaded by the pages that show them. */
export declare const loadOverview: () => Promise<{ models: Model[]; cards: Record<string, ArchitectureCard> }>;
export declare const loaders: Record<string, () => Promise<{ default: ArchitectureBundle }>>;
/** The graph part of each architecture (see graphOf): what its first picture loads. */
export declare const graphLoaders: Record<string, () => Promise<{ default: GraphBundle }>>;
