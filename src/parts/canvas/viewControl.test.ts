import { describe, expect, it } from 'vitest';
import {
  builtArea,
  defaultViewport,
  frameViewport,
  initialViewState,
  reduceView,
  regionOf,
  READABLE_ZOOM,
  restingViewport,
  revealTarget,
  screenIn,
  TAP_TARGET,
  UNCOVERED,
  type ViewEvent,
  type ViewState,
} from './viewControl';
import { toScreen, type Frame } from './viewport';
import { FIT_PADDING_PX } from '../../model/firstView';

const frame: Frame = { width: 1000, height: 600, fitZoom: 0.5 };
const bounds = { x: 0, y: 0, width: 1800, height: 900 };

/** Runs events from a state, collecting every command. */
function run(events: ViewEvent[], from: ViewState = initialViewState) {
  let state = from;
  const commands = [];
  for (const event of events) {
    const [next, out] = reduceView(state, event);
    state = next;
    commands.push(...out);
  }
  return { state, commands };
}
const ready = run([{ type: 'ready', link: null, frame }, { type: 'shown' }]).state;

describe('the default view', () => {
  it('fits the whole diagram to the whole canvas, whatever a panel covers', () => {
    const v = defaultViewport({ bounds, width: 1000, height: 600, least: null });
    // Fitted to the width (the diagram is wider than the canvas's proportions), with the left gutter.
    expect(v.zoom).toBeCloseTo((1000 - 56 - 12) / 1800, 3);
    expect(v.x).toBeGreaterThanOrEqual(56 - 1);
  });

  it('on a phone, starts on the central site at a size a finger can tap', () => {
    const v = defaultViewport({
      bounds,
      width: 390,
      height: 700,
      least: { zoom: TAP_TARGET / 22, corner: { x: 100, y: 40 } },
    });
    expect(v.zoom).toBeCloseTo(TAP_TARGET / 22);
    expect(100 * v.zoom + v.x).toBeCloseTo(8);
    expect(40 * v.zoom + v.y).toBeCloseTo(52);
  });
});

describe('revealing what is in focus', () => {
  const view = { x: 0, y: 0, zoom: 1 };
  it('moves nothing when the boxes are in the part no panel covers', () => {
    expect(revealTarget([{ x: 100, y: 100, width: 100, height: 40 }], view, 1000, 600, { right: 350, bottom: 0 })).toBe(
      null,
    );
  });

  it('moves just enough to bring a box out from under the panel, keeping the zoom', () => {
    const target = revealTarget([{ x: 800, y: 100, width: 100, height: 40 }], view, 1000, 600, {
      right: 350,
      bottom: 0,
    })!;
    expect(target.zoom).toBe(1);
    expect(target.y).toBe(0);
    // The box's right edge now sits left of the panel, with a little room.
    expect(900 + target.x).toBeLessThanOrEqual(650 - 4);
    expect(900 + target.x).toBeGreaterThan(600);
  });

  it('zooms out, centred in the free part, only when the boxes cannot fit at this zoom', () => {
    const target = revealTarget([{ x: 0, y: 0, width: 1200, height: 40 }], view, 1000, 600, { right: 0, bottom: 300 })!;
    expect(target.zoom).toBeLessThan(1);
    expect(1200 * target.zoom).toBeLessThanOrEqual(1000 - 8 + 0.001);
  });
});

describe('the region a zoomed-in fleet builds', () => {
  it('is the screen grown by a screen each way, and screenIn undoes it', () => {
    const view = { x: -200, y: -100, zoom: 2 };
    const region = regionOf(view, 1000, 600);
    expect(screenIn(region)).toEqual({ x: 100, y: 50, width: 500, height: 300 });
  });

  it('keeps the built area while the screen stays inside it, and grows a new one when it leaves', () => {
    const first = builtArea(null, { x: 0, y: 0, width: 100, height: 100 });
    expect(first).toEqual({ x: -50, y: -50, width: 200, height: 200 });
    expect(builtArea(first, { x: 40, y: 40, width: 100, height: 100 })).toBe(first);
    expect(builtArea(first, { x: 60, y: 0, width: 100, height: 100 })).not.toBe(first);
  });
});

