import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index.ts';
import { en } from './en.ts';
import { format, loadLang, translate } from './index.ts';
import { TRACE_ZH } from './trace.zh.ts';
import { zh } from './zh.ts';

beforeAll(() => loadLang('zh'));

describe('i18n', () => {
  it('fills placeholders and leaves unknown ones alone', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('speaks Chinese and falls back to English for a missing key', () => {
    expect(translate('zh', 'transcript.title')).toBe('命令记录');
    expect(translate('en', 'status.ready', { namespaces: 2, links: 5, time: 3 })).toBe(
      '2 namespaces · 5 links · t = 3 ms',
    );
  });

  it('has a Chinese string for every English key and keeps the same placeholders', () => {
    const missing = Object.keys(en).filter((k) => !(k in zh));
    expect(missing).toEqual([]);
    for (const [k, v] of Object.entries(zh)) {
      const want = (en[k as keyof typeof en].match(/\{\w+\}/g) ?? []).sort();
      expect((v.match(/\{\w+\}/g) ?? []).sort(), k).toEqual(want);
    }
  });

  it('says one word for one concept: 宿主机 for the host, and no two actions alike', () => {
    // 主机 alone is a machine in general: another host on the link, a real Linux host, ICMP's "host
    // unreachable". The lab's host (the root namespace) is always 宿主机.
    const machine = /其他主机|Linux 主机|主机不可达|主机重定向/g;
    const all = { ...zh, ...TRACE_ZH } as Record<string, string>;
    const bare = Object.entries(all).filter(([, v]) =>
      v
        .replace(machine, '')
        .replace(/宿主机/g, '')
        .includes('主机'),
    );
    expect(bare.map(([k]) => k)).toEqual([]);
    expect(zh['step.host']).toBe('宿主机');
    // Buttons that do different things read differently.
    const actions = [
      'action.close',
      'action.cancel',
      'action.dismiss',
      'inspector.setDown',
      'inspector.setUp',
      'action.delete',
    ];
    const words = actions.filter((k) => k in zh).map((k) => zh[k as keyof typeof zh]);
    expect(new Set(words).size).toBe(words.length);
  });

  it('names every preset in both languages, in English as the example itself does', () => {
    for (const e of EXAMPLES) {
      const key = `preset.${e.file}` as keyof typeof en;
      expect(en[key], e.file).toBe(e.title);
      expect(zh[key], e.file).toBeTruthy();
    }
  });
});
