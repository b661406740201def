import type { TopologySnapshot } from '../engine/snapshot.ts';
import type { StepAt, StepRequest, StepState, TraceChunk } from './step-api.ts';

/** The one typed API the UI calls; the worker exposes it with Comlink. */
export interface LabApi {
  /** Start over with an empty host (seeded RNG, clock at 0). */
  reset(seed?: number): Promise<void>;
  /** Interpret a script; returns the transcript the CLI would print and the resulting topology. */
  run(script: string): Promise<RunResult>;
  snapshot(): Promise<TopologySnapshot>;
  /**
   * reset(seed) + run(script), with each command's status: how the editor rebuilds a document. With
   * `onlyIfFrom`, an edit: if a line from that line number on fails, the engine keeps what it held
   * (world, traffic, trace) and the result says `kept: false`.
   */
  replay(script: string, seed?: number, onlyIfFrom?: number): Promise<ReplayResult>;
  /**
   * Runs one line as a terminal does: output to `onOutput` as it comes (a Comlink proxy from the UI),
   * a long-running command (ping) paced in real time until it ends or `interrupt()` (Ctrl+C).
   */
  runInteractive(line: string, onOutput: (text: string) => void): Promise<RunResult>;
  /** Ctrl+C for the line runInteractive is running. */
  interrupt(): Promise<void>;
  /** A runnable script that rebuilds the current topology (src/shell/export.ts). */
  exportScript(): Promise<string>;
  /** The files the lab's commands wrote (tcpdump -w, > FILE) and the captures still running. */
  files(): Promise<LabFiles>;
  /** The bytes of a file the lab wrote (a pcap to download), or undefined when there is none. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** Trace events from `fromSeq` and command lines from index `fromCommand`, as plain data (step-api.ts). */
  trace(fromSeq?: number, fromCommand?: number): Promise<TraceChunk>;
  /** The tables of `namespaces` at trace event `at` (recomputed by replay) or now, with changed rows. */
  stateAt(at: StepAt, namespaces: string[]): Promise<StepState>;
  /** stateAt for several points in one message (the step view prefetches the steps ahead). */
  statesAt(requests: StepRequest[]): Promise<StepState[]>;
}

export interface LabFiles {
  /** In the order they were first written; `path` as tcpdump -r names it ("c1-eth0.pcap", "/tmp/x"). */
  files: { path: string; size: number }[];
  /** Background tcpdumps still capturing: namespace ("" the host), device ("any") and -w file. */
  captures: { ns: string; dev: string; file?: string }[];
}

export interface RunResult {
  transcript: string;
  snapshot: TopologySnapshot;
}

/** One command of a replayed script: its line number, what it printed and its exit status. */
export interface ReplayLine {
  line: number;
  command: string;
  output: string;
  status: number;
  unsupported?: boolean;
}

export interface ReplayResult extends RunResult {
  lines: ReplayLine[];
  /** false when an edit (replay with onlyIfFrom) was refused and the engine kept what it held. */
  kept?: false;
}

/**
 * What long engine work is doing, posted by the worker while it runs (src/worker/progress.ts): the
 * line of the script (or the one terminal line) being run, and how far the simulation got.
 */
export interface Progress {
  /** The command line being run (its first 160 characters). */
  command: string;
  /** Its line (1-based; 0 before the first) and how many lines the operation runs. */
  line: number;
  lines: number;
  /** Simulation events run since the operation began. */
  events: number;
  /** The virtual clock (µs since the lab started). */
  virtualUs: number;
  /** Wall time since the operation began. */
  elapsedMs: number;
}
