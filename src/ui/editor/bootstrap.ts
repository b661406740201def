// Starting the editor: attach the engine, then open (in this order) a share link in the URL, the
// autosaved document, or the default preset. Also the undo/redo keys.

import type { LabApi } from '../../worker/api.ts';
import { redo, undo, useDoc } from '../doc/docStore.ts';
import { useEditor } from '../doc/editorStore.ts';
import { attachLab, openDocument } from '../doc/engine.ts';
import { loadAutosave, saveNow, startAutosave } from '../doc/persist.ts';
import { DEFAULT_PRESET } from '../doc/presets.ts';
import { decodeShare, SHARE_PREFIX } from '../doc/share.ts';

/** Opens a `#share=` link; `startup`: the page just loaded, so the user's lab is the autosave. */
async function openFromUrl(startup: boolean): Promise<boolean> {
  if (!location.hash.startsWith(SHARE_PREFIX)) return false;
  const r = decodeShare(location.hash);
  if (!r.ok) {
    useEditor.getState().set({ toast: { key: 'share.bad', params: { error: r.error } } });
    history.replaceState(null, '', location.pathname + location.search);
    return false;
  }
  // What "back to my lab" returns to: the autosave at startup; later, the lab on screen (saved
  // now, so a change made just before the link was opened is not lost to the debounce).
  const { shared } = useEditor.getState();
  let previous = shared?.previous;
  if (!shared) {
    if (startup) previous = await loadAutosave();
    else {
      previous = useDoc.getState().doc;
      await saveNow(previous);
    }
  }
  useEditor.getState().set({ shared: { previous } });
  await openDocument(r.doc);
  return true;
}

export async function openOwn(): Promise<void> {
  const saved = await loadAutosave();
  if (saved) await openDocument(saved);
  else await openDocument(DEFAULT_PRESET.doc, DEFAULT_PRESET.traffic);
}

function isTyping(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

function onKey(e: KeyboardEvent) {
  if (!(e.ctrlKey || e.metaKey) || isTyping(e)) return;
  const k = e.key.toLowerCase();
  if (k === 'z' && !e.shiftKey) undo();
  else if ((k === 'z' && e.shiftKey) || k === 'y') redo();
  else return;
  e.preventDefault();
}

export function startEditor(lab: LabApi): () => void {
  const detach = attachLab(lab);
  let stopAutosave: (() => void) | undefined;
  let stopped = false;
  void (async () => {
    if (!(await openFromUrl(true))) await openOwn();
    if (stopped) return;
    useDoc.temporal.getState().clear(); // undo starts from what was opened, not from empty
    stopAutosave = startAutosave();
  })();
  const onHash = () => void openFromUrl(false);
  addEventListener('keydown', onKey);
  addEventListener('hashchange', onHash);
  return () => {
    stopped = true;
    stopAutosave?.();
    detach();
    removeEventListener('keydown', onKey);
    removeEventListener('hashchange', onHash);
  };
}
