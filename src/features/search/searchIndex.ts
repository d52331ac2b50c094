/**
 * The search behind Ctrl+K (loaded with the data, after the dialog has opened): every text the data
 * has, one document per architecture, component, moment of a long cut, tour step, requirement and
 * capability, with prefix and typo tolerance, durations that match however they are written
 * ("5 minutes" finds "300 s"), hits whose site or architecture the query names ranked first, and a
 * snippet of where each hit was found.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { ArchitectureBundle } from '../../model/dataset';
import type { Architecture, Model, Requirement } from '../../model/schema';
import { describeDuration, parseDuration } from '../../model/duration';
import type { Cut } from '../../simulation/cut';
import type { Choices, Route } from '../../url/codec';
import type { CapabilityInfo } from '../../parts/capabilities/catalogue';

export type SearchKind =
  'architecture' | 'component' | 'moment' | 'threshold' | 'step' | 'requirement' | 'capability' | 'model';

/** A labelled piece of a document's text: what a snippet shows and names. */
export interface Segment {
  label: string;
  text: string;
}

export interface SearchDoc {
  id: string;
  kind: SearchKind;
  title: string;
  /** Where the result lives, shown under its title: architecture and site for a component. */
  context: string;
  /** Ids and layer: matched like the title, shown nowhere. */
  key: string;
  /** The site and architecture it belongs to: a query that names them ranks it first. */
  place: string;
  segments: Segment[];
  /** Where choosing it goes, and the element there to bring into view (a page without its own parameter for it). */
  to: { route: Route; patch: Partial<Choices>; reveal?: string };
}

/* ---------- words ---------- */

const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  w: 604800,
  week: 604800,
  weeks: 604800,
  month: 2592000,
  months: 2592000,
  y: 31536000,
  yr: 31536000,
  year: 31536000,
  years: 31536000,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  thirty: 30,
};
// "300 s", "5m", "36.5 days", "two minutes", "a year" (number words only before a spelled-out unit).
const DURATION =
  /(?<![\w.-])(?:(\d{1,7}(?:\.\d{1,2})?)\s?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|years?|yr|y)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty)\s(seconds?|minutes?|hours?|days?|weeks?|months?|years?))(?![\w-])/gi;

/** The term a duration is indexed and searched under, whatever way it is written: 300 s → "300secs". */
const durationTerm = (seconds: number) => `${Math.round(seconds)}secs`;
const isDurationTerm = (term: string) => /^\d+secs$/.test(term);

function durationsIn(text: string): { index: number; length: number; term: string }[] {
  const found: { index: number; length: number; term: string }[] = [];
  for (const match of text.matchAll(DURATION)) {
    const amount = match[1] !== undefined ? Number(match[1]) : NUMBER_WORDS[match[3]!.toLowerCase()]!;
    const unit = UNIT_SECONDS[(match[2] ?? match[4])!.toLowerCase()]!;
    found.push({ index: match.index, length: match[0].length, term: durationTerm(amount * unit) });
  }
  return found;
}

const SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * Lower case and a light stem, the same for the index and the query, so that "workloads" finds
 * "workload", "rehoming" finds "rehomed" and "caches" finds "cached".
 */
export function normalise(word: string): string {
  let w = normalised.get(word);
  if (w === undefined) normalised.set(word, (w = stem(word)));
  return w;
}
const normalised = new Map<string, string>();

function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  const strip = (suffix: string) => w.endsWith(suffix) && w.length - suffix.length >= 3;
  if (strip('ing')) w = w.slice(0, -3);
  else if (strip('ed')) w = w.slice(0, -2);
  if (strip('e')) w = w.slice(0, -1);
  // "running" → "runn" → "run"
  if (/([b-df-hj-km-np-rtv-y])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** "DeviceTwin" → "Device", "Twin"; "kubeAPIServer" → "kube", "API", "Server". */
const camelParts = (word: string) => word.match(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu) ?? [];

/** Index terms: every word (and the parts of a CamelCase one), plus one term per duration. */
function tokenizeForIndex(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.split(SPLIT)) {
    if (!word) continue;
    terms.push(word);
    const parts = camelParts(word);
    if (parts.length > 1) terms.push(...parts);
  }
  for (const d of durationsIn(text)) terms.push(d.term);
  return terms;
}

