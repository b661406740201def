// A lesson's words in one language (lessons/NN-id/en.md, zh-CN.md): a small Markdown dialect read
// into sections, and checked against the lesson's definition so that every language says
// everything the lesson does.
//
//   # Title
//   Summary (until the first section).
//   ## section-id            one per section of lesson.json, in any order
//   Body paragraphs; `code`, **bold**, "- " lists.
//   - choice-id: text        a predict section's choices
//   ### explain              a predict section: the answer, shown after the learner chose
//   ### hint                 an exercise: one per hint, in order
//   ### check check-id       an exercise: what is still wrong when that check fails
//   ### solution             an exercise: the words shown with the solution's commands

import type { Language, LessonDef } from './schema.ts';

export interface SectionText {
  body: string;
  choices: Record<string, string>;
  explain?: string;
  hints: string[];
  checks: Record<string, string>;
  solution?: string;
}

export interface LessonText {
  title: string;
  summary: string;
  sections: Record<string, SectionText>;
}

/** A problem in a lesson's files, with where it is. */
export interface LessonProblem {
  file: string;
  line?: number;
  message: string;
}

const MAX_TEXT = 64 * 1024;

function emptySection(): SectionText {
  return { body: '', choices: {}, hints: [], checks: {} };
}

/**
 * Parses one language file. `choiceIds` says which "- id: text" lines are choices (per section);
 * every other line is text.
 */
export function parseLessonText(
  file: string,
  source: string,
  def: LessonDef,
): { text: LessonText; problems: LessonProblem[] } {
  const problems: LessonProblem[] = [];
  const text: LessonText = { title: '', summary: '', sections: {} };
  if (source.length > MAX_TEXT) {
    problems.push({ file, message: `larger than ${MAX_TEXT} bytes` });
    return { text, problems };
  }
  const choiceIds = new Map<string, Set<string>>();
  for (const s of def.sections) if (s.kind === 'predict') choiceIds.set(s.id, new Set(s.choices));

  let section: { id: string; text: SectionText } | undefined;
  // Where the next lines go: the summary, a section's body, or one of its sub-parts.
  let sink: { get(): string; set(v: string): void } = {
    get: () => text.summary,
    set: (v) => {
      text.summary = v;
    },
  };
  const append = (line: string) => sink.set(sink.get() ? `${sink.get()}\n${line}` : line);

  source.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    const at = i + 1;
    if (line.startsWith('# ')) {
      if (text.title) problems.push({ file, line: at, message: 'a second title' });
      text.title = line.slice(2).trim();
      return;
    }
    if (line.startsWith('## ')) {
      const id = line.slice(3).trim();
      if (text.sections[id]) problems.push({ file, line: at, message: `section ${id} appears twice` });
      section = { id, text: emptySection() };
      text.sections[id] = section.text;
      const s = section.text;
      sink = {
        get: () => s.body,
        set: (v) => {
          s.body = v;
        },
      };
      return;
    }
    if (line.startsWith('### ')) {
      if (!section) {
        problems.push({ file, line: at, message: `${line} before any section` });
        return;
      }
      const [head, arg] = line.slice(4).trim().split(/\s+/, 2);
      const s = section.text;
      if (head === 'explain' || head === 'solution') {
        if (s[head] !== undefined) problems.push({ file, line: at, message: `a second ### ${head}` });
        s[head] = '';
        sink = {
          get: () => s[head] ?? '',
          set: (v) => {
            s[head] = v;
          },
        };
      } else if (head === 'hint') {
        const n = s.hints.push('') - 1;
        sink = {
          get: () => s.hints[n],
          set: (v) => {
            s.hints[n] = v;
          },
        };
      } else if (head === 'check' && arg) {
        if (s.checks[arg] !== undefined) problems.push({ file, line: at, message: `check ${arg} twice` });
        s.checks[arg] = '';
        sink = {
          get: () => s.checks[arg],
          set: (v) => {
            s.checks[arg] = v;
          },
        };
      } else problems.push({ file, line: at, message: `unknown sub-heading "${line}"` });
      return;
    }
    const choice = /^- ([a-z0-9][a-z0-9-]*): (.+)$/.exec(line);
    if (choice && section && choiceIds.get(section.id)?.has(choice[1])) {
      section.text.choices[choice[1]] = choice[2].trim();
      return;
    }
    append(line);
  });

  const trim = (s: string) => s.trim();
  text.summary = trim(text.summary);
  for (const s of Object.values(text.sections)) {
    s.body = trim(s.body);
    s.hints = s.hints.map(trim);
    for (const k of Object.keys(s.checks)) s.checks[k] = trim(s.checks[k]);
    if (s.explain !== undefined) s.explain = trim(s.explain);
    if (s.solution !== undefined) s.solution = trim(s.solution);
  }
  problems.push(...missing(file, text, def));
  return { text, problems };
}

/** Every section, choice, explanation, hint and check message the lesson needs, and nothing else. */
function missing(file: string, text: LessonText, def: LessonDef): LessonProblem[] {
  const out: LessonProblem[] = [];
  const say = (message: string) => out.push({ file, message });
  if (!text.title) say('no title (# …)');
  if (!text.summary) say('no summary (text before the first ## section)');
  const ids = new Set(def.sections.map((s) => s.id));
  for (const id of Object.keys(text.sections)) if (!ids.has(id)) say(`section ${id} is not in lesson.json`);
  for (const s of def.sections) {
    const t = text.sections[s.id];
    if (!t) {
      say(`section ${s.id} is missing`);
      continue;
    }
    if (!t.body) say(`section ${s.id} has no text`);
    const where = `section ${s.id}`;
    if (s.kind === 'predict') {
      for (const c of s.choices) if (!t.choices[c]) say(`${where}: choice ${c} has no text`);
      if (!t.explain) say(`${where}: no ### explain`);
    } else if (Object.keys(t.choices).length || t.explain !== undefined) say(`${where}: choices or explain`);
    if (s.kind === 'exercise') {
      if (t.hints.length !== s.hints || t.hints.some((h) => !h))
        say(`${where}: ${t.hints.length} hints, lesson.json says ${s.hints}`);
      for (const c of s.checks) if (!t.checks[c.id]) say(`${where}: check ${c.id} has no message`);
      for (const c of Object.keys(t.checks))
        if (!s.checks.some((d) => d.id === c)) say(`${where}: check ${c} is not in lesson.json`);
      if (!t.solution) say(`${where}: no ### solution`);
    } else if (t.hints.length || Object.keys(t.checks).length || t.solution !== undefined)
      say(`${where}: hints, checks or a solution outside an exercise`);
  }
  return out;
}

export type { Language };
