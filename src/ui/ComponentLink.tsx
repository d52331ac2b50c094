import { selectNode } from '../url/store';

/** A component's name as a button that selects it on the diagram. */
export function ComponentLink({ id, name }: { id: string; name: string }) {
  return (
    <button type="button" className="text-left font-semibold text-accent underline" onClick={() => selectNode(id)}>
      {name}
    </button>
  );
}
