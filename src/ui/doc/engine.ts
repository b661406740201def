// The editor's operations on the lab, each a task of the queue (queue.ts) so that every read comes
// after every change issued before it: opening a document, edits, undo and redo, traffic, import,
// export and the document itself for the share link and the file. An edit appends command lines;
// if any of them fails in the replay the document is left as it was and the command's own error is
// returned for the inspector.

import type { TopologySnapshot } from '../../engine/snapshot.ts';
import { scriptLines } from '../../shell/lexer.ts';
import type { LabApi, LabFiles } from '../../worker/api.ts';
import { useLab } from '../store.ts';
import { workingNow } from './busy.ts';
import { appendLines, lineCount, useDoc } from './docStore.ts';
import { type LabDocument, LIMITS } from './document.ts';
import { type ImportProblem, useEditor } from './editorStore.ts';
import { escapeHidden, hiddenInCommand, hiddenMessage } from './hidden.ts';
import { isTraffic } from './preset.ts';
import {
  type AttachOptions,
  activeEngine,
  attachLab as attachQueue,
  cancelRunning,
  current,
  type Engine,
  engineHolds,
  holding,
  noteTraffic,
  replay,
  restore,
  runOnTop,
  serial,
  trafficSince,
} from './queue.ts';

export { cancelRunning, syncEngine } from './queue.ts';

type Open = (doc: LabDocument, traffic?: string[]) => Promise<void>;

/**
 * Attaches the engine (or a function making one, so a dead worker is replaced) and keeps it following
 * the document. `first` is the first task (the editor opening the user's lab): every other task,
 * even one issued before this call, runs after it.
 */
export function attachLab(
  engine: Engine | (() => Engine),
  first?: (open: Open) => Promise<void>,
  onEngine?: AttachOptions['onEngine'],
): () => void {
  return attachQueue(engine, {
    first: first && ((api) => first((doc, traffic = []) => openIn(api, doc, traffic))),
    onEngine,
  });
}

/**
 * The document once every operation issued before this call has finished: what the share link, the
 * JSON file and the autosave of an explicit save must carry.
 */
export function documentNow(): Promise<LabDocument> {
  return serial(async () => useDoc.getState().doc);
}

/** Runs `fn` in the queue (a link opened later): it may open a document with `open`. */
export function inOrder<T>(fn: (open: Open) => Promise<T>): Promise<T> {
  return serial((api) => fn((doc, traffic = []) => openIn(api, doc, traffic)));
}

/**
 * Replaces the document by `update(document)` as a task (a rename rewrites the script word by word):
 * it applies to the document every earlier task left, and the drawing changes once it is replayed.
 */
export function changeDocument(update: (doc: LabDocument) => LabDocument): Promise<void> {
  return serial(async (api) => {
    const next = update(useDoc.getState().doc);
    await replay(api, next, () => useDoc.getState().setDoc(next));
  });
}

/** Undo and redo are tasks too: they apply to the document every earlier edit or open produced. */
export const undo = () => travel('undo');
export const redo = () => travel('redo');

function travel(dir: 'undo' | 'redo'): Promise<void> {
  return serial(async (api) => {
    const t = useDoc.temporal.getState();
    const target = (dir === 'undo' ? t.pastStates : t.futureStates).at(-1)?.doc;
    if (!target) return;
    const apply = () => useDoc.temporal.getState()[dir]();
    // The drawing changes once: the replayed topology and the restored positions in one tick.
    if (engineHolds(target)) apply();
    else await replay(api, target, apply);
  });
}

/** A refusal names the line and what it printed; a success carries what the new lines printed, if anything. */
export type EditOutcome = { ok: true; output?: string } | { ok: false; command: string; output: string };

/**
 * Appends `lines` to the document if every one of them succeeds. `lines` may be a function of the
 * document's topology at the moment the edit runs (names proposed from it are then still free even
 * when other edits were queued before). `patch` updates the non-script parts (positions, roles) in
 * the same undo step.
 */
