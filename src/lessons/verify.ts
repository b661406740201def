// `netns-lab lessons --check`: every lesson in every language, every command it shows run on the
// engine, and every check proven to fail on the exercise's starting lab and to pass after its
// solution (a check that passes either way would teach nothing; one that never passes, worse).

import { eventMatches, type LabState, labBefore, runCheck, sessionOf, withLine } from './lab.ts';
import type { Course, Lesson } from './load.ts';
import { LANGUAGES } from './schema.ts';

export interface Verdict {
  lessons: number;
  coming: string[];
  checks: number;
  passed: number;
  problems: string[];
}

/** Runs `line` on `state` as the editor would; says what is wrong with it, if anything. */
function runShown(state: LabState, line: string): { next: LabState; problem?: string } {
  const next = withLine(state, line);
  const topology = next.traffic.length === 0;
  // A change is replayed with the document; a look or traffic runs on top of the lab.
  const session = sessionOf(topology ? { ...next, script: next.script.slice(0, -1) } : state);
  const [r] = session.runLines(line).slice(-1);
  if (!r) return { next };
  if (r.unsupported) return { next, problem: `unsupported: ${line}\n${r.output.trim()}` };
  if (topology && r.status !== 0)
    return { next, problem: `the editor would refuse it (exit ${r.status}): ${line}\n${r.output.trim()}` };
  return { next };
}

function verifyLesson(lesson: Lesson, v: Verdict): void {
  const { def } = lesson;
  const say = (where: string, message: string) => v.problems.push(`${lesson.dir}: ${where}: ${message}`);
  let state: LabState = { seed: 1, script: [], traffic: [] };
  for (const line of def.setup) {
    const r = runShown(state, line);
    if (r.problem) say('setup', r.problem);
    state = r.next;
  }
  def.sections.forEach((s, i) => {
    const before = labBefore(def, i);
    const where = `section ${s.id}`;
    let now = before;
    const lines =
      s.kind === 'steps' ? s.commands : s.kind === 'exercise' ? s.start : s.kind === 'text' ? [] : s.run;
    for (const line of lines) {
      const r = runShown(now, line);
      if (r.problem) say(where, r.problem);
      now = r.next;
    }
    if (s.kind === 'packet') {
      const session = sessionOf(before);
      const from = session.world.log.count;
      for (const line of s.run) session.runLines(line);
      const events = session.world.log.since(from);
      for (const m of s.highlight)
        if (!events.some((e) => eventMatches(e, m))) say(where, `no step matches ${JSON.stringify(m)}`);
    }
    if (s.kind === 'exercise') {
      let solved = now;
      for (const line of s.solution) {
        const r = runShown(solved, line);
        if (r.problem) say(`${where} solution`, r.problem);
        solved = r.next;
      }
      for (const c of s.checks) {
        v.checks++;
        const atStart = runCheck(now, c);
        const after = runCheck(solved, c);
        const bad: string[] = [];
        for (const u of [...atStart.unsupported, ...after.unsupported]) bad.push(`unsupported: ${u}`);
        if (atStart.pass) bad.push(`passes on the starting lab\n${atStart.transcript}`);
        if (!after.pass) bad.push(`fails after the solution (${after.failed})\n${after.transcript}`);
        if (bad.length) for (const b of bad) say(`${where} check ${c.id}`, b);
        else v.passed++;
      }
    }
  });
}

export function verifyCourse(course: Course): Verdict {
  const v: Verdict = {
    lessons: 0,
    coming: [],
    checks: 0,
    passed: 0,
    problems: course.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`),
  };
  for (const lesson of course.lessons) {
    if (lesson.def.status === 'coming') {
      v.coming.push(lesson.dir);
      continue;
    }
    v.lessons++;
    verifyLesson(lesson, v);
  }
  return v;
}

/** The summary line, e.g. "lessons: 9, checks: 14 passed of 14, languages: en zh-CN". */
export function summaryLine(v: Verdict): string {
  return `lessons: ${v.lessons}, checks: ${v.passed} passed of ${v.checks}, languages: ${LANGUAGES.join(' ')}`;
}
