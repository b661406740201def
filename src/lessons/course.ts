// The course as the page sees it: every lesson file, bundled by Vite, read by the same loader as the
// CLI's (a problem in a file fails `netns-lab lessons --check` in npm test long before it reaches a
// page; here it is only logged).

import { type Course, type Lesson, loadCourse } from './load.ts';

const files = import.meta.glob('../../lessons/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function load(): Course {
  const byPath: Record<string, string> = {};
  for (const [path, content] of Object.entries(files)) byPath[path.replace('../../lessons/', '')] = content;
  const course = loadCourse(byPath);
  for (const p of course.problems) console.warn(`lessons: ${p.file}: ${p.message}`);
  return course;
}

export const COURSE: readonly Lesson[] = load().lessons;

export function lessonById(id: string): Lesson | undefined {
  return COURSE.find((l) => l.def.id === id);
}
