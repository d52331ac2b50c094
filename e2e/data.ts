/** The shipped data, read the same way the build reads it, so tests derive expectations instead of copying them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Architecture, Model, Requirement } from '../src/model/schema';

export const architectureIds = ['tripleo-dcn', 'starlingx-distributed-cloud', 'kubeedge', 'airship'] as const;
export const architectures: Record<string, Architecture> = Object.fromEntries(
  architectureIds.map((id) => [id, parse(readFileSync(`architectures/${id}.yaml`, 'utf8')) as Architecture]),
);
export const requirements: Requirement[] = parse(readFileSync('architectures/requirements.yaml', 'utf8')).requirements;
export const models: Model[] = parse(readFileSync('architectures/models.yaml', 'utf8')).models;

export const edgeSites = (arch: Architecture) => arch.sites.filter((s) => s.kind === 'edge');
export const centralSite = (arch: Architecture) => arch.sites.find((s) => s.kind === 'central')!;
export const componentsOn = (arch: Architecture, siteId: string) => arch.components.filter((c) => c.site === siteId);
export const firstSentence = (text: string) => (/^(.+?\.)(\s|$)/.exec(text)?.[1] ?? text).trim();