const STOP_WORDS = new Set(
  'a an the of to in on at for and or is are be by it its as with from what which how does do can i my me we our this that when where who whose after'.split(
    ' ',
  ),
);

/** Query terms: a duration becomes its one term; filler words go unless the query has nothing else. */
export function queryTerms(query: string): string[] {
  let rest = query;
  const durations: string[] = [];
  for (const d of durationsIn(query).toReversed()) {
    durations.unshift(d.term);
    rest = `${rest.slice(0, d.index)} ${rest.slice(d.index + d.length)}`;
  }
  const words = rest.split(SPLIT).filter(Boolean);
  const content = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  return [...(content.length > 0 || durations.length > 0 ? content : words), ...durations].map(normalise);
}

/* ---------- documents ---------- */

const seconds = (after: string) => parseDuration(after) ?? 0;

function architectureDocs(
  a: Architecture,
  modelName: string,
  capabilityTitle: (id: string) => string,
  compareWith: string | null,
): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const arch: Route = { page: 'arch', id: a.id };
  const sites = new Map(a.sites.map((s) => [s.id, s]));
  const edgeIds = a.sites.filter((s) => s.kind === 'edge').map((s) => s.id);
  const segments = (...list: [string, string | undefined][]): Segment[] =>
    list.filter((s): s is [string, string] => !!s[1]).map(([label, text]) => ({ label, text }));

  docs.push({
    id: `a:${a.id}`,
    kind: 'architecture',
    title: a.name,
    context: `Architecture · ${modelName}`,
    key: a.id,
    place: `${a.name} ${a.id}`,
    segments: segments(
      ['Summary', a.summary],
      ['Model', modelName],
      ['Model note', a.modelNote],
      ['Release', a.release],
      ['Over time', a.overTime],
      ['Slow WAN', a.latency?.summary],
      ['Upgrade', a.upgrade && [a.upgrade.central, a.upgrade.edge, a.upgrade.spare].filter(Boolean).join(' ')],
      ['Sites', a.sites.map((s) => `${s.name}${s.description ? `: ${s.description}` : ''}`).join(' · ')],
    ),
    to: { route: arch, patch: {} },
  });

  for (const c of a.components) {
    const site = sites.get(c.site)!;
    const place = `${site.name} ${site.id} ${a.name} ${a.id}`;
    docs.push({
      id: `c:${a.id}:${c.id}`,
      kind: 'component',
      title: c.name,
      context: `${a.name} · ${site.name}`,
      key: `${c.id} ${c.layer}`,
      place,
      segments: segments(
        ['Role', c.role],
        ['Cut off', c.disconnected.impact],
        ['Link back', c.disconnected.reconnect],
        ['If it restarts', c.disconnected.restartRisk],
        ['Note', c.disconnected.acknowledged],
        ['Slow WAN', c.latency?.note],
        ['Upgrade', c.upgrade?.change],
      ),
      to: { route: arch, patch: { node: c.id } },
    });
    // A moment opens the diagram at that time into a cut of the component's site (all sites for a central one).
    const cut: Cut = site.kind === 'edge' ? { kind: 'sites', sites: [site.id] } : { kind: 'all' };
    for (const [i, m] of (c.disconnected.timeline ?? []).entries()) {
      const when = describeDuration(seconds(m.after));
      docs.push({
        id: `m:${a.id}:${c.id}:${i}`,
        kind: 'moment',
        title: `${c.name}, ${when} into a cut`,
        context: `${a.name} · ${site.name} · after ${when}`,
        key: `${c.id} ${durationTerm(seconds(m.after))}`,
        place,
        segments: segments([`After ${when}`, m.change], [`Link back after ${when}`, m.reconnect]),
        to: {
          route: arch,
          patch: { node: c.id, cut: edgeIds.length > 0 ? cut : { kind: 'none' }, t: seconds(m.after) },
        },
      });
    }
  }

  // A threshold opens the diagram just above it, the component selected.
  for (const c of a.components) {
    const site = sites.get(c.site)!;
    for (const [i, t] of (c.latency?.thresholds ?? []).entries()) {
      const ms = Number(t.above.slice(0, -2));
      docs.push({
        id: `l:${a.id}:${c.id}:${i}`,
        kind: 'threshold',
        title: `${c.name}, above ${ms} ms round trip`,
        context: `${a.name} · ${site.name} · slow WAN`,
        key: `${c.id} rtt ${ms}ms ${ms} ms latency`,
        place: `${site.name} ${site.id} ${a.name} ${a.id}`,
        segments: segments([`Above ${ms} ms`, t.change]),
        to: { route: arch, patch: { node: c.id, rtt: ms + 1 } },
      });
    }
  }

  for (const [i, step] of (a.tour ?? []).entries()) {
    docs.push({
      id: `s:${a.id}:${i + 1}`,
      kind: 'step',
      title: step.title,
      context: `${a.name} · tour step ${i + 1} of ${a.tour!.length}`,
      key: '',
      place: `${a.name} ${a.id}`,
      segments: segments(['Tour', step.text]),
      to: { route: { page: 'present', id: a.id }, patch: { step: i + 1 } },
    });
  }

  for (const use of a.capabilities ?? []) {
    docs.push({
      id: `k:${a.id}:${use.capability}`,
      kind: 'capability',
      title: capabilityTitle(use.capability),
      context: `${a.name} · capability`,
      key: use.capability,
      place: `${a.name} ${a.id}`,
      segments: segments(['Not provided', use.notProvided], ['Note', use.note]),
      to: { route: { page: 'compare' }, patch: { left: a.id, right: compareWith, cut: { kind: 'all' } } },
    });
  }
  return docs;
}