describe('framing a tour step', () => {
  const diagram = { x: 0, y: 0, width: 3000, height: 1200 };
  const stage = { width: 1280, height: 560, padding: 24, zoom: { min: 1, max: 1.3 } };
  const onScreen = (
    v: { x: number; y: number; zoom: number },
    r: { x: number; y: number; width: number; height: number },
  ) =>
    r.x * v.zoom + v.x >= stage.padding - 0.5 &&
    r.y * v.zoom + v.y >= stage.padding - 0.5 &&
    (r.x + r.width) * v.zoom + v.x <= stage.width - stage.padding + 0.5 &&
    (r.y + r.height) * v.zoom + v.y <= stage.height - stage.padding + 0.5;

  it('keeps the diagram’s edge at the stage’s edge instead of showing empty background', () => {
    // Focus at the diagram's top-left corner: centred on it, a quarter of the stage would be empty.
    const focus = [{ x: 10, y: 10, width: 200, height: 60 }];
    const v = frameViewport({ focus, titles: [], bounds: diagram, ...stage });
    expect(v.zoom).toBe(1.3);
    expect(v.x).toBeCloseTo(stage.padding);
    expect(v.y).toBeCloseTo(stage.padding);
    expect(onScreen(v, focus[0]!)).toBe(true);
  });

  it('shows the focus’s site title when the focus leaves room for it', () => {
    const focus = [{ x: 1000, y: 600, width: 300, height: 200 }];
    const title = { x: 980, y: 480, width: 600, height: 30 };
    const v = frameViewport({ focus, titles: [title], bounds: diagram, ...stage });
    expect(onScreen(v, focus[0]!)).toBe(true);
    expect(title.y * v.zoom + v.y).toBeGreaterThanOrEqual(stage.padding - 0.5);
  });

  it('centres a diagram smaller than the stage', () => {
    const small = { x: 0, y: 0, width: 600, height: 300 };
    const v = frameViewport({ focus: [{ x: 0, y: 0, width: 50, height: 20 }], titles: [], bounds: small, ...stage });
    expect(v.x + (small.width / 2) * v.zoom).toBeCloseTo(stage.width / 2);
  });
});

