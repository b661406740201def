// The course's files: bad ones are reported with the file (and line) and what is wrong, and the
// verifier catches checks that do not fail before the solution or pass after it.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCourse } from './disk.ts';
import { loadCourse } from './load.ts';
import { summaryLine, verifyCourse } from './verify.ts';

const lesson = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'tiny',
    number: 1,
    status: 'ready',
    minutes: 5,
    setup: ['ip netns add c1'],
    sections: [
      { id: 'intro', kind: 'text' },
      {
        id: 'ex',
        kind: 'exercise',
        checks: [{ id: 'lo-up', run: ['ip -n c1 link show lo'], match: 'state UNKNOWN' }],
        hints: 1,
        solution: ['ip -n c1 link set lo up'],
      },
    ],
    ...over,
  });

const text = (lang: string) => `# Tiny ${lang}

Summary.

## intro
Words.

## ex
Bring lo up.

### hint
ip link set.

### check lo-up
lo is still down.

### solution
Like this.
`;

const files = (over: Record<string, string> = {}) => ({
  '01-tiny/lesson.json': lesson(),
  '01-tiny/en.md': text('en'),
  '01-tiny/zh-CN.md': text('zh'),
  ...over,
});

describe('loadCourse', () => {
  it('reads a lesson in both languages', () => {
    const c = loadCourse(files());
    expect(c.problems).toEqual([]);
    expect(c.lessons.map((l) => l.text['zh-CN'].title)).toEqual(['Tiny zh']);
    expect(c.lessons[0].text.en.sections.ex.checks['lo-up']).toBe('lo is still down.');
  });

  it('says which field of lesson.json is wrong', () => {
    const c = loadCourse(files({ '01-tiny/lesson.json': lesson({ minutes: 'ten' }) }));
    expect(c.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      expect.stringMatching(/^01-tiny\/lesson\.json: minutes: /),
    ]);
  });

  it('reports a section missing in one language, and a stray one', () => {
    const zh = text('zh').replace('## intro\nWords.\n', '## outro\nWords.\n');
    const c = loadCourse(files({ '01-tiny/zh-CN.md': zh }));
    expect(c.problems.map((p) => `${p.file}: ${p.message}`).sort()).toEqual([
      '01-tiny/zh-CN.md: section intro is missing',
      '01-tiny/zh-CN.md: section outro is not in lesson.json',
    ]);
  });

  it('reports a missing hint and check message', () => {
    const en = text('en')
      .replace('### hint\nip link set.\n', '')
      .replace('### check lo-up\nlo is still down.\n', '');
    const msgs = loadCourse(files({ '01-tiny/en.md': en })).problems.map((p) => p.message);
    expect(msgs).toEqual([
      'section ex: 0 hints, lesson.json says 1',
      'section ex: check lo-up has no message',
    ]);
  });

  it('reports a missing language, bad JSON with its error and a misnamed folder', () => {
    const c = loadCourse({
      '01-tiny/lesson.json': lesson(),
      '01-tiny/en.md': text('en'),
      '02-bad/lesson.json': '{',
      'x/lesson.json': lesson({ number: 3, id: 'x' }),
    });
    const msgs = c.problems.map((p) => `${p.file}: ${p.message}`);
    expect(msgs).toContain('01-tiny/zh-CN.md: missing');
    expect(msgs.some((m) => m.startsWith('02-bad/lesson.json: not JSON'))).toBe(true);
    expect(msgs).toContain('x: a folder is named NN-id');
  });

  it("holds the Chinese text to the glossary: 宿主机 for the lab's host, 主机 only for a machine in general", () => {
    const zh = text('zh').replace(
      'Words.',
      '主机的 lo。\n其他主机和 Linux 主机，ICMP 的主机不可达，跨主机，宿主机。',
    );
    const c = loadCourse(files({ '01-tiny/zh-CN.md': zh }));
    expect(c.problems).toEqual([
      {
        file: '01-tiny/zh-CN.md',
        line: 6,
        message: '"主机" where the glossary says "宿主机" (src/lessons/glossary.ts)',
      },
    ]);
    // English is not held to the Chinese glossary.
    expect(loadCourse(files({ '01-tiny/en.md': text('en').replace('Words.', '主机') })).problems).toEqual([]);
  });

  it('finds every lesson of the course on the glossary', () => {
    const course = readCourse(join(import.meta.dirname, '../../lessons'));
    expect(course.problems.filter((p) => p.message.includes('glossary'))).toEqual([]);
  });
});

describe('verifyCourse', () => {
  it('passes a check that fails on the start and passes after the solution', () => {
    const v = verifyCourse(loadCourse(files()));
    expect(v.problems).toEqual([]);
    expect(summaryLine(v)).toBe('lessons: 1, checks: 1 passed of 1, languages: en zh-CN');
  });

  it('fails a check that already passes on the starting lab', () => {
    const l = JSON.parse(lesson());
    l.sections[1].checks[0].match = 'lo';
    const v = verifyCourse(loadCourse(files({ '01-tiny/lesson.json': JSON.stringify(l) })));
    expect(v.passed).toBe(0);
    expect(v.problems[0]).toMatch(/^01-tiny: section ex check lo-up: passes on the starting lab/);
  });

  it('fails a check the solution does not satisfy, and a line the engine does not model', () => {
    const l = JSON.parse(lesson());
    l.sections[1].solution = ['ip -n c1 link set lo mtu 1400'];
    l.setup.push('ip xfrm state');
    const v = verifyCourse(loadCourse(files({ '01-tiny/lesson.json': JSON.stringify(l) })));
    expect(v.problems.some((p) => p.startsWith('01-tiny: setup: unsupported: ip xfrm state'))).toBe(true);
    expect(v.problems.some((p) => /check lo-up: fails after the solution \(match\)/.test(p))).toBe(true);
  });

  it('fails a topology line the editor would refuse', () => {
    const l = JSON.parse(lesson());
    l.setup.push('ip link set nosuch up');
    const v = verifyCourse(loadCourse(files({ '01-tiny/lesson.json': JSON.stringify(l) })));
    expect(v.problems[0]).toMatch(/setup: the editor would refuse it \(exit 1\): ip link set nosuch up/);
  });
});
