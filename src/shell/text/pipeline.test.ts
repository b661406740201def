// Pipelines beyond what the kernel scenarios (300-pipe-grep, 301-pipe-text) record: what netns-lab
// refuses, and the corners of the filters whose real output was taken from GNU grep 3.8, coreutils
// 9.1, mawk and util-linux column in the recorder's C locale.

import { describe, expect, it } from 'vitest';
import { splitPipeline } from '../lexer.ts';
import { Session } from '../session.ts';
import { translate } from './regex.ts';

const run = (s: Session, line: string) => s.exec(line);

/** A session whose file store holds `text` as ./in.txt (written the way a here-document writes it). */
function withFile(text: string): Session {
  const s = new Session();
  s.files.write('in.txt', new TextEncoder().encode(text));
  return s;
}

describe('splitPipeline', () => {
  it('cuts at | outside quotes, comments and escapes', () => {
    expect(splitPipeline(`ip a | grep 'a|b' | grep "c|d" | grep e\\|f`)).toEqual([
      'ip a ',
      " grep 'a|b' ",
      ' grep "c|d" ',
      ' grep e\\|f',
    ]);
    expect(splitPipeline('ip a # | grep x')).toEqual(['ip a # | grep x']);
  });
  it('refuses || and |&, and reports an empty command as bash does', () => {
    expect(() => splitPipeline('a || b')).toThrow(/"\|\|" lists/);
    expect(() => splitPipeline('a |& b')).toThrow(/\|&/);
    const s = new Session();
    expect(run(s, 'ip a |')).toEqual({
      output: 'bash: -c: line 2: syntax error: unexpected end of file\n',
      status: 2,
      unsupported: false,
    });
  });
});

