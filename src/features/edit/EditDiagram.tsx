/**
 * The edited architecture drawn like a shipped one: the same nodes, links and cut rules. A click on a
 * site's WAN link (or its Cut button) cuts it; a click on a component says what it does and what
 * happens to it while cut. While the file has errors the last diagram that drew stays, marked.
 */
import { useState } from 'react';
import type { ArchitectureBundle } from '../../model/dataset';
import { useScenario } from '../../url/store';
import { GraphCanvas } from '../../parts/canvas/GraphCanvas';
import { useSimulation } from '../../parts/canvas/useSimulation';
import { describeScenario } from '../../simulation/scenario';
import { componentById } from '../../simulation/lookup';
import { StatusBadge } from '../../ui/StatusBadge';
import { Legend } from '../../ui/Legend';

export function EditDiagram({ bundle, stale }: { bundle: ArchitectureBundle; stale: boolean }) {
  const scenario = useScenario();
  const [selected, setSelected] = useState<string | null>(null);
  const { architecture } = bundle;
  const { resolved, resolution, states, flow, toggle, focusing, emphasis } = useSimulation(bundle, scenario, {
    selected,
  });
  const component = selected ? componentById(architecture, selected) : undefined;
  const state = selected ? states.get(selected) : undefined;
  return (
    <div className={`flex h-full flex-col ${stale ? 'opacity-60' : ''}`}>
      <p className="border-b border-line px-3 py-0.5 text-sm" data-testid="edit-condition">
        {stale && <strong>The file has errors: this is the last version that drew. </strong>}
        {describeScenario(architecture, resolved)}
      </p>
      <div className="relative min-h-0 flex-1">
        <GraphCanvas
          // Another architecture (a new id, other sites) is another picture: start from a fresh fit.
          key={`${architecture.id} ${architecture.sites.map((s) => s.id).join(' ')}`}
          label={`${architecture.name}: ${architecture.sites.length} sites and ${architecture.components.length} components`}
          nodes={flow.nodes}
          edges={flow.edges}
          focusing={focusing}
          focusLinks={emphasis.focusLinks}
          labelFor={selected}
          view={null}
          onSelect={(id) => setSelected((current) => (current === id ? null : id))}
          onToggleSite={toggle}
          centralDown={resolution.centralDown}
        />
        <div className="pointer-events-none absolute top-2 left-2 z-10 max-w-[16rem] [&>*]:pointer-events-auto">
          <Legend />
        </div>
        {component && state && (
          <aside
            className="absolute right-2 bottom-2 z-10 max-w-sm rounded-lg border-2 border-line bg-surface p-3 text-sm shadow"
            aria-label={component.name}
            data-testid="edit-details"
          >
            <h2 className="font-bold">{component.name}</h2>
            <p className="text-muted">{component.role}</p>
            <p className="mt-1 flex items-center gap-2">
              <StatusBadge state={state.state} />
            </p>
            <p className="mt-1">
              <strong>Cut off:</strong> {component.disconnected.impact}
            </p>
            <p className="mt-1">
              <strong>Link back:</strong> {component.disconnected.reconnect}
            </p>
            <button type="button" className="mt-2 underline" onClick={() => setSelected(null)}>
              Close
            </button>
          </aside>
        )}
      </div>
    </div>
  );
}
