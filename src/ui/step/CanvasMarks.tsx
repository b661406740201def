// What node and edge components render for the current step: an outline on the device that acts (or
// a drop marker with its reason), and a packet travelling along the wire. Each subscribes to its own
// id only, so a step re-renders the few elements it touches.

import { useStepDrop, useStepEdge, useStepHighlight } from './store.ts';

export function StepMark({ id }: { id: string }) {
  const mark = useStepHighlight(id);
  const drop = useStepDrop(id);
  if (!mark) return null;
  return (
    <div className={`step-mark step-mark-${mark}`} data-testid={`step-mark:${id}`} aria-hidden={!drop}>
      {drop && (
        <span className="step-drop" role="status">
          ✕ {drop}
        </span>
      )}
    </div>
  );
}

/** A dot moving along `path` in the frame's direction, looping while the step is shown. */
export function StepPacket({ id, path }: { id: string; path: string }) {
  const dir = useStepEdge(id);
  if (!dir) return null;
  return (
    <g className="step-packet-dot" data-testid={`step-edge:${id}`}>
      <path d={path} className="step-edge-glow" />
      <circle r={6}>
        <animateMotion
          dur="0.9s"
          repeatCount="indefinite"
          path={path}
          keyPoints={dir === 'fwd' ? '0;1' : '1;0'}
          keyTimes="0;1"
          calcMode="linear"
        />
      </circle>
    </g>
  );
}
