/**
 * Esc closes the selected component's details and puts the keyboard focus back on its node, so a
 * keyboard user carries on from there; with nothing selected, Esc does what the page says.
 */
import { selectNode, useExplorer } from '../url/store';
import { useHotkeys } from './useHotkeys';

export function useEscapeDeselects(otherwise: () => void): void {
  useHotkeys({
    Escape: () => {
      const node = useExplorer.getState().choices.node;
      if (!node) return otherwise();
      selectNode(null);
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(node)}"]`)?.focus(),
      );
    },
  });
}
