// The wires: a veth pair (one edge, both ends named), a bridge port's attachment to its bridge, and
// a macvlan's tie to its parent.

import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';
import type { LabEdge } from '../layout.ts';
import { StepPacket } from '../step/lazy.tsx';

export function LinkEdge(props: EdgeProps<LabEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const kind = data?.kind ?? 'veth';
  // A port on a wrapped line: up out of the port, across to the gap between the boxes above, and
  // straight up that gap into the bridge (the handle above the gap), never through another box.
  const wire =
    data?.bus === undefined
      ? path
      : sourcePosition === 'top'
        ? `M ${sourceX},${sourceY} V ${sourceY - 20} H ${data.bus} V ${targetY}`
        : `M ${sourceX},${sourceY} H ${data.bus} V ${targetY}`;
  // A wire dropping from a host port into a namespace box passes through the box's header: its label
  // goes in the gap just under the port, not at the middle of the wire.
  const [lx, ly] =
    sourcePosition === 'bottom' && targetPosition === 'top'
      ? [labelX, Math.min(labelY, sourceY + 20)]
      : [labelX, labelY];
  return (
    <>
      <BaseEdge id={props.id} path={wire} className={`link-edge link-${kind}`} />
      <StepPacket id={props.id} path={wire} />
      {data?.label && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label-${kind}`}
            data-testid={`edge-label:${kind}`}
            style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)` }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
