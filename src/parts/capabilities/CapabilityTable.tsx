/**
 * What a cut-off edge site can still do, capability by capability, for one or more architectures
 * under the same cut and time: derived from the components each capability needs (see
 * src/simulation/capabilities.ts), never typed by hand. Copyable as Markdown for minutes.
 *
 * Used by compare (two architectures, every cut site) and meant for the architecture page's cut
 * summary (one architecture, the site it summarises):
 *
 *   <CapabilityTable architectures={[architecture]} scenario={scenario} siteOf={() => siteId} sites={fleetSize} />
 *
 * Props:
 * - `architectures`: one column each, as the data documents them (for a generated fleet, the
 *   documented architecture and `sites`, not the expanded fleet).
 * - `scenario`: the cut and its time, the round trip and the upgrade, as in the URL, resolved against
 *   each architecture (or its fleet).
 * - `siteOf` (optional): the edge site a column describes (`fleet-K` in a fleet); omitted, or
 *   returning null: every cut edge site of that architecture, sites with the same answer shown once.
 * - `sites` (optional): `?sites=N`, the architecture shown as N copies of its first edge site.
 * - `heading` (optional): the table's heading; `headingLevel` its level (default 2).
 * - `copyable` (optional, default true): a "Copy as Markdown" button.
 * - `linked` (optional): each answer opens its architecture under the same conditions, the component
 *   that limits it selected; `marked` (optional): the board's table, read across the room: rows where
 *   the architectures differ are marked, the condition is said once above the table (not per column),
 *   the questions sit behind the titles, and every text is at least 14 px.
 *
 * The capability titles come from catalogue.ts (the build does not ship capabilities.yaml yet).
 */
import { useId, useMemo, useState } from 'react';
import type { Architecture } from '../../model/schema';
import { describeDuration } from '../../model/duration';
import type { Scenario } from '../../simulation/scenario';
import { archHref, hrefTo } from '../../url/hrefs';
import { statusLook } from '../../ui/statusLook';
import {
  columnOf,
  limitedByNames,
  shortList,
  stateIcon,
  stateWord,
  toMarkdown,
  type Column,
  type SiteAnswer,
} from './answers';
import { catalogueOf } from './catalogue';
import { useCapabilities } from '../../dataset/access';
import { currentPermalink } from '../../url/binding';

export interface CapabilityTableProps {
  architectures: readonly Architecture[];
  scenario: Scenario;
  siteOf?: (architecture: Architecture) => string | null;
  sites?: number | null;
  heading?: string;
  headingLevel?: 2 | 3;
  copyable?: boolean;
  linked?: boolean;
  marked?: boolean;
}

const cutLabels: Record<Scenario['cut']['kind'], string> = {
  none: 'nothing cut',
  all: 'every edge site cut off',
  central: 'the central site failed',
  sites: 'the chosen edge sites cut off',
  random: 'a random share of edge sites cut off',
};

