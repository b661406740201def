import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index.ts';
import { Session } from '../../shell/session.ts';
import { loadLang } from './index.ts';
import { NOTES_EN } from './notes.en.ts';
import { localizeLine, localizeOutput } from './notes.ts';
import { NOTES_ZH } from './notes.zh.ts';
import { parseNote } from './notes-match.ts';

beforeAll(() => loadLang('zh'));

const SCENARIOS = 'conformance/scenarios';
/** Every preset and every scenario that runs docker or kubectl: the notes their expansions write. */
function transcripts(): { name: string; text: string }[] {
  const scripts = [
    ...EXAMPLES.map((e) => ({ name: e.file, script: e.script })),
    ...readdirSync(SCENARIOS)
      .filter((f) => f.endsWith('.sh'))
      .map((f) => ({ name: f, script: readFileSync(`${SCENARIOS}/${f}`, 'utf8') }))
      .filter((s) => /^\s*(sudo\s+)?(docker|kubectl)\s/m.test(s.script)),
  ];
  return [...scripts, ...EXTRA].map(({ name, script }) => ({
    name,
    text: new Session({ seed: 1 }).run(script),
  }));
}

/** kubectl commands no preset or scenario runs, whose notes need their templates too. */
const DEPLOYMENT = (image: string) =>
  `kubectl apply -f - <<'EOF'\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: ${image}\nEOF\n`;
const EXTRA = [
  {
    name: '(rollout pause and resume)',
    script: `${DEPLOYMENT('nginx')}kubectl rollout pause deployment/web\n${DEPLOYMENT('httpd')}kubectl rollout resume deployment/web\n`,
  },
];

const holes = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort();
const fill = (t: string, params: Record<string, string>) => t.replace(/\{(\w+)\}/g, (h, k) => params[k] ?? h);

describe('the notes of docker and kubectl', () => {
  const all = transcripts();
  const notes = all.flatMap(({ name, text }) =>
    text
      .split('\n')
      .filter((l) => /^\s+# /.test(l))
      .map((line) => ({ name, line })),
  );

  it('recognises every note the shell writes, and its parts give the line back', () => {
    expect(notes.length).toBeGreaterThan(100);
    const unknown: string[] = [];
    for (const { name, line } of notes) {
      const text = line.replace(/^\s+# /, '');
      const note = parseNote(text, NOTES_EN);
      if (!note) unknown.push(`${name}: ${text}`);
      else expect(fill(NOTES_EN[note.code as keyof typeof NOTES_EN], note.params), name).toBe(text);
    }
    expect(unknown).toEqual([]);
  });

  it('tells every template from the others', () => {
    for (const [code, t] of Object.entries(NOTES_EN)) {
      const params = Object.fromEntries(holes(t).map((h) => [h.slice(1, -1), `‹${h.slice(1, -1)}›`]));
      expect(parseNote(fill(t, params), NOTES_EN)?.code, code).toBe(code);
    }
  });

  it('has Chinese for every note, with the same parts', () => {
    for (const [code, t] of Object.entries(NOTES_EN)) {
      const zh = NOTES_ZH[code as keyof typeof NOTES_ZH];
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(
        holes(zh).filter((h, i, a) => a.indexOf(h) === i),
        code,
      ).toEqual(holes(t).filter((h, i, a) => a.indexOf(h) === i));
    }
  });

  it('shows each note in Chinese on a Chinese page and leaves everything else as the tools print it', () => {
    for (const { name, text } of all) {
      const zh = localizeOutput(text, 'zh').split('\n');
      const en = text.split('\n');
      expect(zh.length, name).toBe(en.length);
      en.forEach((line, i) => {
        if (/^\s+# /.test(line)) {
          // Same indentation, Chinese words, the same addresses and names.
          expect(zh[i].match(/^\s+# /)?.[0], name).toBe(line.match(/^\s+# /)?.[0]);
          expect(zh[i], `${name}: ${line}`).toMatch(/[\u4e00-\u9fff]/);
        } else expect(zh[i], name).toBe(line);
      });
    }
    const published = all.find((t) => t.name === 'docker-publish.sh')!.text;
    expect(localizeOutput(published, 'en')).toBe(published);
    expect(localizeOutput(published, 'zh')).toContain(
      '  # Docker 为 172.17.0.2 发送 3 个主动 ARP（unsolicited ARP），间隔 1 秒（osl advertiseAddrs；未模拟）',
    );
  });

  it('leaves a comment it does not know, and a command, as they are', () => {
    expect(localizeLine('  # something netns-lab has no words for', 'zh')).toBe(
      '  # something netns-lab has no words for',
    );
    expect(localizeLine('# the published ports (not indented: a script line)', 'zh')).toBe(
      '# the published ports (not indented: a script line)',
    );
  });
});
