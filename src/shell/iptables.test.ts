// iptables behaviour the goldens cannot show: exit statuses (measured on the kernel with
// `cmd; echo $?` alongside scenarios 130–134), what a refused jump loop leaves for packets, and
// rules that survive the trip through argv (export, the editor's ×) whatever their text.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleArgv } from '../engine/netfilter/format.ts';
import { exportScript } from './export.ts';
import { shellQuote } from './lexer.ts';
import { Session } from './session.ts';

function status(s: Session, cmd: string): number {
  return s.exec(cmd).status;
}

describe('iptables exit statuses (measured on the kernel)', () => {
  it('refused commits exit 4, missing rules and numbers 1, parameter problems 2', () => {
    const s = new Session();
    s.run('iptables -N A\niptables -N B\niptables -A A -j B\niptables -A B -j A');
    expect(status(s, 'iptables -A INPUT -j A')).toBe(4);
    expect(status(s, 'iptables -I INPUT -j A')).toBe(4);
    expect(status(s, 'iptables -t nat -A PREROUTING -j MASQUERADE')).toBe(4);
    expect(status(s, 'iptables -t mangle -A INPUT -j REJECT')).toBe(4);
    expect(status(s, 'iptables -A INPUT -j ACCEPT')).toBe(0);
    expect(status(s, 'iptables -R INPUT 1 -j A')).toBe(4);
    expect(status(s, 'iptables -D INPUT 5')).toBe(1);
    expect(status(s, 'iptables -I INPUT 5 -j DROP')).toBe(1);
    expect(status(s, 'iptables -R INPUT 5 -j DROP')).toBe(1);
    expect(status(s, 'iptables -D NOPE -j DROP')).toBe(1);
    expect(status(s, 'iptables -D INPUT -j MASQUERADE')).toBe(1);
    expect(status(s, 'iptables -D INPUT 0')).toBe(2);
    expect(status(s, 'iptables -t nat -A POSTROUTING -j DROP')).toBe(2);
    expect(status(s, "iptables -A INPUT -i '' -j DROP")).toBe(2);
    expect(status(s, "iptables -A INPUT -i 'a b' -j DROP")).toBe(0);
    expect(s.exec('iptables -S INPUT').output).toBe(
      '-P INPUT ACCEPT\n-A INPUT -j ACCEPT\n-A INPUT -i a b -j DROP\n',
    );
  });
});

describe('jump loops', () => {
  it('a loop never reaches a packet: the jump into it is refused, and one ping stays small', () => {
    const s = new Session();
    s.run(
      [
        'ip netns add a',
        'ip link add v0 type veth peer name v1 netns a',
        'ip addr add 10.0.0.1/24 dev v0',
        'ip link set v0 up',
        'ip -n a addr add 10.0.0.2/24 dev v1',
        'ip -n a link set v1 up',
        'iptables -N A',
        'iptables -N B',
        'iptables -A A -j B',
        'iptables -A B -g A',
      ].join('\n'),
    );
    expect(s.exec('iptables -A OUTPUT -j A').output).toBe(
      'iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Too many links): rule in chain OUTPUT\n',
    );
    let events = 0;
    s.world.log.onEmit = () => events++;
    expect(s.exec('ping -c 1 10.0.0.2').output).toContain('1 received');
    expect(events).toBeLessThan(200);
  });

  it('a chain 15 jumps deep is accepted, 16 is refused, however many rules share the chains', () => {
    const s = new Session();
    const lines: string[] = [];
    for (let i = 1; i <= 16; i++) lines.push(`iptables -N C${i}`);
    // Every chain jumps to the next one 50 times: a walk that does not remember valid chains
    // would take 50^15 steps.
    for (let i = 1; i < 16; i++) for (let k = 0; k < 50; k++) lines.push(`iptables -A C${i} -j C${i + 1}`);
    s.run(lines.join('\n'));
    expect(status(s, 'iptables -A FORWARD -j C2')).toBe(0);
    expect(status(s, 'iptables -A FORWARD -j C1')).toBe(4);
  });
});

