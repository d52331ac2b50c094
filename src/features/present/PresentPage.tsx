import { useMemo, useRef, useState } from 'react';
import { useBundle } from '../../dataset/access';
import { hrefTo } from '../../url/hrefs';
import { describeScenario } from '../../simulation/scenario';
import { NORMAL } from '../../simulation/status';
import { useHotkeys } from '../../ui/useHotkeys';
import { useEscapeDeselects } from '../../ui/useEscapeDeselects';
import {
  navigate,
  selectEmbed,
  selectNode,
  selectNodeId,
  selectView,
  setChoices,
  useExplorer,
  useScenario,
} from '../../url/store';
import { formatCut } from '../../url/codec';
import { GraphCanvas } from '../../parts/canvas/GraphCanvas';
import { KnownArchitecture } from '../../ui/KnownArchitecture';
import { useSimulation } from '../../parts/canvas/useSimulation';
import { DetailsPanel } from '../../parts/details/DetailsPanel';
import { useEmbedLinks } from '../../parts/share/embedLinks';
import type { TourStep } from '../../model/schema';
import { componentById } from '../../simulation/lookup';
import { FRAME_PADDING, MAX_TOUR_ZOOM, MIN_TOUR_ZOOM } from './frames';
import { PresentControls } from './PresentControls';
import { useFrames } from './useFrames';
import { usePresentation, useStep } from './usePresentation';

export function PresentPage({ id }: { id: string }) {
  return (
    <KnownArchitecture id={id} loading="the presentation">
      <Presentation id={id} />
    </KnownArchitecture>
  );
}

const framing = { padding: FRAME_PADDING, zoom: { min: MIN_TOUR_ZOOM, max: MAX_TOUR_ZOOM } };

/**
 * Full-window walk through the architecture's tour, laid out for a 720p screen share: the controls in
 * a band at the top, the caption in its own band at the bottom (C hides it), the diagram between them
 * and never under either. Each step frames its components at a zoom where their labels are at least
 * 14 px; a set too large for one screen is shown in parts that Next pans through. Clicking a component
 * (or Enter on it) shows its details beside the diagram without leaving the tour.
 */
function Presentation({ id }: { id: string }) {
  const bundle = useBundle(id);
  const { architecture } = bundle;
  const tour = useMemo(() => architecture.tour ?? [], [architecture]);
  const scenario = useScenario();
  const view = useExplorer(selectView);
  const selected = useExplorer(selectNodeId);
  const embed = useExplorer(selectEmbed);
  useEmbedLinks(embed);
  const stepNumber = useStep(tour);
  const step = tour[stepNumber - 1];
  const focus = step?.focus ?? null;
  const { resolved, resolution, flow, states, toggle, focusing, emphasis } = useSimulation(bundle, scenario, {
    focus,
  });
  const [captionShown, setCaptionShown] = useState(true);
  const canvas = useRef<HTMLElement>(null);
  const { size, frames } = useFrames(canvas, flow.nodes, focus);
  const { at, go, can } = usePresentation(tour, frames.length);
  const frame = frames[at.part - 1];
  const fitTo = useMemo(() => frame?.ids ?? focus, [frame, focus]);

  useHotkeys({
    c: () => setCaptionShown((shown) => !shown),
    f: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => {});
    },
  });
  useEscapeDeselects(() => {
    const { cut, t } = useExplorer.getState().choices;
    if (!document.fullscreenElement && !embed) navigate({ page: 'arch', id }, { cut, t });
  });

  if (!step) {
    return (
      <section className="p-8">
        <h1 className="text-2xl font-bold">{architecture.name} has no tour yet</h1>
        <a href={hrefTo({ page: 'arch', id })} className="underline">
          Back to the diagram
        </a>
      </section>
    );
  }

  const component = selected ? componentById(architecture, selected) : undefined;
  const simulating = formatCut(scenario.cut) !== null || resolved.conditions !== NORMAL;
  return (
    <div
      className="flex h-full w-full flex-col"
      data-testid="presentation"
      data-step={at.step}
      data-part={at.part}
      data-parts={at.parts}
    >
      <h1 className="sr-only">
        {architecture.name}: presentation, step {at.step} of {at.steps}
      </h1>
      <PresentControls
        bundle={bundle}
        step={step}
        at={at}
        go={go}
        can={can}
        condition={simulating ? describeScenario(architecture, resolved) : ''}
        embed={embed}
        captionShown={captionShown}
        onToggleCaption={() => setCaptionShown((shown) => !shown)}
        exitHref={hrefTo({ page: 'arch', id }, { cut: scenario.cut })}
      />
      <div className="flex min-h-0 flex-1">
        <main
          ref={canvas}
          className="relative min-h-0 min-w-0 flex-1"
          data-testid="present-canvas"
          data-frame={frame?.ids.join(' ')}
          aria-label={`${architecture.name} diagram`}
        >
          {size.width > 0 && (
            <GraphCanvas
              label={`${architecture.name}, step ${at.step}: ${step.title}`}
              nodes={flow.nodes}
              edges={flow.edges}
              focusing={focusing}
              focusLinks={emphasis.focusLinks}
              labelFor={selected}
              view={view}
              onViewChange={(v) => setChoices({ view: v })}
              onSelect={selectNode}
              onToggleSite={toggle}
              centralDown={resolution.centralDown}
              fitTo={fitTo}
              framing={framing}
              minimap={false}
              controls={false}
              embedded={embed}
              arrowNavigation={false}
            />
          )}
        </main>
        {component && (
          <aside
            id="details-panel"
            aria-label="Details"
            className="w-[24rem] max-w-[45%] shrink-0 overflow-y-auto border-l-2 border-line bg-surface p-4"
          >
            <DetailsPanel
              architecture={architecture}
              component={component}
              state={states.get(component.id)!}
              onClose={() => selectNode(null)}
            />
          </aside>
        )}
      </div>
      {captionShown && <StepCaption step={step} />}
    </div>
  );
}

function StepCaption({ step }: { step: TourStep }) {
  const long = step.text.length > 450;
  return (
    <section
      aria-live="polite"
      aria-labelledby="step-title"
      className="max-h-[40%] shrink-0 overflow-y-auto border-t-2 border-line bg-surface px-4 py-2 md:px-6 md:py-3"
      data-testid="caption"
    >
      <h2 id="step-title" className="text-2xl leading-tight font-bold md:text-[1.75rem]">
        {step.title}
      </h2>
      <p className={`mt-1 ${long ? 'text-base md:text-[1.05rem]' : 'text-lg md:text-xl'} leading-snug`}>{step.text}</p>
    </section>
  );
}
