/** The benchmark's baseline: the least a React Flow page can ship (React, React Flow, its CSS, 10 nodes). */
import { createRoot } from 'react-dom/client';
import { ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

const nodes = Array.from({ length: 10 }, (_, i) => ({
  id: `n${i}`,
  position: { x: (i % 5) * 180, y: Math.floor(i / 5) * 120 },
  data: { label: `Node ${i}` },
}));
const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i]!.id, target: n.id }));

createRoot(document.getElementById('root')!).render(<ReactFlow nodes={nodes} edges={edges} fitView />);