describe('rules as argv', () => {
  const hostile = [
    'note" -j ACCEPT -m comment --comment "x',
    'a"b',
    'ends in \\',
    "it's $(reboot) `id` ; | & > x",
    '',
    '--comment',
    '-j',
  ];

  it('a hostile comment exports as a comment and rebuilds the same rules', () => {
    const a = new Session();
    for (const c of hostile) {
      expect(status(a, `iptables -A INPUT -m comment --comment ${shellQuote(c)}`)).toBe(0);
      // An empty log prefix is refused (xt_LOG wants at least one character).
      expect(status(a, `iptables -A INPUT -j LOG --log-prefix ${shellQuote(c)}`)).toBe(c === '' ? 2 : 0);
    }
    expect(status(a, "iptables -A FORWARD -i 'a;b' -o 'x$(id)' -j ACCEPT")).toBe(0);
    const script = exportScript(a.world);
    const b = new Session();
    expect(b.runLines(script).filter((r) => r.status !== 0)).toEqual([]);
    expect(b.exec('iptables -S').output).toBe(a.exec('iptables -S').output);
    // None of them became an ACCEPT rule in INPUT.
    expect(b.exec('iptables -S INPUT').output).not.toMatch(/-j ACCEPT$/m);
  });

  it("the editor's × (the snapshot's argv, each word quoted) deletes every rule however it was typed", () => {
    const s = new Session();
    s.run(
      [
        'iptables -A INPUT -p tcp --dport 22 -j ACCEPT',
        'iptables -A INPUT -d 10.0.0.2 -s 10.0.0.1/24 -j DROP',
        ...hostile.map((c) => `iptables -A FORWARD -m comment --comment ${shellQuote(c)}`),
        "iptables -A FORWARD -i 'a;b' -m comment --comment 'a\"b' -p udp -m udp --sport 53 -j ACCEPT",
      ].join('\n'),
    );
    for (let n = 0; ; n++) {
      const rules = s.snapshot().namespaces[0].iptables;
      if (!rules) break;
      expect(n).toBeLessThan(20);
      const r = rules[rules.length - 1];
      expect(status(s, `iptables -D ${r.chain} ${r.argv.map(shellQuote).join(' ')}`)).toBe(0);
    }
  });

  it('every rule is deleted by the words -S lists it with (random rules, random option order)', () => {
    const opt = fc.constantFrom(
      ['-s', '10.1.2.3/16'],
      ['!', '-d', '10.0.0.9'],
      ['-i', 'eth+'],
      ['-m', 'comment', '--comment', 'a "b" c\\'],
      ['-m', 'conntrack', '--ctstate', 'ESTABLISHED,NEW'],
      ['-m', 'mark', '--mark', '0x10/0xf0'],
    );
    const l4 = fc.constantFrom([], ['--dport', 'ssh'], ['--sport', '1:2', '--dport', '80'], ['--syn']);
    const target = fc.constantFrom(
      [],
      ['-j', 'ACCEPT'],
      ['-j', 'REJECT'],
      ['-j', 'LOG', '--log-prefix', "x'"],
    );
    fc.assert(
      fc.property(fc.uniqueArray(opt, { maxLength: 4 }), l4, target, (opts, ports, tgt) => {
        const s = new Session();
        const words = ['-p', 'tcp', ...opts.flat(), ...ports, ...tgt];
        expect(status(s, `iptables -A INPUT ${words.map(shellQuote).join(' ')}`)).toBe(0);
        const rule = s.world.host.nf.table('filter').chains.get('INPUT')!.rules[0];
        expect(status(s, `iptables -D INPUT ${ruleArgv(rule).map(shellQuote).join(' ')}`)).toBe(0);
        expect(s.exec('iptables -S INPUT').output).toBe('-P INPUT ACCEPT\n');
      }),
      { numRuns: 100 },
    );
  });
});
