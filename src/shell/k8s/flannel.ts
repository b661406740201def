// flanneld's own iptables rules (flannel-io/flannel v0.27.4, the release kube-flannel.yml runs with
// --ip-masq; pkg/trafficmngr/iptables/iptables.go), written when flanneld starts on a node:
// - masqRules (--ip-masq): nat chain FLANNEL-POSTRTG, jumped to from POSTROUTING. Traffic kube-proxy
//   marked for masquerading (0x4000) is left to kube-proxy; traffic between the node's Pods and the
//   cluster network, and from outside to the node's Pods, keeps its addresses; a Pod's traffic
//   leaving the cluster network (not multicast), and traffic from outside the cluster network to a
//   Pod of another node, is masqueraded (--random-fully: go-iptables finds iptables ≥ 1.6.2).
// - forwardRules (--iptables-forward-rules, on by default): filter chain FLANNEL-FWD, jumped to
//   from FORWARD, ACCEPTs whatever comes from or goes to the cluster network (against a FORWARD
//   policy of DROP, as Docker sets it).
// flanneld makes each chain (CreateIP4Chain: go-iptables ClearChain, `-N`) and then loads the rules
// with `iptables-restore --noflush` (ipTablesBootstrap); netns-lab runs that restore as the
// `iptables -A` commands it amounts to on a fresh node.

import type { TraceMsg } from '../../engine/trace/messages.ts';
import { msg } from '../../engine/trace/messages.ts';
import type { NodeOps } from './node-ops.ts';

export const FLANNEL_RELEASE = 'v0.27.4';

/** trafficmngr.KubeProxyMark. */
const KUBE_PROXY_MARK = '0x4000/0x4000';

const cm = (c: string) => ['-m', 'comment', '--comment', c];

/** The rules flanneld writes on a node whose lease is `podCIDR` in cluster network `network`. */
export function flannelRules(
  network: string,
  podCIDR: string,
): { table: 'nat' | 'filter'; chain: string; spec: string[]; why: TraceMsg }[] {
  const masq = cm('flanneld masq');
  const fwd = cm('flanneld forward');
  const v = { network, subnet: podCIDR };
  return [
    // masqRules
    {
      table: 'nat',
      chain: 'POSTROUTING',
      spec: [...masq, '-j', 'FLANNEL-POSTRTG'],
      why: msg('flannel.masq-jump'),
    },
    {
      table: 'nat',
      chain: 'FLANNEL-POSTRTG',
      spec: ['-m', 'mark', '--mark', KUBE_PROXY_MARK, ...masq, '-j', 'RETURN'],
      why: msg('flannel.kube-proxy-mark'),
    },
    {
      table: 'nat',
      chain: 'FLANNEL-POSTRTG',
      spec: ['-s', podCIDR, '-d', network, ...masq, '-j', 'RETURN'],
      why: msg('flannel.pods-to-cluster', v),
    },
    {
      table: 'nat',
      chain: 'FLANNEL-POSTRTG',
      spec: ['-s', network, '-d', podCIDR, ...masq, '-j', 'RETURN'],
      why: msg('flannel.cluster-to-pods', v),
    },
    {
      table: 'nat',
      chain: 'FLANNEL-POSTRTG',
      spec: ['!', '-s', network, '-d', podCIDR, ...masq, '-j', 'RETURN'],
      why: msg('flannel.outside-to-pods', v),
    },
    {
      table: 'nat',
      chain: 'FLANNEL-POSTRTG',
      spec: ['-s', network, '!', '-d', '224.0.0.0/4', ...masq, '-j', 'MASQUERADE', '--random-fully'],
      why: msg('flannel.masq-out', v),
    },
    {
      table: 'nat',
      chain: 'FLANNEL-POSTRTG',
      spec: ['!', '-s', network, '-d', network, ...masq, '-j', 'MASQUERADE', '--random-fully'],
      why: msg('flannel.masq-in'),
    },
    // forwardRules
    { table: 'filter', chain: 'FORWARD', spec: [...fwd, '-j', 'FLANNEL-FWD'], why: msg('flannel.fwd-jump') },
    {
      table: 'filter',
      chain: 'FLANNEL-FWD',
      spec: ['-s', network, ...fwd, '-j', 'ACCEPT'],
      why: msg('flannel.fwd', v),
    },
    {
      table: 'filter',
      chain: 'FLANNEL-FWD',
      spec: ['-d', network, ...fwd, '-j', 'ACCEPT'],
      why: msg('flannel.fwd', v),
    },
  ];
}

/** SetupAndEnsureMasqRules and SetupAndEnsureForwardRules on a node, as flanneld starts there. */
export function setupFlannelRules(ops: NodeOps, network: string, podCIDR: string): void {
  ops.note(
    `flanneld ${FLANNEL_RELEASE} on ${ops.node.name}: its masquerade rules (--ip-masq: FLANNEL-POSTRTG) and forward rules (FLANNEL-FWD), by iptables-restore --noflush, run as the commands it amounts to`,
  );
  const rules = flannelRules(network, podCIDR);
  const nf = ops.ns.nf;
  for (const [table, chain] of [
    ['nat', 'FLANNEL-POSTRTG'],
    ['filter', 'FLANNEL-FWD'],
  ] as const) {
    ops.run(['iptables', '-t', table, '-N', chain]);
    for (const r of rules.filter((x) => x.table === table)) {
      ops.run(['iptables', '-t', table, '-A', r.chain, ...r.spec]);
      const list = nf.table(table).chains.get(r.chain)?.rules;
      const last = list?.[list.length - 1];
      if (last) last.why = r.why;
    }
  }
}
