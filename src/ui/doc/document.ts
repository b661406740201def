// The lab document: a script plus what the drawing needs that the engine does not know (where the
// user put the boxes, and what each namespace stands for). The engine's state is always
// reset(seed) + run(script); nothing else is saved. The JSON file and the share link use this schema.

import { z } from 'zod';
import { hiddenInDocument } from './hidden.ts';

export const DOC_VERSION = 1;
/** Limits for anything read from a file or a link: far above real labs, far below a hang. */
export const LIMITS = { script: 256 * 1024, title: 200, positions: 5000, roles: 2000 } as const;

export const ROLES = ['container', 'pod', 'router', 'outside', 'node'] as const;
export type Role = (typeof ROLES)[number];

const finite = z.number().finite().min(-1e6).max(1e6);

export const labDocumentSchema = z.strictObject({
  version: z.literal(DOC_VERSION),
  title: z.string().max(LIMITS.title),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31),
  script: z.string().max(LIMITS.script),
  positions: z
    .record(z.string().max(200), z.strictObject({ x: finite, y: finite }))
    .refine((p) => Object.keys(p).length <= LIMITS.positions, 'too many positions'),
  /** What a named namespace stands for (drawn as a tag); Pods also list their containers. */
  roles: z
    .record(
      z.string().max(200),
      z.strictObject({ role: z.enum(ROLES), containers: z.array(z.string().max(64)).max(32).optional() }),
    )
    .refine((r) => Object.keys(r).length <= LIMITS.roles, 'too many roles'),
});

export type LabDocument = z.infer<typeof labDocumentSchema>;
export type RoleInfo = LabDocument['roles'][string];

export function emptyDocument(title = 'Untitled lab'): LabDocument {
  return { version: DOC_VERSION, title, seed: 1, script: '', positions: {}, roles: {} };
}

/** The file format: the document under a marker, so a foreign JSON file is told apart. */
const fileSchema = z.strictObject({ format: z.literal('netns-lab'), document: labDocumentSchema });

export function documentToFile(doc: LabDocument): string {
  return `${JSON.stringify({ format: 'netns-lab', document: doc }, null, 2)}\n`;
}

export type ParseResult = { ok: true; doc: LabDocument } | { ok: false; error: string };

/** Reads a saved file; the error names the first offending field. */
export function documentFromFile(text: string): ParseResult {
  if (text.length > LIMITS.script * 2 + 1_000_000) return { ok: false, error: 'file too large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON (${(e as Error).message})` };
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== 'netns-lab') {
    return { ok: false, error: 'not a netns-lab file' };
  }
  const v = (raw as { document?: { version?: unknown } }).document?.version;
  if (typeof v === 'number' && v > DOC_VERSION)
    return { ok: false, error: `made by a newer netns-lab (version ${v})` };
  const r = checkDocument(fileSchema.safeParse(raw), (f) => f.document);
  const chars = r.ok ? hiddenInDocument(r.doc) : [];
  if (chars.length)
    return {
      ok: false,
      error: `invisible or direction-changing characters in the lab (${chars.join(', ')})`,
    };
  return r;
}

/** Validates an already-decoded document (from a link or IndexedDB). */
export function parseDocument(raw: unknown): ParseResult {
  return checkDocument(labDocumentSchema.safeParse(raw), (d) => d);
}

function checkDocument<T>(r: z.ZodSafeParseResult<T>, pick: (t: T) => LabDocument): ParseResult {
  if (r.success) return { ok: true, doc: pick(r.data) };
  const issue = r.error.issues[0];
  const path = issue.path.join('.') || '(top level)';
  return { ok: false, error: `${path}: ${issue.message}` };
}
