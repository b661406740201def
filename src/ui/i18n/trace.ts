// Trace explanations in the UI's language. An event carries its English sentence (`text`) and the same
// sentence as data (`code` and `params`, src/engine/trace/messages.ts); Chinese is rendered from the
// code, and anything this catalogue does not know falls back to the engine's English.

import type { TraceParam } from '../../engine/trace/messages.ts';
import type { Lang } from './index.ts';

/** What an explanation needs from a trace or step event. */
export interface Explainable {
  text: string;
  code?: string;
  params?: Record<string, TraceParam>;
}

const CATALOGUES: Partial<Record<Lang, Readonly<Record<string, string>>>> = {};

/** Registers a language's catalogue (index.ts's loadLang, when the language is loaded). */
export function setTraceCatalogue(lang: Lang, catalogue: Readonly<Record<string, string>>): void {
  CATALOGUES[lang] = catalogue;
}

const HOLE = /\{(\w+)\}/g;

/** Fills a template from `catalogue`, nested messages recursively; undefined if any part is unknown. */
function render(
  code: string,
  params: Record<string, TraceParam>,
  catalogue: Readonly<Record<string, string>>,
): string | undefined {
  const template = Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
  if (template === undefined) return undefined;
  let complete = true;
  const out = template.replace(HOLE, (hole, k: string) => {
    const v = params[k];
    if (v === undefined) {
      complete = false;
      return hole;
    }
    if (typeof v !== 'object') return String(v);
    const inner = render(v.code, v.params ?? {}, catalogue);
    if (inner === undefined) complete = false;
    return inner ?? '';
  });
  return complete ? out : undefined;
}

/** The event's explanation in `lang`: the catalogue's rendering when it knows the code, else `e.text`. */
export function explainEvent(e: Explainable, lang: Lang): string {
  const catalogue = CATALOGUES[lang];
  if (!catalogue || !e.code) return e.text;
  return render(e.code, e.params ?? {}, catalogue) ?? e.text;
}