export interface SearchData {
  bundles: readonly ArchitectureBundle[];
  requirements: readonly Requirement[];
  modelNames: Readonly<Record<string, string>>;
  capabilities: readonly CapabilityInfo[];
  /** The architectures compare shows when a link names none (left, right). */
  defaultPair: readonly string[];
  /** The control-plane models, with their full text. */
  models?: readonly Model[];
}

export function searchDocs({
  bundles,
  requirements,
  modelNames,
  capabilities,
  defaultPair,
  models = [],
}: SearchData): SearchDoc[] {
  const info = new Map(capabilities.map((c) => [c.id, c]));
  // A capability opens compare with its architecture on the left, against the default right (or left) one.
  const compareWith = (id: string) => (id === defaultPair[1] ? (defaultPair[0] ?? null) : null);
  const docs = bundles.flatMap(({ architecture: a }) =>
    architectureDocs(a, modelNames[a.model] ?? a.model, (id) => info.get(id)?.title ?? id, compareWith(a.id)),
  );
  for (const r of requirements) {
    docs.push({
      id: `r:${r.id}`,
      kind: 'requirement',
      title: r.title,
      context: 'ECG requirement',
      key: r.id,
      place: '',
      segments: [
        { label: 'Requirement', text: r.description },
        ...(r.origin ? [{ label: 'Origin', text: r.origin }] : []),
      ],
      to: { route: { page: 'req', id: r.id }, patch: {} },
    });
  }
  for (const m of models) {
    const list = (label: string, items: readonly string[] | undefined) =>
      items && items.length > 0 ? [{ label, text: items.join(' · ') }] : [];
    docs.push({
      id: `o:${m.id}`,
      kind: 'model',
      title: m.name,
      context: m.variantOf ? `Variant of ${modelNames[m.variantOf] ?? m.variantOf}` : 'ECG control-plane model',
      key: m.id,
      place: '',
      segments: [
        { label: 'Model', text: m.summary },
        ...list('An edge site keeps', m.edgeKeeps),
        ...list('An edge site loses', m.edgeLoses),
        ...list('Trade-offs', m.tradeoffs),
      ],
      // The home page shows the models side by side, a variant inside the model it varies.
      to: { route: { page: 'home' }, patch: {}, reveal: `model-${m.variantOf ?? m.id}` },
    });
  }
  // The catalogue's own words (question, description) make each architecture's capability findable.
  for (const doc of docs) {
    if (doc.kind !== 'capability') continue;
    const c = info.get(doc.key);
    if (c?.question) doc.segments.push({ label: 'Question', text: c.question });
    if (c?.description) doc.segments.push({ label: 'Capability', text: c.description });
  }
  return docs;
}

