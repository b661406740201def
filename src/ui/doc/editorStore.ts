// Editor UI state that is not part of the document: the selection, the message of the last refused
// edit, whether a shared link is being viewed, and the last import's report. Never undone.

import { create } from 'zustand';
import type { MessageKey, Params } from '../i18n/index.ts';
import type { LabDocument } from './document.ts';
import type { VethProposal } from './intents.ts';

/** A message for the user: a translation key, or the text a command printed (never translated). */
export type Notice = { key: MessageKey; params?: Params; detail?: string; field?: string };

export interface ImportProblem {
  line: number;
  command: string;
  output: string;
}

export interface EditorState {
  /** A node id of the drawing (see layout.ts netnsId/linkId), or undefined. */
  selected?: string;
  /** The last edit the engine refused, shown in the inspector until the next edit. */
  refused?: Notice;
  /** A shared link is open: autosave is paused until the user keeps it or goes back. */
  shared?: { previous: LabDocument | undefined };
  /** A lesson's lab is on the canvas: autosave is paused and the user's own lab waits here. */
  lesson?: { previous: LabDocument | undefined };
  importReport?: { applied: number; problems: ImportProblem[] };
  /** Show addresses and MACs on the cards. */
  details: boolean;
  toast?: Notice;
  /** A connection being confirmed in the connect dialog. */
  connect?: VethProposal;
  /** Bumped when a different document opens, so the canvas fits the new drawing. */
  epoch: number;
  select(id: string | undefined): void;
  set(patch: Partial<EditorState>): void;
}

export const useEditor = create<EditorState>()((set) => ({
  details: true,
  epoch: 0,
  select: (selected) => set({ selected, refused: undefined }),
  set: (patch) => set(patch),
}));
