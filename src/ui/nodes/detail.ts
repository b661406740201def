// Level of detail: zoomed far out, cards drop their address and MAC lines and boxes their routes,
// so a big lab stays cheap to paint while panning. Each node re-renders only when the zoom crosses
// the threshold, not on every frame.

import { useStore } from '@xyflow/react';
import { useEditor } from '../doc/editorStore.ts';

/** Below this zoom the lines are too small to read anyway. */
export const DETAIL_ZOOM = 0.45;

export function useNear(): boolean {
  return useStore((s) => s.transform[2] >= DETAIL_ZOOM);
}

/** Addresses and MACs: when the user wants them and they can be read. */
export function useShowDetails(): boolean {
  const details = useEditor((s) => s.details);
  return useNear() && details;
}
