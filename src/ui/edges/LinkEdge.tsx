// The wires: a veth pair (one edge, both ends named), a bridge port's attachment to its bridge, and
// a macvlan's tie to its parent.

import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';
import type { LabEdge } from '../layout.ts';
import { StepPacket } from '../step/lazy.tsx';
import { useEnvelopeLeft, useStepEdge } from '../step/store.ts';

/**
 * Where a wire's label sits around its point: centred on the wire, or, while the step's envelope
 * travels this wire, beside it (an up-and-down wire's on the side the envelope's text does not run
 * to, above a level one), so the two never cover each other (CanvasMarks.tsx keeps the envelope off
 * the other wires' labels).
 */
const LABEL_AT = {
  on: 'translate(-50%, -50%)',
  left: 'translate(calc(-100% - 24px), -50%)',
  right: 'translate(24px, -50%)',
  above: 'translate(-50%, calc(-100% - 40px))',
} as const;

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
  const carrying = useStepEdge(props.id) !== undefined;
  const envelopeLeft = useEnvelopeLeft(props.id);
  const upDown = sourcePosition === 'bottom' || sourcePosition === 'top';
  const at = !carrying ? 'on' : !upDown ? 'above' : envelopeLeft ? 'right' : 'left';
  // A port on a wrapped line: up out of the port, across to the gap between the boxes above, and
  // straight up that gap into the bridge (the handle above the gap), never through another box.
  // A straight drop through a namespace's header passes under it (layout.ts' `under`): the wire stops
  // above the header and goes on below it, so the header's name and tags stay whole.
  const under = data?.under;
  const [y0, y1] = under && sourceY > targetY ? [under[1], under[0]] : (under ?? [0, 0]);
  const wire =
    data?.bus !== undefined
      ? sourcePosition === 'top'
        ? `M ${sourceX},${sourceY} V ${sourceY - 20} H ${data.bus} V ${targetY}`
        : `M ${sourceX},${sourceY} H ${data.bus} V ${targetY}`
      : under && Math.abs(sourceX - targetX) < 1
        ? `M ${sourceX},${sourceY} V ${y0} M ${targetX},${y1} V ${targetY}`
        : path;
  // A wire dropping from a host port into a namespace box passes through the box's header: its label
  // goes in the gap just under the port, not at the middle of the wire.
  // Above a level wire, it clears the higher end (an envelope is up to three lines tall, centred on
  // the wire).
  const [lx, ly] =
    sourcePosition === 'bottom' && targetPosition === 'top'
      ? [labelX, Math.min(labelY, sourceY + 20)]
      : at === 'above'
        ? [labelX, Math.min(sourceY, targetY)]
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
            data-edge={props.id}
            data-at={at}
            style={{ transform: `${LABEL_AT[at]} translate(${lx}px, ${ly}px)` }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
