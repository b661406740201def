// The comment lines docker's and kubectl's expansions write ("  # …", notes.en.ts) in the page's
// language. The shell writes them in English (as the CLI prints them); a line that matches a
// template is written again from that language's catalogue (notes-match.ts), anything else stays as
// it is. The catalogue and its matcher come with the language's strings (zh-pack.ts, registered by
// index.ts' loadLang).

import type { Lang } from './index.ts';

const LOCALIZERS: Partial<Record<Lang, (line: string) => string>> = {};

/** Registers how a language shows a note line (index.ts' loadLang). */
export function setNoteLocalizer(lang: Lang, localize: (line: string) => string): void {
  LOCALIZERS[lang] = localize;
}

/** One line of a transcript in `lang`: a note it knows in that language, anything else as it is. */
export function localizeLine(line: string, lang: Lang): string {
  const localize = LOCALIZERS[lang];
  return localize && line.includes('# ') ? localize(line) : line;
}

/** A command's output (several lines) in `lang`. */
export function localizeOutput(text: string, lang: Lang): string {
  if (!LOCALIZERS[lang] || !text.includes('# ')) return text;
  return text
    .split('\n')
    .map((l) => localizeLine(l, lang))
    .join('\n');
}
