// The words a lesson's Chinese text uses for the course's concepts, as the UI's strings use them
// (src/ui/i18n/i18n.test.ts holds the UI to the same rule): the lab's host, the root namespace, is
// always 宿主机. 主机 alone is a machine in general, and only in these phrases: another host on the
// link, a real Linux host, ICMP's "host unreachable" and "redirect host", and "across hosts".

import type { LessonProblem } from './text.ts';

interface Term {
  /** The word a lesson must not use on its own. */
  word: string;
  /** What to write instead. */
  use: string;
  /** Phrases in which the word is right (removed before looking for it). */
  allowed: RegExp;
}

export const GLOSSARY_ZH: Term[] = [
  {
    word: '主机',
    use: '宿主机',
    allowed: /宿主机|其他主机|Linux 主机|主机不可达|主机重定向|跨主机|Host Unreachable/g,
  },
];

/** A problem for each line of a Chinese lesson file that uses a word the glossary replaces. */
export function glossaryProblems(file: string, source: string): LessonProblem[] {
  const out: LessonProblem[] = [];
  source.split('\n').forEach((line, i) => {
    for (const t of GLOSSARY_ZH)
      if (line.replace(t.allowed, '').includes(t.word))
        out.push({
          file,
          line: i + 1,
          message: `"${t.word}" where the glossary says "${t.use}" (src/lessons/glossary.ts)`,
        });
  });
  return out;
}
