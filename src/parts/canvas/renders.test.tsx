// @vitest-environment jsdom
/**
 * A selection must re-render only the nodes whose look changes: React Flow skips a node whose
 * object is unchanged, and emphasise() keeps every other node's object. Counted in a real React Flow.
 */
import { act, memo, useMemo, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyBundle } from '../../../test/fixtureData';
import type { ArchitectureBundle } from '../../model/dataset';
import type { Cut } from '../../simulation/cut';
import { nodeTypes } from './nodes/nodeTypes';
import { useSimulation } from './useSimulation';
import { CALM } from '../../simulation/scenario';

beforeAll(() => {
  // jsdom has neither; React Flow only needs them to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  (globalThis as { DOMMatrixReadOnly?: unknown }).DOMMatrixReadOnly ??= class {
    m22 = 1;
  };
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

const renders = new Map<string, number>();
/** The real node views, each render counted by node id. */
const counted = Object.fromEntries(
  Object.entries(nodeTypes).map(([type, View]) => {
    const Inner = (View as unknown as { type: ComponentType<NodeProps> }).type;
    const Counting = (props: NodeProps) => {
      renders.set(props.id, (renders.get(props.id) ?? 0) + 1);
      return <Inner {...props} />;
    };
    return [type, memo(Counting)];
  }),
);

/** The graph as the pages derive it, through useSimulation. */
function Graph({ model, cut, selected }: { model: ArchitectureBundle; cut: Cut; selected: string | null }) {
  const scenario = useMemo(() => ({ ...CALM, cut }), [cut]);
  const { flow } = useSimulation(model, scenario, { selected });
  return <ReactFlow nodes={flow.nodes} edges={[]} nodeTypes={counted} />;
}

describe('selecting a component', async () => {
  const model = await tinyBundle();
  const cut: Cut = { kind: 'sites', sites: ['east'] };

  it('re-renders only the nodes whose selection changes', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const draw = (selected: string | null) =>
      act(() =>
        root.render(
          <ReactFlowProvider>
            <div style={{ width: 800, height: 600 }}>
              <Graph model={model} cut={cut} selected={selected} />
            </div>
          </ReactFlowProvider>,
        ),
      );
    await draw(null);
    const first = new Map(renders);
    expect(first.get('api')).toBeGreaterThan(0);

    renders.clear();
    await draw('east-agent');
    // The selected node's view draws its selection; a focused node changes only its wrapper's class.
    expect([...renders.keys()].sort()).toEqual(['east-agent']);

    renders.clear();
    await draw('west-agent');
    // The old selection goes back to normal, the new one is drawn: nothing else.
    expect([...renders.keys()].sort()).toEqual(['east-agent', 'west-agent']);
    await act(() => root.unmount());
  });
});
