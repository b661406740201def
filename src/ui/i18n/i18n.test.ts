import { beforeAll, describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { format, loadLang, translate } from './index.ts';
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
});
