/** Which components serve which requirement, across architectures: the requirement page and the matrix. */
import type { Component, Requirement } from '../model/schema';
import type { ArchitectureBundle } from '../model/dataset';

export interface Coverage {
  requirement: Requirement;
  /** Per architecture id, the components that serve the requirement (empty: not served). */
  byArchitecture: Map<string, Component[]>;
  /** How many architectures serve it at all. */
  servedBy: number;
}

export function coverage(requirements: readonly Requirement[], bundles: readonly ArchitectureBundle[]): Coverage[] {
  return requirements.map((requirement) => {
    const byArchitecture = new Map(
      bundles.map((b) => [
        b.architecture.id,
        b.architecture.components.filter((c) => c.requirements.includes(requirement.id)),
      ]),
    );
    return {
      requirement,
      byArchitecture,
      servedBy: [...byArchitecture.values()].filter((list) => list.length > 0).length,
    };
  });
}

export const coverageSorts = ['catalogue', 'coverage', 'title'] as const;
export type CoverageSort = (typeof coverageSorts)[number];

export function sortCoverage(rows: readonly Coverage[], sort: CoverageSort): Coverage[] {
  const indexed = rows.map((row, index) => ({ row, index }));
  indexed.sort((a, b) => {
    if (sort === 'title') return a.row.requirement.title.localeCompare(b.row.requirement.title);
    if (sort === 'coverage') return a.row.servedBy - b.row.servedBy || a.index - b.index;
    return a.index - b.index;
  });
  return indexed.map((entry) => entry.row);
}
