// LabApi over one shell Session. Pure TypeScript with no DOM or worker globals, so Node (tests, the
// CLI) can use it directly and worker.ts only has to expose it.

import type { TopologySnapshot } from '../engine/snapshot.ts';
import { exportScript } from '../shell/export.ts';
import { Session } from '../shell/session.ts';
import type { LabApi, LabFiles, ReplayResult, RunResult } from './api.ts';
import { Stepping } from './replay.ts';

export const DEFAULT_SEED = 1;

export function createLab(seed = DEFAULT_SEED): LabApi {
  let session = new Session({ seed });
  // Runs go through Stepping, which remembers the history so any trace event can be replayed.
  let steps = new Stepping(session, seed);
  // Ctrl+C for the line runInteractive is running; reset when the next one starts.
  let sigint = false;
  return {
    async reset(next = DEFAULT_SEED): Promise<void> {
      session = new Session({ seed: next });
      steps = new Stepping(session, next);
    },
    async run(script: string): Promise<RunResult> {
      const transcript = steps.run(script);
      return { transcript, snapshot: session.snapshot() };
    },
    async snapshot(): Promise<TopologySnapshot> {
      return session.snapshot();
    },
    async replay(script: string, next = DEFAULT_SEED, onlyIfFrom?: number): Promise<ReplayResult> {
      const s = new Session({ seed: next });
      const st = new Stepping(s, next);
      const lines = st.runLines(script);
      const transcript = lines.map((r) => `$ ${r.command}\n${r.output}`).join('');
      const refused =
        onlyIfFrom !== undefined &&
        lines.some((l) => l.line >= onlyIfFrom && (l.status !== 0 || l.unsupported));
      // A refused edit leaves the engine as it was: its world, and the traffic and trace on top of it.
      if (!refused) {
        session = s;
        steps = st;
      }
      return { transcript, snapshot: s.snapshot(), lines, ...(refused ? { kept: false } : {}) };
    },
    async runInteractive(line: string, onOutput: (text: string) => void): Promise<RunResult> {
      sigint = false;
      const r = await steps.runInteractive(line, onOutput, () => sigint);
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
      return steps.stateAt(at, namespaces);
    },
    async statesAt(requests) {
      return steps.statesAt(requests);
    },
  };
}
