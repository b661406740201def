// Why a packet to a Kubernetes ClusterIP goes nowhere: kube-proxy (iptables mode) writes one nat
// KUBE-SERVICES rule per service port, `-d CLUSTER-IP -p tcp --dport PORT -j KUBE-SVC-…`, with the
// comment "NS/NAME[:PORT-NAME] cluster IP", and no device has the address. Read from the iptables
// listing of the namespace the step view shows, so it names only what the kernel holds.

import type { StepEvent, StepState } from '../../worker/step-api.ts';

export interface ClusterIpNote {
  ip: string;
  /** "default/web" */
  service: string;
  /** "TCP port 80", "TCP ports 80, 443" */
  ports: { proto: string; port: number }[];
  /** The packet's protocol as the IPv4 header names it: ICMP, TCP, UDP… */
  proto: string;
  /** No address row of the namespace has the ClusterIP. */
  onNoDevice: boolean;
}

// ` pkts bytes KUBE-SVC-… prot opt in out source destination /* ns/name cluster IP */ tcp dpt:80`
const RULE =
  /^\s*\S+\s+\S+\s+KUBE-SVC-\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+(\d+\.\d+\.\d+\.\d+)\s+\/\* (\S+?)(?::\S+)? cluster IP \*\/ (tcp|udp|sctp) dpt:(\d+)/;

/** The Services whose ClusterIP rules the iptables rows hold: address → name and ports. */
export function clusterIps(
  rows: readonly { text: string }[],
): Map<string, Omit<ClusterIpNote, 'proto' | 'onNoDevice'>> {
  const out = new Map<string, Omit<ClusterIpNote, 'proto' | 'onNoDevice'>>();
  for (const r of rows) {
    const m = RULE.exec(r.text);
    if (!m) continue;
    const [, ip, service, proto, port] = m;
    const s = out.get(ip) ?? { ip, service, ports: [] };
    if (!s.ports.some((p) => p.proto === proto.toUpperCase() && p.port === Number(port)))
      s.ports.push({ proto: proto.toUpperCase(), port: Number(port) });
    out.set(ip, s);
  }
  return out;
}

/**
 * The note for a step whose packet goes to a ClusterIP without matching any of its service
 * ports (a ping, or TCP to another port): undefined for any other step.
 */
export function clusterIpNote(event: StepEvent, state: StepState | undefined): ClusterIpNote | undefined {
  const ipl = event.frame?.layers.find((l) => l.name === 'IPv4');
  const dst = ipl?.fields.find((f) => f.name === 'Destination address')?.value;
  if (!dst || !state) return undefined;
  // "ICMP (1)", "TCP (6)"
  const proto =
    /[A-Za-z][A-Za-z0-9-]*/.exec(ipl?.fields.find((f) => f.name === 'Protocol')?.value ?? '')?.[0] ?? '';
  for (const ns of state.namespaces) {
    const svc = clusterIps(ns.tables.iptables).get(dst);
    if (!svc) continue;
    const l4 = event.frame?.layers.find((l) => l.name === proto);
    const dport = Number.parseInt(l4?.fields.find((f) => f.name === 'Destination port')?.value ?? '', 10);
    if (svc.ports.some((p) => p.proto === proto && p.port === dport)) return undefined;
    const onNoDevice = !ns.tables.addr.some((r) => r.text.includes(` ${dst}/`));
    return { ...svc, proto: proto || 'IP', onNoDevice };
  }
  return undefined;
}