describe('pipelines', () => {
  it('keeps a failing command’s stderr out of the pipe, and takes the last status', () => {
    const s = new Session();
    expect(run(s, 'ip link show dev nope | wc -l')).toMatchObject({
      output: 'Device "nope" does not exist.\n0\n',
      status: 0,
    });
    expect(run(s, 'ip link show dev nope 2>&1 | grep -c exist').output).toBe('1\n');
    expect(run(s, 'ip link show dev nope 2>/dev/null | grep x')).toMatchObject({ output: '', status: 1 });
  });

  it('refuses what it cannot pipe faithfully, saying so', () => {
    const s = new Session();
    const cases: [string, RegExp][] = [
      ['docker ps | grep x', /unsupported: docker in a pipeline/],
      ['kubectl get pods 2>&1 | grep x', /unsupported: kubectl in a pipeline/],
      ['brctl show | grep x', /unsupported: piping the output of brctl/],
      ['ip a | grep x > out.txt', /unsupported: output redirection/],
      ['ip a 2> err.txt | grep x', /unsupported: redirecting the standard error/],
      ['ping -c 1 127.0.0.1 | grep x &', /unsupported: a pipeline in the background/],
      ['curl http://127.0.0.1/ | grep x', /unsupported: curl's progress meter/],
      ['ip a | grep -P x', /unsupported: grep -P/],
      ['ip a | grep -r x', /unsupported: grep -r/],
      ['ip a | awk -v x=1 "{print}"', /unsupported: awk -v/],
      ['ip a | awk "{ sum += \\$1 }"', /unsupported: awk program/],
      ['ip a | column', /unsupported: column without -t/],
      ['ip a | sort -h', /unsupported: sort -h/],
      ['ip a | tail -f', /unsupported: tail -f/],
      ['ip a | head -n 5k', /unsupported: head -n 5k/],
      ['ip a | grep -E "*a"', /unsupported: grep: a pattern with \* at the start/],
      ['ip a | grep "a\\{1\\}*"', /unsupported: grep: a repetition of a repetition/],
    ];
    for (const [line, re] of cases) {
      const r = run(s, line);
      expect(r.output, line).toMatch(re);
      expect(r.unsupported, line).toBe(true);
      expect(r.status, line).not.toBe(0);
    }
  });

  it('feeds a here-document into the first command', () => {
    const s = new Session();
    expect(run(s, "cat <<'EOF' | sort -r\nb\nc\na\nEOF").output).toBe('c\nb\na\n');
  });

  it('reads "# cmd | grep" as a pasted root prompt, and a plain comment as a comment', () => {
    const s = new Session();
    const r = run(s, '# echo hi | grep h');
    expect(r.output).toBe('netns-lab: the shell prompt "# " is left out\nhi\n');
    expect(run(s, '# just words | grep h')).toMatchObject({ output: '', status: 0 });
  });
});

describe('grep', () => {
  it('prints the leftmost-longest match with -o, as POSIX asks (JavaScript alone would stop short)', () => {
    const s = withFile('xxy\nab\n');
    expect(run(s, "grep -o 'x*\\(xy\\)\\{0,1\\}' in.txt").output).toBe('xxy\n');
    expect(run(s, "grep -oE 'a|ab' in.txt").output).toBe('ab\n');
  });
  it('names files when it reads several, and counts per file', () => {
    const s = withFile('a\nb\na\n');
    expect(run(s, 'grep -c a in.txt in.txt').output).toBe('in.txt:2\nin.txt:2\n');
    expect(run(s, 'grep -h -n a in.txt in.txt').output).toBe('1:a\n3:a\n1:a\n3:a\n');
  });
  it('reads -NUM as context and -m as a limit', () => {
    const s = withFile('1\n2\n3\n4\n5\n6\n7\n8\n');
    expect(run(s, 'grep -1 -e 2 -e 7 in.txt').output).toBe('1\n2\n3\n--\n6\n7\n8\n');
    expect(run(s, 'grep -m 2 . in.txt').output).toBe('1\n2\n');
    expect(run(s, 'grep -m 0 . in.txt')).toMatchObject({ output: '', status: 1 });
  });
  it('reads a BRE "^^" as the anchor and a literal ^ (GNU grep 3.8: -c 1, -o "^")', () => {
    const s = withFile('a^b\nxyz\n^^q\n');
    expect(run(s, "grep -c '^^' in.txt").output).toBe('1\n');
    expect(run(s, "grep -o '^^' in.txt").output).toBe('^\n');
    expect(run(s, "grep -o '\\(^^\\)' in.txt").output).toBe('^\n');
    expect(run(s, "grep -o '^^b' in.txt")).toMatchObject({ output: '', status: 1 });
  });
});

describe('regex translation', () => {
  const ok = (p: string, ere: boolean) => {
    const t = translate(p, ere);
    if (!t.ok) throw new Error(JSON.stringify(t));
    return new RegExp(t.source);
  };
  it('reads BRE and ERE operators as GNU does', () => {
    expect(ok('a+b', false).test('a+b')).toBe(true);
    expect(ok('a\\+b', false).test('aab')).toBe(true);
    expect(ok('a+b', true).test('aab')).toBe(true);
    expect(ok('*a', false).test('*a')).toBe(true);
    expect(ok('a^b', false).test('a^b')).toBe(true);
    expect(ok('a$b', false).test('a$b')).toBe(true);
    expect(ok('a)', true).test('a)')).toBe(true);
    expect(ok('a{1', true).test('a{1')).toBe(true);
    expect(ok('[]a]', false).test(']')).toBe(true);
    expect(ok('[^]a]', false).test(']')).toBe(false);
    expect(ok('[a\\]', false).test('\\')).toBe(true);
    expect(ok('[[:space:]]x', false).test('\tx')).toBe(true);
    expect(ok('\\<lo\\>', false).test('lo:')).toBe(true);
    expect(ok('\\<lo\\>', false).test('lol')).toBe(false);
    expect(ok('.', false).test('\r')).toBe(true);
  });
  it('gives glibc’s messages for malformed patterns', () => {
    expect(translate('a\\', false)).toEqual({ ok: false, error: 'Trailing backslash' });
    expect(translate('\\(a', false)).toEqual({ ok: false, error: 'Unmatched ( or \\(' });
    expect(translate('a{99999}', true)).toEqual({ ok: false, error: 'Regular expression too big' });
    expect(translate('\\(a\\)\\2', false)).toEqual({ ok: false, error: 'Invalid back reference' });
  });
});

describe('bounds', () => {
  it('stops a pipe that would carry more than a filter reads, saying so', () => {
    const s = new Session();
    const big = 'x'.repeat(1024 * 1024);
    s.files.write('big.txt', new TextEncoder().encode(big));
    const line = `cat ${Array(17).fill('big.txt').join(' ')} | wc -c`;
    const r = s.exec(line);
    expect(r.output).toBe('netns-lab: stopped: a command wrote more than 16777216 bytes into a pipe\n');
    expect(r.stopped).toMatch(/more than 16777216 bytes/);
    expect(s.exec(`cat ${Array(16).fill('big.txt').join(' ')} | wc -c`).output).toBe('16777216\n');
  });

  it("bounds grep -o -w's search for a word (GNU's shorter-match loop is cubic on a long run)", () => {
    const s = new Session();
    s.files.write(
      'run.txt',
      new TextEncoder().encode(`${'a'.repeat(3000)}b -\n${'a'.repeat(200)}b -\nx aa\n`),
    );
    const r = s.exec("grep -o -w 'a*' run.txt");
    expect(r.unsupported).toBe(true);
    expect(r.output).toMatch(/unsupported: grep -o on this line: it takes more than 1000000 regex runs/);
    // A shorter run is searched to the end, as GNU grep does: no word in it, then "aa".
    s.files.write('short.txt', new TextEncoder().encode(`${'a'.repeat(200)}b -\nx aa\n`));
    expect(s.exec("grep -o -w 'a*' short.txt")).toMatchObject({ output: 'aa\n', status: 0 });
  });
});
