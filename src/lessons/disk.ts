// The course from the disk (the CLI and the tests): lessons/NN-id/* read into loadCourse's map.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Course, loadCourse } from './load.ts';

/** Bounds, so a stray folder cannot make the check read without end. */
const MAX_FILES = 2000;
const MAX_BYTES = 256 * 1024;

export function readCourse(dir: string): Course {
  const files: Record<string, string> = {};
  const problems: Course['problems'] = [];
  let n = 0;
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (!statSync(path).isDirectory()) {
      if (entry !== 'README.md') problems.push({ file: entry, message: 'not inside a lesson folder' });
      continue;
    }
    for (const name of readdirSync(path).sort()) {
      if (++n > MAX_FILES) {
        problems.push({ file: dir, message: `more than ${MAX_FILES} files` });
        break;
      }
      const size = statSync(join(path, name)).size;
      if (size > MAX_BYTES)
        problems.push({ file: `${entry}/${name}`, message: `larger than ${MAX_BYTES} bytes` });
      else files[`${entry}/${name}`] = readFileSync(join(path, name), 'utf8');
    }
  }
  const course = loadCourse(files);
  return { lessons: course.lessons, problems: [...problems, ...course.problems] };
}
