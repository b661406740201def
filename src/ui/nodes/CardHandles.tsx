import { Handle, Position } from '@xyflow/react';

const SIDES = [
  ['t', Position.Top],
  ['b', Position.Bottom],
  ['l', Position.Left],
  ['r', Position.Right],
] as const;

/** One handle per side; the layout picks which ones an edge uses (see layout.ts `sides`). */
export function CardHandles() {
  return SIDES.map(([id, position]) => (
    <Handle key={id} id={id} type="source" position={position} isConnectable={false} className="lab-handle" />
  ));
}
