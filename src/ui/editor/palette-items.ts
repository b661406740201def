// What the palette offers and which selection is the user's, apart from gestures.ts (the edits, loaded
// with the first palette click or drop) so the page draws without it.

import { useEditor } from '../doc/editorStore.ts';

export const PALETTE_MIME = 'application/x-netns-lab';
export const PALETTE_ITEMS = [
  'container',
  'docker',
  'pod',
  'k8s',
  'node',
  'bridge',
  'router',
  'outside',
  'macvlan',
] as const;
export type PaletteItem = (typeof PALETTE_ITEMS)[number];

/** The node the editor selected because it was just created (not one the user chose). */
let created: string | undefined;

export function selectCreated(id: string): void {
  created = id;
  useEditor.getState().select(id);
}

/**
 * Selects a renamed box: one the editor had selected because it was just created stays the editor's
 * selection (typing its name is not choosing it as the target of the next palette click).
 */
export function selectRenamed(from: string, to: string): void {
  if (created === from) created = to;
  useEditor.getState().select(to);
}

/** Whether the current selection is one the user made (a click), not the editor after a creation. */
export function selectionChosen(): boolean {
  const sel = useEditor.getState().selected;
  return sel !== undefined && sel !== created;
}
