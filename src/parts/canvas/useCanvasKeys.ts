/**
 * The canvas's own keys, on the focused node inside it: arrow keys move to the nearest node in that
 * direction on screen, + and − zoom (the view reached becomes the reader's choice), and Tab from the
 * selected node goes into its panel rather than to the next of dozens of nodes.
 */
import { useCallback, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { nextNodeInDirection, type Direction } from './keyboard';

/** One press of + or −: React Flow's own zoom step. */
const ZOOM_STEP = 1.2;

const directions: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export function useCanvasKeys(
  wrapper: RefObject<HTMLElement | null>,
  recordView: () => void,
  /** False in a presentation, where the arrow keys change the step. */
  arrows: boolean,
) {
  const flow = useReactFlow();
  const store = useStoreApi();
  // Where the zoom keys are taking the view: a second press during the glide counts from there, as
  // React Flow's own zoomIn would count from the half-way zoom (two quick presses made one step).
  const heading = useRef<number | null>(null);
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const step =
        event.key === '+' || event.key === '='
          ? ZOOM_STEP
          : event.key === '-' || event.key === '_'
            ? 1 / ZOOM_STEP
            : null;
      if (step) {
        event.preventDefault();
        const { minZoom, maxZoom } = store.getState();
        const target = Math.min(Math.max((heading.current ?? flow.getZoom()) * step, minZoom), maxZoom);
        heading.current = target;
        void flow.zoomTo(target, { duration: 150 }).then(() => {
          if (heading.current !== target) return;
          heading.current = null;
          recordView();
        });
        return;
      }
      const node = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
      if (event.key === 'Tab' && !event.shiftKey && node?.classList.contains('selected')) {
        const first = document
          .getElementById('details-panel')
          ?.querySelector<HTMLElement>('button, a[href], [tabindex="0"]');
        if (first) {
          event.preventDefault();
          first.focus();
        }
        return;
      }
      const direction = directions[event.key];
      if (!arrows || !direction || !node || !wrapper.current) return;
      event.preventDefault();
      const next = nextNodeInDirection(wrapper.current, node, direction);
      next?.focus();
      next?.scrollIntoView?.({ block: 'nearest' });
    },
    [flow, store, recordView, arrows, wrapper],
  );
}
