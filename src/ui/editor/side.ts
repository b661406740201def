// The side panel (inspector and transcript) folds to a rail to give the canvas its width. The user's
// choice is kept in localStorage; until they make one, the panel folds by itself while the drawing
// is too wide to read with it open (two machines side by side at 1280×800) and nothing is selected,
// and opens again for a selection, which the inspector shows.

import { create } from 'zustand';
import { CANVAS_MIN_FONT } from '../layout.ts';

const KEY = 'netns-lab.side';
/** On-screen size the canvas text must reach (issue 10): zoom × CANVAS_MIN_FONT ≥ 11 px. */
export const LEGIBLE_PX = 11;
/** Fitting leaves 12 px around the drawing (Topology.tsx's FIT) and never zooms past 1.25. */
const FIT_MARGIN = 24;
const FIT_MAX = 1.25;
/** The panel's width (editor.css: 304 px, 440 px from 1600 px wide) and the rail's when folded. */
export const sideWidth = (windowWidth: number): number => (windowWidth >= 1600 ? 440 : 304);
export const RAIL_W = 32;

export type SideChoice = 'open' | 'folded';

/** The zoom at which fitting shows the whole drawing in a canvas of w × h. */
export function fitZoom(d: { width: number; height: number }, w: number, h: number): number {
  if (!d.width || !d.height) return FIT_MAX;
  return Math.min(FIT_MAX, (w - FIT_MARGIN) / d.width, (h - FIT_MARGIN) / d.height);
}

/**
 * Whether the panel should fold for this drawing: with the panel open (a canvas `open` wide) the
 * drawing's text is under LEGIBLE_PX, and folding makes it larger.
 */
export function needsRoom(
  d: { width: number; height: number },
  open: number,
  h: number,
  gain: number,
): boolean {
  const z = fitZoom(d, open, h);
  return z * CANVAS_MIN_FONT < LEGIBLE_PX && fitZoom(d, open + gain, h) > z + 0.005;
}

function stored(): SideChoice | undefined {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    return v === 'open' || v === 'folded' ? v : undefined;
  } catch {
    return undefined;
  }
}

interface SideStore {
  /** What the user chose with the fold button; undefined: fold when the drawing needs the room. */
  choice: SideChoice | undefined;
  /** The current drawing needs the room (Topology.tsx measures it). */
  needsRoom: boolean;
  choose(c: SideChoice): void;
}

export const useSide = create<SideStore>()((set) => ({
  choice: stored(),
  needsRoom: false,
  choose(choice) {
    try {
      globalThis.localStorage?.setItem(KEY, choice);
    } catch {
      // not fatal: the choice lasts until the page is closed
    }
    set({ choice });
  },
}));

/** Whether the panel is folded now. */
export function isFolded(s: Pick<SideStore, 'choice' | 'needsRoom'>, selected: string | undefined): boolean {
  return s.choice ? s.choice === 'folded' : s.needsRoom && selected === undefined;
}
