// Autosave. Every change to the document is written at once to localStorage (a journal: a
// synchronous write completes even when the page is reloaded a moment later, which an IndexedDB
// write started from `pagehide` does not) and shortly after to IndexedDB (idb-keyval), each with
// the time it was made; loading takes the newer of the two.
//
// Only one tab saves: the one holding the Web Lock `netns-lab.autosave`. A second tab on the lab
// waits for the lock and says so (its changes are not saved, so it never silently overwrites the
// first tab's); the user can make it the saving tab, and the tab that lost the lock says so in turn.
// A failed write (IndexedDB unavailable, storage full) is reported until a write succeeds. While a
// shared link is viewed nothing is written, so a link never replaces the user's own work unless they
// choose to keep it.

import { getMany, setMany } from 'idb-keyval';
import { create } from 'zustand';
import { useDoc } from './docStore.ts';
import type { LabDocument, ParseResult } from './document.ts';
import { useEditor } from './editorStore.ts';

export const AUTOSAVE_KEY = 'netns-lab.autosave.v1';
/** When the IndexedDB copy was made (ms since the epoch, strictly increasing per tab). */
export const AUTOSAVE_AT_KEY = 'netns-lab.autosave.v1.at';
/** localStorage: `{ at, doc }`, written synchronously on every change. */
export const JOURNAL_KEY = 'netns-lab.journal.v1';
const LOCK = 'netns-lab.autosave';
const DEBOUNCE_MS = 300;
/** How long a tab waits for the lock before it says another tab holds it (a reload's predecessor lets go sooner). */
const GRACE_MS = 1500;

/**
 * `owner`: this tab saves. `waiting`: another tab holds the lock (`otherTab` once the grace period
 * is over). `lost`: another tab took saving over from this one. `alone`: no Web Locks here (an
 * insecure context); this tab saves, and `otherTab` says a BroadcastChannel heard another one.
 */
export type TabRole = 'owner' | 'waiting' | 'lost' | 'alone';

export interface PersistState {
  state: 'pending' | 'saved' | 'failed';
  /** Why the last IndexedDB write failed. */
  error?: string;
  role: TabRole;
  otherTab: boolean;
}

export const usePersist = create<PersistState>()(() => ({ state: 'saved', role: 'owner', otherTab: false }));

function setState(patch: Partial<PersistState>): void {
  usePersist.setState(patch);
  // For tests and tools: whether the autosave holds the document on screen.
  if (patch.state && globalThis.document) document.documentElement.dataset.autosave = patch.state;
}

const describe = (e: unknown) =>
  e instanceof Error ? `${e.name}: ${e.message}` : typeof e === 'string' ? e : 'unknown error';

let lastAt = 0;
/** A stamp later than every earlier one of this tab, even within one millisecond. */
function stamp(): number {
  lastAt = Math.max(Date.now(), lastAt + 1);
  return lastAt;
}

function readJournal(
  parseDocument: (raw: unknown) => ParseResult,
): { at: number; doc: LabDocument } | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(JOURNAL_KEY);
    if (!raw) return undefined;
    const j = JSON.parse(raw) as { at?: unknown; doc?: unknown };
    const r = parseDocument(j.doc);
    return r.ok && typeof j.at === 'number' ? { at: j.at, doc: r.doc } : undefined;
  } catch {
    return undefined;
  }
}

function hasJournal(): boolean {
  try {
    return !!globalThis.localStorage?.getItem(JOURNAL_KEY);
  } catch {
    return false;
  }
}

function writeJournal(at: number, doc: LabDocument): boolean {
  try {
    globalThis.localStorage?.setItem(JOURNAL_KEY, JSON.stringify({ at, doc }));
    return true;
  } catch {
    return false; // full or unavailable: IndexedDB still has a chance
  }
}

