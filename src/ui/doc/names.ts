// Name and value checks, as the kernel and iproute2 make them, so the editor rejects a bad name
// with a message on the field instead of sending the engine a command it will refuse.

import type { MessageKey, Params } from '../i18n/index.ts';
import { hiddenChars } from './hidden.ts';

/** A field's input was refused: which field, and the message to show beside it. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly key: MessageKey,
    readonly params?: Params,
  ) {
    super(`${field}: ${key}`);
  }
}

const IFNAMSIZ = 16;

/** net/core/dev.c dev_valid_name: 1–15 bytes, not "." or "..", no "/", ":" or whitespace. */
export function checkDevName(name: string, field = 'name'): string {
  if (name === '') throw new FieldError(field, 'err.name.empty');
  if (new TextEncoder().encode(name).length >= IFNAMSIZ) throw new FieldError(field, 'err.name.long');
  if (name === '.' || name === '..') throw new FieldError(field, 'err.name.dots');
  if (/[/:\s]/u.test(name)) throw new FieldError(field, 'err.name.chars');
  refuseHidden(name, field);
  return name;
}

/** `ip netns add` refuses "/" (the name is a file under /run/netns) and "." / "..". */
export function checkNetnsName(name: string, field = 'name'): string {
  if (name === '') throw new FieldError(field, 'err.name.empty');
  if (name === '.' || name === '..') throw new FieldError(field, 'err.name.dots');
  if (name.includes('/')) throw new FieldError(field, 'err.netns.slash');
  // Not a kernel rule: a name the drawing and file names can show sanely.
  if (/[\s\u0000-\u001f\u007f]/u.test(name)) throw new FieldError(field, 'err.name.chars');
  refuseHidden(name, field);
  if (name.length > 64) throw new FieldError(field, 'err.netns.long');
  return name;
}

/** Not a kernel rule: bidi and invisible characters would make the drawing lie (hidden.ts). */
function refuseHidden(name: string, field: string): void {
  const chars = hiddenChars(name);
  if (chars.length) throw new FieldError(field, 'name.hidden', { chars: chars.join(', ') });
}

export function checkMac(mac: string, field = 'mac'): string {
  const m = mac.trim().toLowerCase();
  if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(m)) throw new FieldError(field, 'err.mac.format');
  if (Number.parseInt(m.slice(0, 2), 16) & 1) throw new FieldError(field, 'err.mac.multicast');
  return m;
}

export function checkInt(v: string, min: number, max: number, field: string): number {
  if (!/^\d+$/.test(v.trim())) throw new FieldError(field, 'err.int', { min, max });
  const n = Number(v.trim());
  if (n < min || n > max) throw new FieldError(field, 'err.int', { min, max });
  return n;
}

/** The first of base, base1, base2, … (or base0, base1 with `numbered`) not in `taken`, ≤ 15 bytes. */
export function freeName(base: string, taken: Iterable<string>, numbered = false): string {
  const used = new Set(taken);
  const stem = base.slice(0, 12);
  if (!numbered && !used.has(stem)) return stem;
  for (let i = numbered ? 0 : 1; ; i++) if (!used.has(`${stem}${i}`)) return `${stem}${i}`;
}
