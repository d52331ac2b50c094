/**
 * The canvas's own keys, on the focused node inside it: arrow keys move to the nearest node in that
 * direction on screen, + and − zoom (the view reached becomes the reader's choice), and Tab from the
 * selected node goes into its panel rather than to the next of dozens of nodes.
 */
import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { nextNodeInDirection, type Direction } from './keyboard';

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
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const zoom =
        event.key === '+' || event.key === '='
          ? flow.zoomIn
          : event.key === '-' || event.key === '_'
            ? flow.zoomOut
            : null;
      if (zoom) {
        event.preventDefault();
        void zoom({ duration: 150 }).then(recordView);
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
    [flow, recordView, arrows, wrapper],
  );
}
