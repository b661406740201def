import { beforeAll, describe, expect, it } from 'vitest';
import { TRACE_EN } from '../../engine/trace/messages.ts';
import { Session } from '../../shell/session.ts';
import { loadLang } from './index.ts';
import { explainEvent } from './trace.ts';
import { TRACE_ZH } from './trace.zh.ts';

beforeAll(() => loadLang('zh'));

const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

const SETUP = `ip link add br0 address 02:00:00:00:00:f0 type bridge
ip link set br0 up
ip netns add a
ip netns add b
ip link add pa address 02:00:00:00:00:a1 type veth peer name eth0 address 02:00:00:00:00:aa netns a
ip link add pb address 02:00:00:00:00:b1 type veth peer name eth0 address 02:00:00:00:00:bb netns b
ip link set pa master br0
ip link set pb master br0
ip link set pa up
ip link set pb up
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip netns exec b iptables -A INPUT -p icmp -j DROP
ip netns exec a ping -c 1 -W 1 10.0.0.2`;

describe('trace explanations in Chinese', () => {
  it('has a template for every code, with exactly the English placeholders', () => {
    expect(Object.keys(TRACE_ZH).sort()).toEqual(Object.keys(TRACE_EN).sort());
    for (const [code, en] of Object.entries(TRACE_EN))
      expect(holes(TRACE_ZH[code as keyof typeof TRACE_EN]), code).toEqual(holes(en));
  });

  it('explains real events in Chinese, nested phrases included, and in English as the engine said it', () => {
    const s = new Session({ seed: 1 });
    s.run(SETUP);
    const zh = s.world.log.events.map((e) => explainEvent(e, 'zh'));
    expect(zh).toContain('路由查找 10.0.0.2：匹配 "10.0.0.0/24 dev eth0" → 从 eth0 发出，源地址 10.0.0.1');
    expect(zh).toContain(
      '邻居表项 10.0.0.2（eth0）：NONE → INCOMPLETE（还不知道 10.0.0.2 的链路层地址：数据包先排队，同时广播 ARP 请求）',
    );
    expect(zh).toContain('eth0 广播 ARP 请求：who-has 10.0.0.2 tell 10.0.0.1');
    expect(zh).toContain('br0 在端口 pa 上学到 02:00:00:00:00:aa（从该端口进来的帧的源 MAC）');
    expect(zh).toContain('广播帧：br0 把它泛洪到其他所有端口（pb），并上送一份给自己');
    expect(zh).toContain('eth0 把帧交给它的 veth 对端 pa（位于宿主机）');
    expect(zh).toContain(
      '邻居表项 10.0.0.1（eth0）：NONE → STALE（从 10.0.0.1 的 ARP 请求中学到：应答方会把请求方记为 STALE）',
    );
    expect(zh).toContain('命中 filter 表 INPUT 链第 1 条规则（-A INPUT -p icmp -j DROP）：DROP');
    expect(zh).toContain(
      '在 INPUT 被 iptables 丢弃（DROP 规则或默认策略）：10.0.0.1 → 10.0.0.2 ICMP echo request（回显请求）seq 1',
    );
    for (const e of s.world.log.events) expect(explainEvent(e, 'en')).toBe(e.text);
  });

  it('falls back to the English text for an event it cannot render', () => {
    expect(explainEvent({ text: 'plain' }, 'zh')).toBe('plain');
    expect(explainEvent({ text: 'new', code: 'some.future-code', params: {} }, 'zh')).toBe('new');
    expect(
      explainEvent(
        {
          text: 'nested',
          code: 'ip.forward-via',
          params: { gw: { code: 'nope' as 'ip.no-config', params: {} } },
        },
        'zh',
      ),
    ).toBe('nested');
  });
});
