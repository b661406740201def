// The page's keys: ← / → step back and forward, Space plays or pauses, Delete deletes the selection
// (the inspector's delete, with its confirmation). Not while typing in a field, and Space still
// presses a focused button. Listening in the capture phase keeps React Flow from moving a selected
// box with the arrows instead.

import { useEditor } from './doc/editorStore.ts';
import { useDeleteKey } from './editor/deleteKey.ts';
import { stepActions } from './step/later.ts';
import { useStep } from './step/store.ts';

function typing(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return t.isContentEditable || !!t.closest('input, textarea, select, [role="dialog"], dialog');
}

function pressable(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && !!t.closest('button, a[href], summary, [role="tab"], label');
}

/** A widget whose arrows and Space are its own (the far view's list of namespaces, FarKeys.tsx). */
const ownKeys = (t: EventTarget | null) => t instanceof HTMLElement && !!t.closest('[data-own-keys]');

export function onKey(e: KeyboardEvent): void {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
  const stepping = useStep.getState().events.length > 0 && !ownKeys(e.target);
  if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && stepping && !e.shiftKey) {
    e.preventDefault();
    e.stopPropagation();
    const forward = e.key === 'ArrowRight';
    void stepActions().then((a) => (forward ? a.stepForward() : a.stepBack()));
  } else if (e.key === ' ' && stepping && !pressable(e.target)) {
    e.preventDefault();
    e.stopPropagation();
    const playing = useStep.getState().playing;
    void stepActions().then((a) => (playing ? a.pause() : a.play()));
  } else if (e.key === 'Delete' && useEditor.getState().selected) {
    e.preventDefault();
    const selected = useEditor.getState().selected!;
    useDeleteKey.setState((s) => ({ presses: s.presses + 1, pending: { selected, at: Date.now() } }));
  }
}

export function listenKeys(): () => void {
  addEventListener('keydown', onKey, true);
  return () => removeEventListener('keydown', onKey, true);
}
