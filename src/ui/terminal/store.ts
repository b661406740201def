// One terminal per namespace: what was typed and printed there, and the command history the up arrow
// walks (shared by all terminals, as a shell's history file is).

import { create } from 'zustand';

export interface TerminalEntry {
  command: string;
  output: string;
}

interface TerminalState {
  /** The namespace whose terminal is shown ("" is the host). */
  ns: string;
  screens: Record<string, TerminalEntry[]>;
  history: string[];
}

export const useTerminal = create<TerminalState>()(() => ({ ns: '', screens: {}, history: [] }));

export function record(ns: string, entry: TerminalEntry): void {
  useTerminal.setState((s) => ({
    screens: { ...s.screens, [ns]: [...(s.screens[ns] ?? []), entry] },
    history: s.history.at(-1) === entry.command ? s.history : [...s.history, entry.command],
  }));
}

export function clearScreen(ns: string): void {
  useTerminal.setState((s) => ({ screens: { ...s.screens, [ns]: [] } }));
}

/**
 * Up/down through history from position `index` (history.length = the line being typed). Returns the
 * new index and the line to show, or undefined when there is nowhere to go.
 */
export function walkHistory(
  history: readonly string[],
  index: number,
  dir: -1 | 1,
  draft: string,
): { index: number; line: string } | undefined {
  const next = index + dir;
  if (next < 0 || next > history.length) return undefined;
  return { index: next, line: next === history.length ? draft : history[next] };
}
