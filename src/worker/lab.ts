// LabApi over one shell Session. Pure TypeScript with no DOM or worker globals, so Node (tests, the
// CLI) can use it directly and worker.ts only has to expose it.

import type { TopologySnapshot } from '../engine/snapshot.ts';
import { exportScript } from '../shell/export.ts';
import { Session } from '../shell/session.ts';
import type { LabApi, LabFiles, Progress, ReplayLine, ReplayResult, RunResult } from './api.ts';
import { ProgressReporter } from './progress.ts';
import { Stepping } from './replay.ts';

export const DEFAULT_SEED = 1;

export interface LabOptions {
  /** Told what long work is doing while it runs (the worker posts it to the page). */
  onProgress?(p: Progress): void;
  /** The wall clock progress is timed by (tests give their own). */
  now?(): number;
  /**
   * Use idle time to run the step view's spare replay ahead (Stepping.prepare), so that stepping
   * onto an event after a command does not replay the whole history. The worker sets it.
   */
  prepareWhenIdle?: boolean;
}

/** How long the engine waits after a call before it uses the quiet, and how long each slice runs. */
const IDLE_DELAY_MS = 150;
const IDLE_SLICE_MS = 8;

export function createLab(seed = DEFAULT_SEED, opts: LabOptions = {}): LabApi {
  const progress = new ProgressReporter(opts.onProgress, opts.now);
  // Progress of a script run on `s`: from its first line on, each line as it starts.
  const follow = (s: Session) => (i: number, count: number, text: string) => {
    if (i === 0) progress.begin(s, count, text);
    progress.at(i, text);
  };
  let session = new Session({ seed });
  // Runs go through Stepping, which remembers the history so any trace event can be replayed.
  let steps = new Stepping(session, seed);
  // Ctrl+C for the line runInteractive is running; reset when the next one starts.
  let sigint = false;
  // The script the session holds exactly when nothing ran on top of its replay: an edit that only
  // appends lines to it then runs just those (the engine is deterministic, so this is the world and
  // the trace a full replay gives, in a few ms instead of a replay of 5,000 lines on a big lab).
  let held: { script: string; seed: number; lines: ReplayLine[]; transcript: string } | undefined;
  const full = (script: string, next: number) => {
    const s = new Session({ seed: next });
    const st = new Stepping(s, next);
    const lines = st.runLines(script, follow(s));
    return { s, st, lines, transcript: lines.map((r) => `$ ${r.command}\n${r.output}`).join('') };
  };
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** After a call: the spare replay runs on in short slices, each a task of its own (calls go first). */
  const idle = () => {
    if (!opts.prepareWhenIdle) return;
    clearTimeout(idleTimer);
    const slice = () => {
      idleTimer = steps.prepare(IDLE_SLICE_MS) ? setTimeout(slice, 0) : undefined;
    };
    idleTimer = setTimeout(slice, IDLE_DELAY_MS);
  };
  /** What an appended script adds to the held one, or undefined when it must be replayed in full. */
  const appended = (script: string, next: number): string | undefined => {
    if (!held || held.seed !== next || !script.startsWith(held.script)) return undefined;
    const rest = script.slice(held.script.length);
    const boundary = held.script === '' || held.script.endsWith('\n') || rest.startsWith('\n');
    // A here-document or a continued line could reach across the boundary: replayed in full.
    if (!boundary || held.script.includes('<<') || /\\\s*$/.test(held.script)) return undefined;
    return rest;
  };
  return {
    async reset(next = DEFAULT_SEED): Promise<void> {
      held = undefined;
      session = new Session({ seed: next });
      steps = new Stepping(session, next);
    },
    async run(script: string): Promise<RunResult> {
      held = undefined;
      try {
        const lines = steps.runLines(script, follow(session));
        const transcript = lines.map((r) => `$ ${r.command}\n${r.output}`).join('');
        return { transcript, snapshot: session.snapshot() };
      } finally {
        progress.end();
        idle();
      }
    },
    async snapshot(): Promise<TopologySnapshot> {
      return session.snapshot();
    },
    async replay(script: string, next = DEFAULT_SEED, onlyIfFrom?: number): Promise<ReplayResult> {
      try {
        return replay(script, next, onlyIfFrom);
      } finally {
        progress.end();
        idle();
      }
    },
    async runInteractive(line: string, onOutput: (text: string) => void): Promise<RunResult> {
      held = undefined;
      sigint = false;
      progress.begin(session, 1, line);
      let r: Awaited<ReturnType<Stepping['runInteractive']>>;
      try {
        // A paced command (ping in real time) rests between its slices: only a long slice reports.
        const rest = (ms: number) =>
          new Promise<void>((done) => setTimeout(done, ms)).then(() => progress.rested());
        r = await steps.runInteractive(line, onOutput, () => sigint, rest);
      } finally {
        progress.end();
        idle();
      }
      return { transcript: `$ ${r.command}\n${r.output}`, snapshot: session.snapshot() };
    },
    async interrupt(): Promise<void> {
      sigint = true;
    },
    async exportScript(): Promise<string> {
      return exportScript(session.world);
    },
    async files(): Promise<LabFiles> {
      return {
        files: session.files.list().map((f) => ({ path: f.path, size: f.data.length })),
        captures: session.jobs.all().flatMap((j) => (j.capture ? [{ ...j.capture }] : [])),
      };
    },
    async readFile(path: string): Promise<Uint8Array | undefined> {
      const data = session.files.read(path);
      return data && new Uint8Array(data);
    },
    async trace(fromSeq = 0, fromCommand = 0) {
      return steps.trace(fromSeq, fromCommand);
    },
    async stateAt(at, namespaces) {
      try {
        return steps.stateAt(at, namespaces);
      } finally {
        idle();
      }
    },
    async statesAt(requests) {
      try {
        return steps.statesAt(requests);
      } finally {
        idle();
      }
    },
  };

  function replay(script: string, next: number, onlyIfFrom?: number): ReplayResult {
    const rest = appended(script, next);
    if (held && rest !== undefined) {
      const base = held;
      const offset = (base.script.match(/\n/g) ?? []).length;
      const added = steps.runLines(rest, follow(session)).map((l) => ({ ...l, line: l.line + offset }));
      const lines = [...base.lines, ...added];
      const transcript = base.transcript + added.map((r) => `$ ${r.command}\n${r.output}`).join('');
      const refused =
        onlyIfFrom !== undefined &&
        added.some((l) => l.line >= onlyIfFrom && (l.status !== 0 || l.unsupported));
      if (!refused) {
        held = { script, seed: next, lines, transcript };
        return { transcript, snapshot: session.snapshot(), lines };
      }
      // Refused: the engine goes back to the script it held (nothing ran on top of it).
      const snapshot = session.snapshot();
      const back = full(base.script, next);
      session = back.s;
      steps = back.st;
      return { transcript, snapshot, lines, kept: false };
    }
    const { s, st, lines, transcript } = full(script, next);
    const refused =
      onlyIfFrom !== undefined &&
      lines.some((l) => l.line >= onlyIfFrom && (l.status !== 0 || l.unsupported));
    // A refused edit leaves the engine as it was: its world, and the traffic and trace on top of it.
    if (!refused) {
      session = s;
      steps = st;
      held = { script, seed: next, lines, transcript };
    }
    return { transcript, snapshot: s.snapshot(), lines, ...(refused ? { kept: false } : {}) };
  }
}
