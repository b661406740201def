// Share links: the document as JSON, deflated (fflate) and base64url-encoded into `#share=…`.
// Everything read from a link is untrusted: size-capped before and after inflating, then validated
// with the document schema. Names from a link reach the engine only as quoted shell words.

import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { LabDocument, ParseResult } from './document.ts';
import { hiddenInDocument } from './hidden.ts';
import { parseDocument } from './validate.ts';

/** Why a link was refused, for a message in the UI's language (the error itself is English). */
export type ShareProblem = 'empty' | 'damaged' | 'tooLong' | 'tooLarge';
export type ShareResult = ParseResult | { ok: false; error: string; problem: ShareProblem };

export { SHARE_PREFIX } from './document.ts';

import { SHARE_PREFIX } from './document.ts';
/** A link longer than this is refused before decoding (browsers and chat apps cut them anyway). */
export const MAX_LINK_CHARS = 64 * 1024;
/** Refuse anything that inflates beyond this (a deflate bomb). */
export const MAX_INFLATED = 256 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('not base64url');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function encodeShare(doc: LabDocument): string {
  return SHARE_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(doc)), { level: 9 }));
}

/** Decodes a `#share=` hash; never throws. */
export function decodeShare(hash: string): ShareResult {
  if (!hash.startsWith(SHARE_PREFIX)) return { ok: false, error: 'not a share link' };
  const payload = hash.slice(SHARE_PREFIX.length);
  const refuse = (problem: ShareProblem, error: string) => ({ ok: false as const, error, problem });
  if (payload === '') return refuse('empty', 'the link holds no lab');
  if (payload.length > MAX_LINK_CHARS) return refuse('tooLong', 'link too long');
  let json: string;
  try {
    const packed = fromBase64Url(payload);
    // Inflate into a fixed buffer: a bomb fills it and is refused instead of eating memory.
    const out = new Uint8Array(MAX_INFLATED + 1);
    const data = inflateSync(packed, { out });
    if (data.length > MAX_INFLATED) return refuse('tooLarge', 'link content too large');
    json = strFromU8(data);
  } catch (e) {
    // fflate says "invalid length/literal", "unexpected EOF"…: only a full buffer means too large.
    const full = /overflow|too large|exceed/i.test((e as Error).message);
    return full ? refuse('tooLarge', 'link content too large') : refuse('damaged', 'link is damaged');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refuse('damaged', 'link is damaged');
  }
  const r = parseDocument(raw);
  if (!r.ok) return r;
  const chars = hiddenInDocument(r.doc);
  if (chars.length)
    return {
      ok: false,
      error: `invisible or direction-changing characters in the lab (${chars.join(', ')})`,
    };
  return r;
}
