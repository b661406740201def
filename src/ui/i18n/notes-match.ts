// Recognising a note by its English template (notes.en.ts) and writing it again in another language:
// part of a language's chunk (zh-pack.ts), so an English page never loads it.

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template as a regular expression: `{name}` is any text, and the same text where it comes again. */
function compile(template: string): RegExp {
  const holes: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const hole = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!hole) return literal(part);
      if (holes.includes(hole)) return `\\k<${hole}>`;
      holes.push(hole);
      return `(?<${hole}>.+?)`;
    })
    .join('');
  return new RegExp(`^${source}$`);
}

const compiled = new WeakMap<object, { code: string; re: RegExp }[]>();

/** Which note `text` (a comment's text, without "# ") is, and its parts; undefined if none is. */
export function parseNote(
  text: string,
  en: Readonly<Record<string, string>>,
): { code: string; params: Record<string, string> } | undefined {
  let matchers = compiled.get(en);
  if (!matchers) {
    matchers = Object.entries(en).map(([code, t]) => ({ code, re: compile(t) }));
    compiled.set(en, matchers);
  }
  for (const m of matchers) {
    const hit = m.re.exec(text);
    if (hit) return { code: m.code, params: { ...hit.groups } };
  }
  return undefined;
}

const NOTE_LINE = /^(\s+)# (.+)$/;

/** A transcript line's note in the language of `text` (same codes as `en`); other lines unchanged. */
export function noteLocalizer(
  en: Readonly<Record<string, string>>,
  text: Readonly<Record<string, string>>,
): (line: string) => string {
  return (line) => {
    const m = NOTE_LINE.exec(line);
    const note = m ? parseNote(m[2], en) : undefined;
    const template = note ? text[note.code] : undefined;
    if (!m || !note || template === undefined) return line;
    return `${m[1]}# ${template.replace(/\{(\w+)\}/g, (hole, k: string) => note.params[k] ?? hole)}`;
  };
}
