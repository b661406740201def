// Starting the editor: attach the engine, then open (in this order) a share link in the URL, the
// autosaved document, or the default preset. Also the undo/redo keys.

import type { LabApi } from '../../worker/api.ts';
import { useDoc } from '../doc/docStore.ts';
import { type LabDocument, SHARE_PREFIX } from '../doc/document.ts';
import { useEditor } from '../doc/editorStore.ts';
import { attachLab, inOrder, redo, undo } from '../doc/engine.ts';
import { loadAutosave, saveNow, startAutosave } from '../doc/persist.ts';
import { DEFAULT_PRESET } from '../doc/presetList.ts';
import type { Engine } from '../doc/queue.ts';
import { translate, useLang } from '../i18n/index.ts';

type Open = (doc: LabDocument, traffic?: string[]) => Promise<void>;

/**
 * Opens a `#share=` link; `startup`: the page just loaded, so the user's lab is the autosave. Runs
 * as a task of the editor's queue (engine.ts), after everything issued before it.
 */
async function openFromUrl(open: Open, startup: boolean): Promise<boolean> {
  const hash = location.hash;
  if (!hash.startsWith(SHARE_PREFIX)) return false;
  // fflate and zod come with the first link opened.
  const { decodeShare } = await import('../doc/share.ts');
  const r = decodeShare(hash);
  if (!r.ok) {
    // A known problem in the UI's language; a schema error names its field (in English, as data).
    const error = 'problem' in r ? translate(useLang.getState().lang, `share.err.${r.problem}`) : r.error;
    useEditor.getState().set({ toast: { key: 'share.bad', params: { error } } });
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
  await open(r.doc);
  return true;
}

async function openOwn(open: Open): Promise<void> {
  const saved = await loadAutosave();
  if (saved) await open(saved);
  else await open(DEFAULT_PRESET.doc, DEFAULT_PRESET.traffic);
}

function isTyping(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

function onKey(e: KeyboardEvent) {
  if (!(e.ctrlKey || e.metaKey) || isTyping(e)) return;
  const k = e.key.toLowerCase();
  if (k === 'z' && !e.shiftKey) void undo();
  else if ((k === 'z' && e.shiftKey) || k === 'y') void redo();
  else return;
  e.preventDefault();
}

/**
 * Starts the editor on engines made by `makeEngine` (a new one replaces a worker that died);
 * `onEngine` hears of each one (the step view reads the trace from it).
 */
export function startEditor(makeEngine: () => Engine, onEngine?: (lab: LabApi) => void): () => void {
  let stopAutosave: (() => void) | undefined;
  let stopped = false;
  // The engine's first task: whatever the user does while the autosave is being read (pick a
  // preset, import), even before this runs, is queued after it and wins, as it was done later.
  const first = async (open: Open) => {
    if (!(await openFromUrl(open, true))) await openOwn(open);
    if (stopped) return;
    useDoc.temporal.getState().clear(); // undo starts from what was opened, not from empty
    stopAutosave = startAutosave();
  };
  const detach = attachLab(makeEngine, first, onEngine);
  const onHash = () => void inOrder((open) => openFromUrl(open, false));
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
