// The Delete key's presses (keys.ts), which the inspector's delete button answers (form.tsx). A press
// made before the inspector has drawn (its code loads on first use) waits for it, for the selection
// it was made on and for a few seconds only.

import { create } from 'zustand';

export interface DeletePress {
  /** What was selected when Delete was pressed. */
  selected: string;
  at: number;
}

export const useDeleteKey = create<{ presses: number; pending?: DeletePress }>()(() => ({ presses: 0 }));

/** Takes the press not answered yet, if it was made on `selected` in the last 5 s. */
export function takePending(selected: string | undefined): boolean {
  const p = useDeleteKey.getState().pending;
  if (!p) return false;
  useDeleteKey.setState({ pending: undefined });
  return p.selected === selected && Date.now() - p.at < 5000;
}
