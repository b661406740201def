// Opening a preset, an empty lab, a file or an imported script replaces the lab. When the lab holds
// work that is in no preset and no file, the user is asked first and can save it as a file on the
// way (issue 10: nothing lost). The question is asked inside the opening task (engine.ts's
// ReplaceGuard), so it is about the lab every earlier edit left, and what is issued after the open
// still comes after it.

import { create } from 'zustand';
import { useDoc } from '../doc/docStore.ts';
import type { LabDocument } from '../doc/document.ts';
import { useEditor } from '../doc/editorStore.ts';
import type { ReplaceGuard } from '../doc/engine.ts';
import { loadPresets } from '../doc/presetList.ts';

/** What makes two labs the same work (the script, where boxes were put, the roles), as a short hash. */
export function fingerprint(doc: LabDocument): string {
  const text = JSON.stringify([doc.script.trim(), doc.positions, doc.roles]);
  // cyrb53: 53 bits is plenty to tell a user's few labs apart.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

let presetPrints: Promise<Set<string>> | undefined;
/** The presets as they come (their chunk is loaded the first time a lab is about to be replaced). */
const presetPrintsNow = (): Promise<Set<string>> => {
  presetPrints ??= loadPresets().then((ps) => new Set(ps.map((p) => fingerprint(p.doc))));
  return presetPrints;
};

/**
 * Labs that exist somewhere else as they are: opened from a preset, a file, a link or a script, or
 * saved as a file. Remembered across reloads (the autosave brings the lab back; this says whether
 * it was changed since), the newest few only.
 */
const KEY = 'netns-lab.kept';
const KEEP = 20;

function keptPrints(): string[] {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function markKept(doc: LabDocument): void {
  const f = fingerprint(doc);
  const prints = [f, ...keptPrints().filter((x) => x !== f)].slice(0, KEEP);
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(prints));
  } catch {
    // Without storage the lab is simply asked about more often.
  }
}

/** Whether replacing `doc` loses nothing: it is empty, a preset as it came, or kept elsewhere. */
export async function isKept(doc: LabDocument): Promise<boolean> {
  if (!doc.script.trim() && Object.keys(doc.positions).length === 0) return true;
  const f = fingerprint(doc);
  return keptPrints().includes(f) || (await presetPrintsNow()).has(f);
}

/**
 * Every document opened after the first (which is the autosave coming back, or a link) came from
 * somewhere it still is. A new document is opened exactly when the editor's epoch moves.
 */
export function trackOpened(): () => void {
  return useEditor.subscribe((s, prev) => {
    if (s.epoch !== prev.epoch && prev.epoch > 0) markKept(useDoc.getState().doc);
  });
}

interface ReplaceState {
  /** The lab about to be replaced, while the user is asked. */
  pending?: { doc: LabDocument; answer(go: boolean): void };
}

export const useReplace = create<ReplaceState>()(() => ({}));

/** The guard for opening over the user's lab: at once when nothing is lost, else the user's answer. */
export const askFirst: ReplaceGuard = async (current) => {
  if (await isKept(current)) return true;
  useReplace.getState().pending?.answer(false);
  return new Promise((resolve) =>
    useReplace.setState({
      pending: {
        doc: current,
        answer: (go) => {
          useReplace.setState({ pending: undefined });
          resolve(go);
        },
      },
    }),
  );
};