/* ---------- index and query ---------- */

interface Indexed {
  id: string;
  title: string;
  key: string;
  place: string;
  body: string;
}

export interface SearchEngine {
  index: MiniSearch<Indexed>;
  docs: Map<string, SearchDoc>;
  /** Each document's place terms, to rank a hit whose site or architecture the query names. */
  places: Map<string, Set<string>>;
}

const processTerm = (term: string) => normalise(term);

/** The index, built in slices that yield to the browser between them, so typing stays fluid meanwhile. */
export async function buildSearch(docs: readonly SearchDoc[]): Promise<SearchEngine> {
  const index = new MiniSearch<Indexed>({
    fields: ['title', 'key', 'place', 'body'],
    tokenize: tokenizeForIndex,
    processTerm,
  });
  await index.addAllAsync(
    docs.map((d) => ({
      id: d.id,
      title: d.title,
      key: d.key,
      place: d.place,
      body: d.segments.map((s) => s.text).join('\n'),
    })),
    { chunkSize: 25 },
  );
  return {
    index,
    docs: new Map(docs.map((d) => [d.id, d])),
    places: new Map(docs.map((d) => [d.id, new Set(d.place.split(SPLIT).filter(Boolean).map(normalise))])),
  };
}

/** Parts of a snippet: plain text and the words that matched. */
export type SnippetPart = { text: string; hit: boolean };

export interface SearchHit {
  doc: SearchDoc;
  /** Where the query was found: the label of the text, and that text around the match. */
  snippet: { label: string; parts: SnippetPart[] } | null;
  /** Every word of the query matched (false: a hit on some of them, shown when none has all). */
  complete: boolean;
}

const BOOST = { title: 4, key: 2.5, place: 1.2, body: 1 };

function options(terms: readonly string[], combineWith: 'AND' | 'OR') {
  return {
    boost: BOOST,
    combineWith,
    prefix: (term: string) => !isDurationTerm(term),
    fuzzy: (term: string) => (isDurationTerm(term) || term.length <= 4 ? false : 0.2),
    // The tokenizer of the index would split the query again: it is already terms.
    tokenize: () => [...terms],
    processTerm: (t: string) => t,
  };
}

/**
 * How a hit stands to the query beyond its score: how many query words its site or architecture
 * matches by their own spelling (no typo tolerance), and how many of the other words its title or
 * ids match ("horizon starlingx": StarlingX's Horizon before StarlingX itself).
 */
function standing(engine: SearchEngine, result: SearchResult, terms: readonly string[]) {
  const place = [...engine.places.get(result.id as string)!];
  const named = new Set(terms.filter((t) => place.some((p) => p === t || (t.length >= 3 && p.startsWith(t)))));
  const inTitle = new Set<string>();
  for (const [term, fields] of Object.entries(result.match))
    if (fields.includes('title') || fields.includes('key')) inTitle.add(term);
  const titled = terms.filter((t) => !named.has(t) && [...inTitle].some((m) => m.startsWith(t))).length;
  return { place: named.size, titled };
}