describe('the view machine', () => {
  it('starts from the link’s view, or fits', () => {
    const link = { kind: 'diagram' as const, cx: 100, cy: 50, scale: 2 };
    expect(run([{ type: 'ready', link, frame }]).commands).toEqual([
      { type: 'set', viewport: toScreen(link, frame), duration: 0 },
    ]);
    expect(run([{ type: 'ready', link: null, frame }]).commands).toEqual([{ type: 'fit', duration: 0 }]);
  });

  it('does nothing before React Flow is ready', () => {
    const link = { kind: 'diagram' as const, cx: 1, cy: 1, scale: 1 };
    expect(
      run([
        { type: 'link', link, frame, current: { x: 0, y: 0, zoom: 1 } },
        { type: 'inputs', link: null, fitKey: 'a', width: 1000, height: 600, animate: true },
        { type: 'inputs', link: null, fitKey: 'b', width: 900, height: 600, animate: true },
      ]).commands,
    ).toEqual([]);
  });

  it('snaps a gesture’s view to what a link holds, reports it, and does not apply it again when it comes back', () => {
    const moved = { x: 12.34, y: -5.67, zoom: 0.61234 };
    const { state, commands } = run(
      [
        { type: 'moveStart', viewport: { x: 0, y: 0, zoom: 0.5 } },
        { type: 'moveEnd', viewport: moved, manual: true, frame },
      ],
      ready,
    );
    const reported = commands.find((c) => c.type === 'report')!;
    expect(reported.type === 'report' && reported.view).toMatchObject({ kind: 'diagram', scale: 1.225 });
    // The link comes back with that view: it is on screen already, and a newer move may have begun.
    const back = run(
      [
        {
          type: 'link',
          link: reported.type === 'report' ? reported.view : null,
          frame,
          current: { x: 9, y: 9, zoom: 3 },
        },
      ],
      state,
    );
    expect(back.commands).toEqual([]);
  });

  it('applies a link’s view that was not chosen here, unless it is on screen already', () => {
    const link = { kind: 'diagram' as const, cx: 500, cy: 300, scale: 1 };
    expect(run([{ type: 'link', link, frame, current: { x: 0, y: 0, zoom: 1 } }], ready).commands).toEqual([
      { type: 'set', viewport: toScreen(link, frame), duration: 0 },
    ]);
    expect(run([{ type: 'link', link, frame, current: toScreen(link, frame) }], ready).commands).toEqual([]);
  });

  it('does not take a click, or a move it made itself, for a choice', () => {
    const at = { x: 5, y: 5, zoom: 0.5 };
    expect(
      run(
        [
          { type: 'moveStart', viewport: at },
          { type: 'moveEnd', viewport: at, manual: true, frame },
        ],
        ready,
      ).commands,
    ).toEqual([]);
    expect(
      run([{ type: 'moveEnd', viewport: { x: 90, y: 0, zoom: 1 }, manual: false, frame }], ready).commands,
    ).toEqual([]);
  });

  it('fits again only without a chosen view: animated when the step changes or the link drops its view, at once on a resize', () => {
    const inputs = (patch: Partial<Extract<ViewEvent, { type: 'inputs' }>> = {}): ViewEvent => ({
      type: 'inputs',
      link: null,
      fitKey: '',
      width: 1000,
      height: 600,
      animate: true,
      ...patch,
    });
    const seen = run([inputs()], ready).state;
    expect(run([inputs()], seen).commands).toEqual([]);
    expect(run([inputs({ fitKey: 'step-2' })], seen).commands).toEqual([{ type: 'fit', duration: 400 }]);
    expect(run([inputs({ width: 900 })], seen).commands).toEqual([{ type: 'fit', duration: 0 }]);
    const link = { kind: 'diagram' as const, cx: 0, cy: 0, scale: 1 };
    const linked = run([inputs({ link })], seen);
    expect(linked.commands).toEqual([]);
    expect(run([inputs({ link, width: 900 })], linked.state).commands).toEqual([]);
    expect(run([inputs()], linked.state).commands).toEqual([{ type: 'fit', duration: 400 }]);
  });

  it('reveals only once the first view is on screen, and only where it must', () => {
    const target = { x: -100, y: 0, zoom: 1 };
    const link = { kind: 'diagram' as const, cx: 0, cy: 0, scale: 2 };
    const before = run([{ type: 'ready', link: null, frame }]).state;
    expect(run([{ type: 'reveal', link, target }], before).commands).toEqual([]);
    // A chosen view glides, and where it ends becomes the chosen view (the hook chooses it once there).
    expect(run([{ type: 'reveal', link, target }], ready).commands).toEqual([{ type: 'glide', viewport: target }]);
    // The resting view moves as a fit: nothing is chosen, the link keeps no view.
    expect(run([{ type: 'reveal', link: null, target }], ready).commands).toEqual([{ type: 'fit', duration: 250 }]);
    expect(run([{ type: 'reveal', link, target: null }], ready).commands).toEqual([]);
  });

  it('rests the view beside a panel: the default fit, moved just enough to show what is in focus', () => {
    const input = { bounds, width: 1000, height: 600, least: null };
    const fit = defaultViewport(input);
    expect(restingViewport(input, [], { right: 350, bottom: 0 })).toEqual(fit);
    const atRight = { x: 1700, y: 400, width: 100, height: 40 };
    const resting = restingViewport(input, [atRight], { right: 350, bottom: 0 });
    expect(resting.zoom).toBe(fit.zoom);
    expect((atRight.x + atRight.width) * resting.zoom + resting.x).toBeLessThanOrEqual(650 - 4);
    expect(restingViewport(input, [atRight], UNCOVERED)).toEqual(fit);
  });

  it('beside a panel, zooms out for a wide focus no further than labels read at 12 px, its start in view', () => {
    // A diagram that fits at about 0.86 (TripleO at 1280×720), two edge sites cut: they cannot both fit
    // beside the panel at a readable zoom, so the first one shows whole and the panel covers the other.
    const diagram = { x: 0, y: 0, width: 1410, height: 685 };
    const input = { bounds: diagram, width: 1280, height: 623, least: null };
    const fit = defaultViewport(input);
    expect(fit.zoom).toBeGreaterThan(READABLE_ZOOM);
    const edges = [
      { x: 0, y: 420, width: 760, height: 240 },
      { x: 790, y: 420, width: 600, height: 230 },
    ];
    const resting = restingViewport(input, edges, { right: 380, bottom: 0 });
    expect(resting.zoom).toBeCloseTo(READABLE_ZOOM);
    // The first site (at x = 0) starts where a fit starts it, clear of the zoom controls.
    expect(resting.x).toBeCloseTo(FIT_PADDING_PX.left);
    // The sites' bottom is on screen, and the first site is whole left of the panel.
    expect(660 * resting.zoom + resting.y).toBeLessThanOrEqual(623);
    expect(760 * resting.zoom + resting.x).toBeLessThanOrEqual(1280 - 380);
    // A diagram that fits far below 12 px (a fleet's overview) is never zoomed in for the panel.
    const small = { ...input, height: 400 };
    expect(restingViewport(small, edges, { right: 380, bottom: 0 }).zoom).toBeLessThanOrEqual(
      defaultViewport(small).zoom,
    );
  });

  it('beside a panel, zooms a fit a little under 12 px in to 12 px around the focus, which stays clear of the panel', () => {
    // StarlingX at 1280×720: the fit shows 14 px labels at about 10.9 px.
    const diagram = { x: 0, y: 0, width: 1432, height: 770 };
    const input = { bounds: diagram, width: 1280, height: 623, least: null };
    const fit = defaultViewport(input);
    expect(fit.zoom).toBeLessThan(READABLE_ZOOM);
    const subcloud = { x: 787, y: 314, width: 645, height: 456 };
    const resting = restingViewport(input, [subcloud], { right: 380, bottom: 0 });
    expect(resting.zoom).toBeCloseTo(READABLE_ZOOM);
    expect(subcloud.x * resting.zoom + resting.x).toBeGreaterThanOrEqual(0);
    expect((subcloud.x + subcloud.width) * resting.zoom + resting.x).toBeLessThanOrEqual(1280 - 380);
    expect((subcloud.y + subcloud.height) * resting.zoom + resting.y).toBeLessThanOrEqual(623);
    // No panel, or nothing in focus: the fit.
    expect(restingViewport(input, [subcloud], UNCOVERED)).toEqual(fit);
    expect(restingViewport(input, [], { right: 380, bottom: 0 })).toEqual(fit);
  });
});
