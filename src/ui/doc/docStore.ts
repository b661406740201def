// The document store: one LabDocument, with undo/redo (zundo) over it. Every change is a whole new
// document value, so undo is exact: script, positions and roles together.

import { temporal } from 'zundo';
import { create, useStore } from 'zustand';
import { emptyDocument, type LabDocument } from './document.ts';

export interface DocState {
  doc: LabDocument;
  setDoc(doc: LabDocument): void;
}

export const useDoc = create<DocState>()(
  temporal(
    (set) => ({
      doc: emptyDocument(),
      setDoc: (doc) => set({ doc }),
    }),
    { partialize: (s) => ({ doc: s.doc }), equality: (a, b) => a.doc === b.doc, limit: 200 },
  ),
);

export const undo = () => useDoc.temporal.getState().undo();
export const redo = () => useDoc.temporal.getState().redo();

export function useHistory(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useStore(useDoc.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDoc.temporal, (s) => s.futureStates.length > 0);
  return { canUndo, canRedo };
}

/** Positions are layout, not topology: moving a box is still an undoable change. */
export function setPositions(patch: Record<string, { x: number; y: number }>): void {
  const { doc, setDoc } = useDoc.getState();
  setDoc({ ...doc, positions: { ...doc.positions, ...patch } });
}

/** Appends command lines to a script, one per line, keeping it newline-terminated. */
export function appendLines(script: string, lines: string[]): string {
  if (!lines.length) return script;
  const base = script === '' || script.endsWith('\n') ? script : `${script}\n`;
  return `${base}${lines.join('\n')}\n`;
}

/** Physical lines in a script: the line number the next appended command will have, minus one. */
export function lineCount(script: string): number {
  if (script === '') return 0;
  const n = script.split('\n').length;
  return script.endsWith('\n') ? n - 1 : n;
}