/** The newer of the IndexedDB copy and the journal, or undefined when neither holds a valid lab. */
export async function loadAutosave(): Promise<LabDocument | undefined> {
  let stored: { at: number; raw: unknown } | undefined;
  try {
    const [raw, at] = await getMany([AUTOSAVE_KEY, AUTOSAVE_AT_KEY]);
    if (raw !== undefined) stored = { at: typeof at === 'number' ? at : 0, raw };
  } catch (e) {
    setState({ state: 'failed', error: describe(e) }); // unavailable (private mode): said, and the journal may still have it
  }
  // zod is loaded here, when a saved lab is there to read; a first visit does without it.
  if (!stored && !hasJournal()) return undefined;
  const { parseDocument } = await import('./validate.ts');
  const journal = readJournal(parseDocument);
  const r = stored && parseDocument(stored.raw);
  const saved = stored && r?.ok ? { at: stored.at, doc: r.doc } : undefined;
  const newest = !saved || (journal && journal.at > saved.at) ? journal : saved;
  if (newest) lastAt = Math.max(lastAt, newest.at);
  return newest?.doc;
}

let owner = () => true;
let writes = 0;

/**
 * Writes `doc` now, journal and IndexedDB, if this tab saves (an explicit "keep", or the lab on
 * screen before a link replaces it). Resolves when IndexedDB has it, or the failure is reported.
 */
export async function saveNow(doc = useDoc.getState().doc): Promise<void> {
  if (!owner()) return;
  const at = stamp();
  writeJournal(at, doc);
  const mine = ++writes;
  try {
    await setMany([
      [AUTOSAVE_KEY, doc],
      [AUTOSAVE_AT_KEY, at],
    ]);
    if (mine === writes)
      setState({ state: useDoc.getState().doc === doc ? 'saved' : 'pending', error: undefined });
  } catch (e) {
    setState({ state: 'failed', error: describe(e) });
  }
}

/** Makes this tab the one that saves (the other tab is told), and saves what it shows. */
export let takeOver: () => void = () => {};

/** A shared link or a lesson is on the canvas: the user's own lab is not what is shown. */
const paused = () => !!(useEditor.getState().shared || useEditor.getState().lesson);

/** Starts autosaving; returns a function that stops it (flushing what is pending). */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let stopped = false;
  const release = new AbortController();
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending || !owner() || paused()) return;
    pending = false;
    void saveNow();
  };
  const changed = () => {
    pending = true;
    if (!owner() || paused()) return;
    // A failure stays reported until a write succeeds.
    if (usePersist.getState().state !== 'failed') setState({ state: 'pending' });
    writeJournal(stamp(), useDoc.getState().doc);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  };
  const unsub = useDoc.subscribe((s, prev) => {
    if (s.doc !== prev.doc) changed();
  });

  // One saving tab (see the top of the file).
  const locks = globalThis.navigator?.locks;
  let role: TabRole = locks ? 'waiting' : 'alone';
  owner = () => role === 'owner' || role === 'alone';
  const hold = (steal: boolean) =>
    locks!
      .request(LOCK, steal ? { steal: true } : { signal: release.signal }, () => {
        if (stopped) return;
        role = 'owner';
        setState({ role, otherTab: false });
        if (pending) changed(); // what was done while waiting is saved now
        return new Promise<void>((r) => release.signal.addEventListener('abort', () => r()));
      })
      .catch(() => {
        // Taken over by another tab (or stopped): this tab no longer saves.
        if (stopped || role !== 'owner') return;
        role = 'lost';
        setState({ role, otherTab: true });
      });
  let channel: BroadcastChannel | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  const unsaved = usePersist.getState().state === 'failed' ? {} : { state: 'saved' as const };
  if (locks) {
    setState({ role, otherTab: false, ...unsaved });
    void hold(false);
    grace = setTimeout(() => role === 'waiting' && setState({ otherTab: true }), GRACE_MS);
    takeOver = () => {
      if (role === 'owner') return;
      void hold(true);
    };
  } else {
    setState({ role, otherTab: false, ...unsaved });
    // Without locks, at least say when another tab has the lab open: last writer wins.
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(LOCK) : undefined;
    if (channel) {
      channel.onmessage = (m) => {
        if (m.data === 'hello') channel?.postMessage('here');
        setState({ otherTab: true });
      };
      channel.postMessage('hello');
    }
  }

  const onHide = () => flush();
  addEventListener('pagehide', onHide);
  const onVisibility = () => document.visibilityState === 'hidden' && flush();
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    flush();
    stopped = true;
    unsub();
    if (grace) clearTimeout(grace);
    release.abort();
    channel?.close();
    owner = () => true;
    takeOver = () => {};
    removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