export function edit(
  lines: string[] | ((snapshot: TopologySnapshot) => string[]),
  patch?: (doc: LabDocument) => Partial<LabDocument>,
): Promise<EditOutcome> {
  return serial(async (api) => {
    const { doc, snapshot } = await current(api);
    const { setDoc } = useDoc.getState();
    const added = typeof lines === 'function' ? lines(snapshot) : lines;
    if (added.length === 0) return { ok: true } as const;
    for (const line of added) {
      const chars = hiddenInCommand(line);
      if (chars.length) return refuse({ command: escapeHidden(line), output: hiddenMessage(chars) });
    }
    const script = appendLines(doc.script, added);
    if (script.length > LIMITS.script) return refuse({ command: '', output: 'script too long' });
    const first = lineCount(doc.script) + 1;
    const held = { script: doc.script, seed: doc.seed, snapshot };
    const again = trafficSince();
    holding(undefined); // the engine is about to hold a script that is not the document yet
    // Refused, the engine keeps what it held (the document with the traffic and trace on top).
    const r = await api.replay(script, doc.seed, first);
    const bad = r.lines.find((l) => l.line >= first && (l.status !== 0 || l.unsupported));
    if (bad) {
      if (r.kept === false) restore(held, again);
      else {
        // An engine that cannot keep it: put it back where the document is, with the traffic since.
        await replay(api, doc);
        if (again.length) await runOnTop(api, again);
      }
      return refuse({ command: bad.command, output: bad.output.trim() || `exit status ${bad.status}` });
    }
    holding({ script, seed: doc.seed, snapshot: r.snapshot });
    useLab.getState().finished(r);
    // A box moved while the replay ran is kept: only the script is this task's to change.
    const latest = useDoc.getState().doc;
    setDoc({ ...latest, ...patch?.(latest), script });
    useEditor.getState().set({ refused: undefined });
    // What the new lines printed (a docker or kubectl command's expansion, `pod/web created`).
    const output = r.lines
      .filter((l) => l.line >= first)
      .map((l) => l.output)
      .join('');
    return output ? ({ ok: true, output } as const) : ({ ok: true } as const);
  });
}

function refuse(o: { command: string; output: string }): EditOutcome {
  useEditor
    .getState()
    .set({ refused: { key: 'edit.refused', params: { command: o.command }, detail: o.output } });
  return { ok: false, ...o };
}

/**
 * A terminal line on top of the document, run as a terminal runs it: output to `onOutput` as it
 * comes, a ping paced in real time until it ends or interruptForeground() (Ctrl+C).
 */
export function runInTerminal(line: string, onOutput: (text: string) => void): Promise<string> {
  return serial(async (api) => {
    await current(api);
    const r = await api.runInteractive(line, onOutput);
    noteTraffic(line);
    const { transcript, finished } = useLab.getState();
    finished({ transcript: transcript + r.transcript, snapshot: r.snapshot });
    return r.transcript;
  });
}

/** How long Ctrl+C waits for the engine to take the interrupt before it cancels the work instead. */
const INTERRUPT_WAIT_MS = 1000;

/**
 * Ctrl+C: interrupts the terminal line the engine is running (when none is, nothing happens). A
 * ping paced in real time takes it between its slices; an engine busy with long synchronous work
 * (a `sleep 86400`, a kubectl apply of many objects) reads no message, so the work is cancelled.
 */
export function interruptForeground(): void {
  const api = activeEngine();
  if (!api) return;
  if (workingNow()) {
    cancelRunning();
    return;
  }
  let taken = false;
  void api.interrupt().then(
    () => {
      taken = true;
    },
    () => undefined,
  );
  setTimeout(() => {
    if (!taken && workingNow()) cancelRunning();
  }, INTERRUPT_WAIT_MS);
}

/** Runs traffic (ping) on top of the document's state; the document does not change. */
export function runTraffic(lines: string[]): Promise<string> {
  return serial(async (api) => {
    await current(api);
    return runOnTop(api, lines);
  });
}

/** The files the lab's commands wrote (captures) and the captures still running, after every earlier operation. */
export function labFiles(): Promise<LabFiles> {
  return serial(async (api) => {
    await current(api);
    return api.files();
  });
}

/** The bytes of a file the lab wrote (a pcap to download). */
export function labFile(path: string): Promise<Uint8Array | undefined> {
  return serial(async (api) => {
    await current(api);
    return api.readFile(path);
  });
}