export function CapabilityTable({
  architectures,
  scenario,
  siteOf,
  sites = null,
  heading = 'What a cut-off edge site can still do',
  headingLevel = 2,
  copyable = true,
  linked = false,
  marked = false,
}: CapabilityTableProps) {
  const { cut } = scenario;
  const seconds = scenario.t ?? 0;
  const columns = useMemo(
    () =>
      architectures.map((architecture) =>
        columnOf({ architecture, site: siteOf?.(architecture) ?? null, sites }, scenario),
      ),
    [architectures, scenario, siteOf, sites],
  );
  const catalogue = useCapabilities();
  const capabilities = useMemo(() => catalogueOf(architectures, catalogue), [architectures, catalogue]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = useId();
  const [notes, setNotes] = useState<ReadonlySet<string>>(new Set());
  const toggleNotes = (id: string) =>
    setNotes((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const when =
    cut.kind === 'none' ? '' : seconds > 0 ? `${describeDuration(seconds)} into the cut` : 'just after the cut';

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2" data-testid="capability-table">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Heading id={headingId} className="text-lg font-bold">
          {heading}
          {when && <span className="text-base font-normal text-muted"> · {when}</span>}
        </Heading>
        {copyable && (
          <CopyMarkdown
            text={() => toMarkdown(capabilities, columns, seconds, cutLabels[cut.kind], currentPermalink())}
          />
        )}
      </div>
      {columns.every((c) => c.connected) && (
        <p className="text-sm text-muted">
          Nothing is cut: every capability works as usual. Cut the links to see what each keeps.
        </p>
      )}
      <div className="overflow-x-auto">
        <table
          // The board on a phone: a capability, then each architecture's answer under it, scrolling one way.
          className={`w-full min-w-[34rem] table-fixed border-collapse text-left text-sm ${marked ? 'max-md:block max-md:min-w-0' : ''}`}
          data-testid="capability-grid"
        >
          <caption className="sr-only">
            {heading}, per capability and architecture{when ? `, ${when}` : ''}
          </caption>
          <colgroup>
            <col className="w-[30%]" />
            {columns.map((c) => (
              <col key={c.architecture.id} />
            ))}
          </colgroup>
          <thead className={marked ? 'max-md:hidden' : ''}>
            <tr>
              <th scope="col" className="border-b-2 border-line px-2 py-1 align-bottom">
                Capability
              </th>
              {columns.map((c) => (
                <th
                  key={c.architecture.id}
                  scope="col"
                  className="border-b-2 border-l-2 border-line px-2 py-1 align-bottom"
                >
                  <a href={archHref(c.architecture.id)} className="font-bold text-fg underline">
                    {c.architecture.name}
                  </a>
                  {!marked && <span className="block text-xs font-normal text-muted">{c.caption}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={marked ? 'max-md:block' : ''}>
            {capabilities.map((capability) => {
              const differs = marked && differsAcross(columns, capability.id);
              return (
                <tr
                  key={capability.id}
                  className={`align-top ${differs ? 'bg-surface-2' : ''} ${marked ? 'max-md:block max-md:border-b-2 max-md:border-line max-md:py-1' : ''}`}
                  data-testid="capability-row"
                  data-capability={capability.id}
                  data-differs={marked ? differs : undefined}
                >
                  <th
                    scope="row"
                    className={`border-b border-line px-2 py-1.5 font-semibold ${marked ? 'max-md:block max-md:border-0 max-md:text-base' : ''}`}
                  >
                    {differs && (
                      <span
                        className="mr-1 inline-block rounded border-2 border-accent px-1 text-sm text-accent"
                        title="The architectures differ here"
                        data-testid="differs"
                      >
                        ≠<span className="sr-only"> The architectures differ: </span>
                      </span>
                    )}
                    <span title={marked ? capability.question : undefined}>{capability.title}</span>
                    {capability.question && !marked && (
                      <span className="block text-xs font-normal text-muted">{capability.question}</span>
                    )}
                    {columns.some((c) => c.answers.get(capability.id)?.[0]?.result.note) && (
                      <button
                        type="button"
                        aria-expanded={notes.has(capability.id)}
                        onClick={() => toggleNotes(capability.id)}
                        className={`mt-0.5 block ${marked ? 'text-sm' : 'text-xs'} font-normal text-accent underline`}
                        data-testid="capability-notes"
                      >
                        {notes.has(capability.id) ? 'Hide notes' : 'Notes'}
                      </button>
                    )}
                  </th>
                  {columns.map((c) => (
                    <td
                      key={c.architecture.id}
                      className={`border-b border-l-2 border-line px-2 py-1.5 ${marked ? 'max-md:block max-md:border-0 max-md:py-0.5' : ''}`}
                      data-arch={c.architecture.id}
                      data-state={(c.answers.get(capability.id) ?? []).map((a) => a.result.state).join(' ')}
                    >
                      {marked && (
                        <span className="font-semibold md:hidden" aria-hidden="true">
                          {c.architecture.name}
                        </span>
                      )}
                      <Answers
                        column={c}
                        answers={c.answers.get(capability.id)}
                        notes={notes.has(capability.id)}
                        scenario={linked ? scenario : null}
                        compact={marked}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Whether the architectures' answers differ (their worst states, not-provided counting as a state). */
function differsAcross(columns: readonly Column[], capability: string): boolean {
  const worst = columns.map((c) => {
    const states = (c.answers.get(capability) ?? []).map((a) => a.result.state);
    return states.sort((a, b) => rankOf(a) - rankOf(b))[0] ?? 'missing';
  });
  return new Set(worst).size > 1;
}
const order = ['unavailable', 'degraded', 'not-provided', 'operational', 'not-at-site', 'connected', 'missing'];
const rankOf = (state: string) => order.indexOf(state);

function Answers({
  column,
  answers,
  notes,
  scenario,
  compact,
}: {
  column: Column;
  answers: SiteAnswer[] | undefined;
  /** Show the data's note on the capability in this architecture. */
  notes: boolean;
  /** Each answer links to its architecture under these conditions; null: no links. */
  scenario: Scenario | null;
  /** Long "not provided" explanations in two lines (the whole text on hover and for screen readers). */
  compact: boolean;
}) {
  if (!answers) return <span className="text-muted">Not described</span>;
  const note = answers[0]!.result.note;
  return (
    <>
      <ul className="flex flex-col gap-1">
        {answers.map((answer) => {
          const { state, notProvided } = answer.result;
          const look = state in statusLook ? statusLook[state as keyof typeof statusLook] : null;
          const limits =
            state === 'degraded' || state === 'unavailable' ? limitedByNames(column.architecture, answer) : [];
          return (
            <li
              key={answer.siteIds.join(',')}
              data-testid="capability-answer"
              data-state={state}
              data-sites={answer.siteIds.join(',')}
            >
              {answers.length > 1 && <span className="font-semibold">{answer.siteLabel}: </span>}
              {scenario ? (
                <a
                  href={hrefTo(
                    { page: 'arch', id: column.architecture.id },
                    { ...scenario, node: answer.limitedBy[0] ?? null },
                  )}
                  className={`inline-flex items-center gap-1 rounded border px-1 font-semibold no-underline hover:underline ${look ? `${look.text} ${look.bg} ${look.border}` : 'border-line text-muted'}`}
                  data-testid="capability-link"
                >
                  <span aria-hidden="true">{stateIcon[state]}</span>
                  {stateWord[state]}
                </a>
              ) : (
                <span
                  className={`inline-flex items-center gap-1 rounded border px-1 font-semibold ${look ? `${look.text} ${look.bg} ${look.border}` : 'border-line text-muted'}`}
                >
                  <span aria-hidden="true">{stateIcon[state]}</span>
                  {stateWord[state]}
                </span>
              )}
              {limits.length > 0 && (
                <span className="text-muted" title={limits.join(', ')}>
                  {' '}
                  · limited by {shortList(limits, 3)}
                </span>
              )}
              {state === 'not-provided' && notProvided && (
                <span
                  className={`block text-muted ${compact ? 'line-clamp-2 text-sm' : 'text-xs'}`}
                  title={compact ? notProvided : undefined}
                >
                  {notProvided}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {notes && note && (
        <p
          className={`mt-1 border-l-2 border-line pl-2 text-muted ${compact ? 'text-sm' : 'text-xs'}`}
          data-testid="capability-note"
        >
          {note}
        </p>
      )}
    </>
  );
}

/** Copies the table as Markdown; when the browser refuses, shows the text to copy by hand. */
function CopyMarkdown({ text }: { text: () => string }) {
  const [outcome, setOutcome] = useState<'copied' | { manual: string } | null>(null);
  const copy = async () => {
    const markdown = text();
    try {
      await navigator.clipboard.writeText(markdown);
      setOutcome('copied');
      setTimeout(() => setOutcome((o) => (o === 'copied' ? null : o)), 3000);
    } catch {
      setOutcome({ manual: markdown });
    }
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded-md border-2 border-line px-2 py-0.5 text-sm font-semibold"
        data-testid="copy-markdown"
      >
        {outcome === 'copied' ? '✓ Copied as Markdown' : 'Copy as Markdown'}
      </button>
      <p role="status" aria-live="polite" className="text-sm" data-testid="copy-markdown-status">
        {outcome === 'copied' && <span className="sr-only">The table was copied to the clipboard as Markdown.</span>}
      </p>
      {outcome !== null && outcome !== 'copied' && (
        <div
          className="w-[min(40rem,90vw)] rounded-md border-2 border-warn bg-warn-bg p-2 text-sm"
          data-testid="copy-markdown-manual"
        >
          <p className="font-semibold text-warn">
            The browser did not let the page copy. Select the text below and copy it (Ctrl+C or ⌘C):
          </p>
          <textarea
            readOnly
            value={outcome.manual}
            rows={8}
            aria-label="The table as Markdown"
            onFocus={(event) => event.currentTarget.select()}
            ref={(field) => field?.select()}
            className="mt-1 w-full rounded border border-line bg-surface p-1 font-mono text-xs text-fg"
          />
          <button type="button" className="mt-1 underline" onClick={() => setOutcome(null)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
