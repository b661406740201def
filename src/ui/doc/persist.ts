// Autosave: the document goes to IndexedDB (idb-keyval) shortly after every change and at once
// when the page is hidden or closed. While a shared link is being viewed nothing is written, so a
// link never overwrites the user's own work unless they choose to keep it.

import { get, set } from 'idb-keyval';
import { useDoc } from './docStore.ts';
import { type LabDocument, parseDocument } from './document.ts';
import { useEditor } from './editorStore.ts';

export const AUTOSAVE_KEY = 'netns-lab.autosave.v1';
const DEBOUNCE_MS = 300;

export async function loadAutosave(): Promise<LabDocument | undefined> {
  try {
    const raw = await get(AUTOSAVE_KEY);
    if (raw === undefined) return undefined;
    const r = parseDocument(raw);
    return r.ok ? r.doc : undefined;
  } catch {
    return undefined; // IndexedDB unavailable (private mode): the lab still works, unsaved
  }
}

/** Whether the autosave holds the document on screen, on <html data-autosave> for tests and tools. */
function mark(state: 'pending' | 'saved' | 'failed'): void {
  document.documentElement.dataset.autosave = state;
}

export async function saveNow(doc = useDoc.getState().doc): Promise<void> {
  try {
    await set(AUTOSAVE_KEY, doc);
  } catch {
    // nothing to do: the page keeps working without persistence
  }
}

/** Starts autosaving; returns a function that stops it (flushing what is pending). */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let writes = 0;
  mark('saved');
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending || useEditor.getState().shared) return;
    pending = false;
    const mine = ++writes;
    set(AUTOSAVE_KEY, useDoc.getState().doc).then(
      () => mine === writes && !pending && mark('saved'),
      () => mark('failed'),
    );
  };
  const unsub = useDoc.subscribe((s, prev) => {
    if (s.doc === prev.doc) return;
    pending = true;
    mark('pending');
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  });
  const onHide = () => flush();
  addEventListener('pagehide', onHide);
  const onVisibility = () => document.visibilityState === 'hidden' && flush();
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    flush();
    unsub();
    removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
