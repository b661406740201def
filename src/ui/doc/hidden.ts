// Characters that would make the drawing show something other than what the engine holds: bidi
// controls (U+202E RIGHT-TO-LEFT OVERRIDE turns "exe.txt" into what reads as "txt.exe"), invisible
// ones (zero-width spaces and joiners, the BOM, line and paragraph separators) and control
// characters. The kernel accepts most of them in names; the editor refuses them at the document's
// doors (fields, edits, imported lines, links and files) rather than draw them misleadingly.

import { parseCommand } from '../../shell/lexer.ts';

const HIDDEN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

/** The hidden characters in `text`, each once, as U+XXXX; empty when there are none. Tab and newline are allowed. */
export function hiddenChars(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(HIDDEN))
    found.add(`U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return [...found];
}

/** `text` with each hidden character written as <U+XXXX>, safe to show or to keep in a comment. */
export function escapeHidden(text: string): string {
  return text.replace(HIDDEN, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * The name to save a lab file under: its base name with each hidden character as "_", so a capture
 * written as `tcpdump -w $'\u202e'cap.pcap` is not downloaded under a name that reads as another.
 */
export function downloadName(path: string): string {
  return path.replace(/^.*\//, '').replace(HIDDEN, '_');
}

/** Hidden characters in a command line as written and in the words the shell makes of it. */
export function hiddenInCommand(line: string): string[] {
  let words = '';
  try {
    words = parseCommand(line).argv.join(' ');
  } catch {
    // a line the shell cannot parse is refused by the shell itself
  }
  return [...new Set([...hiddenChars(line), ...hiddenChars(words)])];
}

/** The refusal an edit, an imported line or a link gets (netns-lab's words, not a tool's). */
export function hiddenMessage(chars: string[]): string {
  return `netns-lab: refused: invisible or direction-changing characters (${chars.join(', ')}) would be drawn misleadingly`;
}

/** Hidden characters anywhere in a document's names and text: its title, script, positions and roles. */
export function hiddenInDocument(doc: {
  title: string;
  script: string;
  positions: Record<string, unknown>;
  roles: Record<string, { containers?: string[] }>;
}): string[] {
  const text = [
    doc.title,
    doc.script,
    ...Object.keys(doc.positions),
    ...Object.entries(doc.roles).flatMap(([k, r]) => [k, ...(r.containers ?? [])]),
  ].join('\n');
  return hiddenChars(text);
}
