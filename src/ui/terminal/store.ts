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

/** Adds an entry to namespace `ns`'s screen; returns its index (to append output as it comes). */
export function record(ns: string, entry: TerminalEntry): number {
  const index = useTerminal.getState().screens[ns]?.length ?? 0;
  // An interrupted line (Ctrl+C while typing) goes on the screen, not in the history.
  const typed = !entry.command.endsWith('^C');
  useTerminal.setState((s) => ({
    screens: { ...s.screens, [ns]: [...(s.screens[ns] ?? []), entry] },
    history: !typed || s.history.at(-1) === entry.command ? s.history : [...s.history, entry.command],
  }));
  return index;
}

/** More output of entry `index` on `ns`'s screen (a command still running). */
export function appendOutput(ns: string, index: number, text: string): void {
  useTerminal.setState((s) => {
    const screen = s.screens[ns];
    const entry = screen?.[index];
    if (!entry) return s;
    const next = [...screen];
    next[index] = { ...entry, output: entry.output + text };
    return { screens: { ...s.screens, [ns]: next } };
  });
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
