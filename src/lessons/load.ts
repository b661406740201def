// Reads the course from its files: one folder per lesson (NN-id/), lesson.json validated with the
// schema, and one text file per language. The browser gets the files from Vite (course.ts), the CLI
// from the disk; both come here, so both see the same lessons and the same problems.

import { glossaryProblems } from './glossary.ts';
import { LANGUAGES, type Language, type LessonDef, lessonSchema } from './schema.ts';
import { type LessonProblem, type LessonText, parseLessonText } from './text.ts';

export interface Lesson {
  /** The folder, e.g. "04-bridge". */
  dir: string;
  def: LessonDef;
  text: Record<Language, LessonText>;
}

export interface Course {
  lessons: Lesson[];
  problems: LessonProblem[];
}

/** `files`: paths relative to lessons/ ("04-bridge/lesson.json") to their contents. */
export function loadCourse(files: Record<string, string>): Course {
  const dirs = new Map<string, Record<string, string>>();
  const problems: LessonProblem[] = [];
  for (const [path, content] of Object.entries(files)) {
    const m = /^([^/]+)\/([^/]+)$/.exec(path);
    if (!m) {
      if (!/^README\.md$/.test(path)) problems.push({ file: path, message: 'not inside a lesson folder' });
      continue;
    }
    if (!dirs.has(m[1])) dirs.set(m[1], {});
    dirs.get(m[1])![m[2]] = content;
  }
  const lessons: Lesson[] = [];
  for (const [dir, own] of [...dirs].sort(([a], [b]) => a.localeCompare(b))) {
    const file = `${dir}/lesson.json`;
    if (!/^\d\d-[a-z0-9-]+$/.test(dir)) problems.push({ file: dir, message: 'a folder is named NN-id' });
    for (const name of Object.keys(own))
      if (name !== 'lesson.json' && !LANGUAGES.some((l) => name === `${l}.md`))
        problems.push({
          file: `${dir}/${name}`,
          message: `not lesson.json or ${LANGUAGES.join('.md, ')}.md`,
        });
    if (own['lesson.json'] === undefined) {
      problems.push({ file, message: 'missing' });
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(own['lesson.json']);
    } catch (e) {
      problems.push({ file, message: `not JSON: ${(e as Error).message}` });
      continue;
    }
    const parsed = lessonSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ file, message: `${issue.path.join('.') || '(top)'}: ${issue.message}` });
      continue;
    }
    const def = parsed.data;
    if (dir !== `${String(def.number).padStart(2, '0')}-${def.id}`)
      problems.push({
        file,
        message: `the folder should be ${String(def.number).padStart(2, '0')}-${def.id}`,
      });
    const text = {} as Record<Language, LessonText>;
    let ok = true;
    for (const lang of LANGUAGES) {
      const name = `${dir}/${lang}.md`;
      if (own[`${lang}.md`] === undefined) {
        problems.push({ file: name, message: 'missing' });
        ok = false;
        continue;
      }
      const r = parseLessonText(name, own[`${lang}.md`], def);
      problems.push(...r.problems);
      if (lang === 'zh-CN') problems.push(...glossaryProblems(name, own[`${lang}.md`]));
      text[lang] = r.text;
    }
    if (ok) lessons.push({ dir, def, text });
  }
  const numbers = new Map<number, string>();
  for (const l of lessons) {
    const other = numbers.get(l.def.number);
    if (other) problems.push({ file: l.dir, message: `number ${l.def.number} is also ${other}'s` });
    numbers.set(l.def.number, l.dir);
  }
  lessons.sort((a, b) => a.def.number - b.def.number);
  return { lessons, problems };
}
