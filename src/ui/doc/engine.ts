// Keeps the worker's engine equal to the document: every change replays reset(seed) + run(script)
// (deterministic, milliseconds). An edit appends command lines; if any of them fails in the replay
// the document is left as it was and the command's own error is returned for the inspector.

import { scriptLines } from '../../shell/lexer.ts';
import type { LabApi, ReplayResult } from '../../worker/api.ts';
import { useLab } from '../store.ts';
import { appendLines, lineCount, useDoc } from './docStore.ts';
import { type LabDocument, LIMITS } from './document.ts';
import { type ImportProblem, useEditor } from './editorStore.ts';
import { isTraffic } from './preset.ts';

let lab: LabApi | undefined;
/** What the engine currently holds (before any traffic run on top). */
let replayed: { script: string; seed: number } | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** Worker calls run one at a time, in order, so a replay never interleaves with an edit. */
function serial<T>(fn: (lab: LabApi) => Promise<T>): Promise<T> {
  const run = queue.then(() => {
    if (!lab) throw new Error('the engine is not attached');
    return fn(lab);
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Replays `doc`; `commit` runs in the same tick as the new snapshot is published, so a document
 * that opens (new snapshot, new drawing) renders once, not twice.
 */
async function replay(api: LabApi, doc: LabDocument, commit?: () => void): Promise<ReplayResult> {
  useLab.getState().started(doc.title);
  try {
    const r = await api.replay(doc.script, doc.seed);
    replayed = { script: doc.script, seed: doc.seed };
    commit?.();
    useLab.getState().finished(r);
    return r;
  } catch (e) {
    useLab.getState().failed(e instanceof Error ? e.message : String(e));
    throw e;
  }
}

/** Attaches the engine and keeps it following the document (undo, redo, load, restore). */
export function attachLab(api: LabApi): () => void {
  lab = api;
  replayed = undefined;
  const unsub = useDoc.subscribe((s, prev) => {
    if (s.doc.script !== prev.doc.script || s.doc.seed !== prev.doc.seed) void syncEngine();
  });
  return () => {
    unsub();
    lab = undefined;
  };
}

export function syncEngine(): Promise<void> {
  return serial(async (api) => {
    const { doc } = useDoc.getState();
    if (replayed?.script === doc.script && replayed.seed === doc.seed) return;
    await replay(api, doc);
  });
}

export type EditOutcome = { ok: true } | { ok: false; command: string; output: string };

/**
 * Appends `lines` to the document if every one of them succeeds. `patch` updates the non-script
 * parts (positions, roles) in the same undo step.
 */
export function edit(
  lines: string[],
  patch?: (doc: LabDocument) => Partial<LabDocument>,
): Promise<EditOutcome> {
  return serial(async (api) => {
    const { doc, setDoc } = useDoc.getState();
    const script = appendLines(doc.script, lines);
    if (script.length > LIMITS.script) return refuse({ command: '', output: 'script too long' });
    const first = lineCount(doc.script) + 1;
    const r = await api.replay(script, doc.seed);
    const bad = r.lines.find((l) => l.line >= first && (l.status !== 0 || l.unsupported));
    if (bad) {
      await replay(api, doc); // put the engine back where the document is
      return refuse({ command: bad.command, output: bad.output.trim() || `exit status ${bad.status}` });
    }
    replayed = { script, seed: doc.seed };
    useLab.getState().finished(r);
    setDoc({ ...doc, ...patch?.(doc), script });
    useEditor.getState().set({ refused: undefined });
    return { ok: true } as const;
  });
}

function refuse(o: { command: string; output: string }): EditOutcome {
  useEditor
    .getState()
    .set({ refused: { key: 'edit.refused', params: { command: o.command }, detail: o.output } });
  return { ok: false, ...o };
}

/** Runs traffic (ping) on top of the document's state; the document does not change. */
export function runTraffic(lines: string[]): Promise<string> {
  return serial(async (api) => {
    const { doc } = useDoc.getState();
    if (replayed?.script !== doc.script || replayed.seed !== doc.seed) await replay(api, doc);
    const r = await api.run(lines.join('\n'));
    const { transcript, finished } = useLab.getState();
    finished({ transcript: transcript + r.transcript, snapshot: r.snapshot });
    return r.transcript;
  });
}

export function exportCurrent(): Promise<string> {
  return serial(async (api) => {
    const { doc } = useDoc.getState();
    if (replayed?.script !== doc.script || replayed.seed !== doc.seed) await replay(api, doc);
    return api.exportScript();
  });
}

export interface ImportReport {
  applied: number;
  problems: ImportProblem[];
}

/**
 * Opens a script as a new document. Lines the engine cannot apply are reported with their line
 * numbers and kept as comments, as is traffic (ping, sleep); everything else is the document.
 */
export function importScript(text: string, title: string): Promise<ImportReport> {
  return serial(async (api) => {
    if (text.length > LIMITS.script) {
      return {
        applied: 0,
        problems: [{ line: 0, command: '', output: `larger than ${LIMITS.script} bytes` }],
      };
    }
    const r = await api.replay(text, 1);
    const byLine = new Map(r.lines.map((l) => [l.line, l]));
    const problems: ImportProblem[] = [];
    const out: string[] = [];
    let applied = 0;
    for (const l of scriptLines(text)) {
      const res = byLine.get(l.line);
      if (isTraffic(l.text)) out.push(`# traffic, not topology: ${l.text}`);
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

/** Replaces the document (preset, file, share link) and replays it; optional traffic after. */
export function openDocument(doc: LabDocument, traffic: string[] = []): Promise<void> {
  return serial(async (api) => {
    await replay(api, doc, () => {
      useDoc.getState().setDoc(doc);
      const { epoch, set } = useEditor.getState();
      set({ selected: undefined, refused: undefined, epoch: epoch + 1 });
    });
    if (traffic.length) {
      const r = await api.run(traffic.join('\n'));
      const { transcript, finished } = useLab.getState();
      finished({ transcript: transcript + r.transcript, snapshot: r.snapshot });
    }
  });
}
