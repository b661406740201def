// The lab document: a script plus what the drawing needs that the engine does not know (where the
// user put the boxes, and what each namespace stands for). The engine's state is always
// reset(seed) + run(script); nothing else is saved. The JSON file and the share link use this shape,
// validated by validate.ts (zod, loaded only when a file, a link or the autosave is read).

export const DOC_VERSION = 1;
/** A share link's hash starts so (share.ts, loaded when one is opened or made). */
export const SHARE_PREFIX = '#share=';
/** Limits for anything read from a file or a link: far above real labs, far below a hang. */
export const LIMITS = { script: 256 * 1024, title: 200, positions: 5000, roles: 2000 } as const;

export const ROLES = ['container', 'pod', 'router', 'outside', 'node'] as const;
export type Role = (typeof ROLES)[number];

/** What a named namespace stands for (drawn as a tag); Pods also list their containers. */
export interface RoleInfo {
  role: Role;
  containers?: string[];
}

export interface LabDocument {
  version: typeof DOC_VERSION;
  title: string;
  seed: number;
  script: string;
  positions: Record<string, { x: number; y: number }>;
  roles: Record<string, RoleInfo>;
}

export function emptyDocument(title = 'Untitled lab'): LabDocument {
  return { version: DOC_VERSION, title, seed: 1, script: '', positions: {}, roles: {} };
}

export function documentToFile(doc: LabDocument): string {
  return `${JSON.stringify({ format: 'netns-lab', document: doc }, null, 2)}\n`;
}

export type ParseResult = { ok: true; doc: LabDocument } | { ok: false; error: string };
