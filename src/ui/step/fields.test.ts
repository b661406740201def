import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_NAMES_ZH, fieldName, layerName } from './fields.ts';

describe('packet field names in Chinese', () => {
  it('cover every field name the dissector gives', () => {
    const source = readFileSync(new URL('../../worker/dissect.ts', import.meta.url), 'utf8');
    const names = new Set([...source.matchAll(/\.add\('([^']+)'/g)].map((m) => m[1]));
    expect(names.size).toBeGreaterThan(30);
    expect([...names].filter((n) => !FIELD_NAMES_ZH.includes(n))).toEqual([]);
  });

  it('keep the number of a numbered option, and English as it is', () => {
    expect(fieldName('Option: No-operation #2', 'zh')).toBe('选项：空操作 #2');
    expect(fieldName('Option: kind 30', 'zh')).toBe('选项：类型 30');
    expect(fieldName('Time to live', 'zh')).toBe('生存时间（TTL）');
    expect(fieldName('Time to live', 'en')).toBe('Time to live');
  });

  it('name the layers of a tunnelled frame and of an ICMP error in Chinese, every suffix included', () => {
    for (const name of [
      'Ethernet II (inner)',
      'IPv4 (quoted)',
      "VXLAN (port: Linux's default)",
      'VXLAN (port: IANA)',
    ])
      expect(layerName(name, 'zh')).not.toMatch(/inner|quoted|port|default/);
    expect(layerName('ICMP (inner)', 'zh')).toBe('ICMP（内层）');
    expect(layerName('Ethernet II (inner)', 'en')).toBe('Ethernet II (inner)');
  });
});