/** The export of the document as every earlier operation left it, from the engine's world. */
export function exportCurrent(): Promise<string> {
  return exportFiles().then((f) => f.topo);
}

/** topo.sh and teardown.sh of the same document, both from one task. */
export function exportFiles(): Promise<{ topo: string; teardown: string }> {
  return serial(async (api) => {
    const { snapshot } = await current(api);
    // Loaded with the first export (the teardown's shell quoting is not needed to draw the lab).
    const { teardownScript } = await import('./teardown.ts');
    return { topo: await api.exportScript(), teardown: teardownScript(snapshot) };
  });
}

export interface ImportReport {
  applied: number;
  problems: ImportProblem[];
}

/**
 * Asked inside an opening task, before anything changes, with the document about to be replaced:
 * false leaves the lab as it was (the user chose to keep it; src/ui/editor/replace.ts).
 */
export type ReplaceGuard = (current: LabDocument) => Promise<boolean>;

/**
 * Opens a script as a new document. Lines the engine cannot apply are reported with their line
 * numbers and kept as comments, as is traffic (ping, sleep); everything else is the document.
 * Undefined when `guard` said no.
 */
export function importScript(text: string, title: string): Promise<ImportReport>;
export function importScript(
  text: string,
  title: string,
  guard: ReplaceGuard,
): Promise<ImportReport | undefined>;
export function importScript(
  text: string,
  title: string,
  guard?: ReplaceGuard,
): Promise<ImportReport | undefined> {
  return serial(async (api) => {
    if (guard && !(await guard(useDoc.getState().doc))) return undefined;
    if (text.length > LIMITS.script) {
      return {
        applied: 0,
        problems: [{ line: 0, command: '', output: `larger than ${LIMITS.script} bytes` }],
      };
    }
    // Lines with hidden characters are refused before the replay, so what depends on them fails
    // there too and is reported, as it would be on a host without them.
    const lines = scriptLines(text);
    const hidden = new Map(lines.map((l) => [l.line, hiddenInCommand(l.text)]));
    const kept = lines.filter((l) => hidden.get(l.line)!.length === 0);
    holding(undefined);
    const r = await api.replay(kept.map((l) => l.text).join('\n'), 1);
    const byLine = new Map(kept.map((l, i) => [l.line, r.lines[i]]));
    const problems: ImportProblem[] = [];
    const out: string[] = [];
    let applied = 0;
    for (const l of lines) {
      const res = byLine.get(l.line);
      const chars = hidden.get(l.line)!;
      if (chars.length) {
        problems.push({ line: l.line, command: escapeHidden(l.text), output: hiddenMessage(chars) });
        out.push(`# line ${l.line} not applied: ${escapeHidden(l.text)}`);
      } else if (isTraffic(l.text)) out.push(`# traffic, not topology: ${l.text}`);
      else if (!(res?.status === 0 && !res.unsupported)) {
        problems.push({ line: l.line, command: l.text, output: (res?.output ?? '').trim() });
        out.push(`# line ${l.line} not applied: ${l.text}`);
      } else {
        out.push(l.text);
        applied++;
      }
    }
    const doc: LabDocument = {
      ...useDoc.getState().doc,
      title,
      seed: 1,
      script: appendLines('', out),
      positions: {},
      roles: {},
    };
    await replay(api, doc, () => {
      useDoc.getState().setDoc(doc);
      const { epoch, set } = useEditor.getState();
      set({ importReport: { applied, problems }, selected: undefined, epoch: epoch + 1 });
    });
    return { applied, problems };
  });
}

/**
 * Replaces the document (preset, file, share link) and replays it; optional traffic after. Nothing
 * changes when `guard` says no.
 */
export function openDocument(doc: LabDocument, traffic: string[] = [], guard?: ReplaceGuard): Promise<void> {
  return serial(async (api) => {
    if (guard && !(await guard(useDoc.getState().doc))) return;
    await openIn(api, doc, traffic);
  });
}

async function openIn(api: LabApi, doc: LabDocument, traffic: string[]): Promise<void> {
  await replay(api, doc, () => {
    useDoc.getState().setDoc(doc);
    const { epoch, set } = useEditor.getState();
    set({ selected: undefined, refused: undefined, epoch: epoch + 1 });
  });
  if (traffic.length) await runOnTop(api, traffic);
}