const SNIPPET = 160;

function snippetOf(doc: SearchDoc, matched: ReadonlySet<string>): SearchHit['snippet'] {
  let best: { segment: Segment; at: number; count: number } | null = null;
  for (const segment of doc.segments) {
    const words = wordsWithOffsets(segment.text);
    const hits = words.filter((w) => matched.has(w.term));
    const count = new Set(hits.map((w) => w.term)).size;
    if (count > 0 && (!best || count > best.count)) best = { segment, at: hits[0]!.start, count };
  }
  if (!best) {
    const first = doc.segments[0];
    return first ? { label: first.label, parts: [{ text: clip(first.text, 0), hit: false }] } : null;
  }
  const { segment, at } = best;
  const start = Math.max(0, at - 50);
  const from = start === 0 ? 0 : segment.text.indexOf(' ', start) + 1 || start;
  const to = Math.min(segment.text.length, from + SNIPPET);
  const parts: SnippetPart[] = [];
  let cursor = from;
  for (const w of wordsWithOffsets(segment.text)) {
    if (w.start < from || w.start < cursor || w.end > to || !matched.has(w.term)) continue;
    if (w.start > cursor) parts.push({ text: segment.text.slice(cursor, w.start), hit: false });
    parts.push({ text: segment.text.slice(w.start, w.end), hit: true });
    cursor = w.end;
  }
  if (cursor < to) parts.push({ text: segment.text.slice(cursor, to), hit: false });
  if (from > 0) parts.unshift({ text: '…', hit: false });
  if (to < segment.text.length) parts.push({ text: '…', hit: false });
  return { label: segment.label, parts };
}

const clip = (text: string, from: number) =>
  text.length - from > SNIPPET ? `${text.slice(from, from + SNIPPET)}…` : text.slice(from);

/** The words of a text with their offsets and index terms (a duration is one word: its whole phrase). */
function wordsWithOffsets(text: string): { start: number; end: number; term: string }[] {
  const words: { start: number; end: number; term: string }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu))
    words.push({ start: m.index, end: m.index + m[0].length, term: normalise(m[0]) });
  for (const d of durationsIn(text)) words.push({ start: d.index, end: d.index + d.length, term: d.term });
  // A duration phrase ("300 s") comes before the words it is made of.
  return words.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Hits for a query, best first: every word must match (in any field, by prefix or with a typo), and
 * a hit whose site or architecture the query names comes before one whose does not. When no
 * document has every word, the documents with most of them are given, marked incomplete.
 */
export function runSearch(engine: SearchEngine, query: string, limit = 40): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  let results: SearchResult[] = engine.index.search(terms.join(' '), options(terms, 'AND'));
  const complete = results.length > 0;
  if (!complete && terms.length > 1) {
    results = engine.index
      .search(terms.join(' '), options(terms, 'OR'))
      .sort((a, b) => b.queryTerms.length - a.queryTerms.length || b.score - a.score);
  }
  const tiered = complete && terms.length > 1;
  const ranked = results
    .map((r, order) => ({ r, order, ...(tiered ? standing(engine, r, terms) : { place: 0, titled: 0 }) }))
    // The query's other words name the site or architecture: "subcloud2 workloads" puts subcloud2's first.
    .sort((a, b) => b.place - a.place || b.titled - a.titled || a.order - b.order)
    .slice(0, limit);
  return ranked.map(({ r }) => {
    const doc = engine.docs.get(r.id as string)!;
    // Snippets show body matches: a hit on the title alone shows the start of its first text.
    const matched = new Set(r.terms.filter((t) => r.match[t]!.includes('body')));
    return { doc, snippet: snippetOf(doc, matched), complete };
  });
}
