// Validation of documents read from outside the page: a saved file, a share link, the autosave.
// Kept apart from document.ts so zod is loaded only when something is read (a dynamic import).

import { z } from 'zod';
import { DOC_VERSION, type LabDocument, LIMITS, type ParseResult, ROLES } from './document.ts';
import { hiddenInDocument } from './hidden.ts';

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
  roles: z
    .record(
      z.string().max(200),
      z.strictObject({ role: z.enum(ROLES), containers: z.array(z.string().max(64)).max(32).optional() }),
    )
    .refine((r) => Object.keys(r).length <= LIMITS.roles, 'too many roles'),
});

// The schema and the document type say the same thing (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<z.infer<typeof labDocumentSchema>, LabDocument> = true;
void same;

/** The file format: the document under a marker, so a foreign JSON file is told apart. */
const fileSchema = z.strictObject({ format: z.literal('netns-lab'), document: labDocumentSchema });

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
