// kubectl for NetworkPolicies (kubectl v1.35.7): apply, get (the server's table: NAME, POD-SELECTOR,
// AGE), describe (pkg/describe describeNetworkPolicy) and delete; each change makes kube-router
// sync (./netpol.ts).

import type { Ctx } from '../context.ts';
import type { Ops } from '../docker/ops.ts';
import { type DescribeOptions, describeObjects } from './kubectl-describe.ts';
import type { Manifest } from './manifest.ts';
import { syncNetworkPolicies } from './netpol.ts';
import { formatSelector, type NetpolRule } from './netpol-manifest.ts';
import { annotationLines } from './pod-template.ts';
import { describeLabels, humanDuration, NO_RESOURCES, pick, table, tabwriter } from './print.ts';
import { syncProxyRules } from './proxy.ts';
import type { K8sState } from './state.ts';

export const NETPOL_KINDS = ['networkpolicies', 'networkpolicy', 'netpol'];
const RESOURCE = 'networkpolicies.networking.k8s.io';
const KIND = 'networkpolicy.networking.k8s.io';

/** `kubectl apply` of a NetworkPolicy document: created, or unchanged when applied the same. */
export function applyPolicy(
  ctx: Ctx,
  st: K8sState,
  ops: Ops,
  m: Extract<Manifest, { kind: 'NetworkPolicy' }>,
  json: string,
  unsupported: (what: string) => never,
): void {
  const old = st.policies.find((p) => p.name === m.name && p.namespace === m.namespace);
  if (old) {
    if (old.applied !== json) unsupported(`changing ${KIND}/${m.name} with apply (delete it first)`);
    ctx.write(`${KIND}/${m.name} unchanged\n`);
    return;
  }
  const { kind: _, ...spec } = m;
  // The first object of the cluster starts kube-proxy too (it runs on every node).
  if (!st.nodes.some((n) => n.proxyStarted)) syncProxyRules(ops, st, 'full');
  ops.note(`API server: NetworkPolicy ${m.namespace}/${m.name} stored; kube-router's informer sees it`);
  st.policies.push({ ...spec, created: ctx.world.clock.now, applied: json });
  syncNetworkPolicies(ops, st);
  ctx.write(`${KIND}/${m.name} created\n`);
}

export function getPolicies(ctx: Ctx, st: K8sState, names: string[]): number {
  const list = pick(ctx, st.policies, names, RESOURCE);
  if (!list) return 1;
  if (!list.length) {
    ctx.write(NO_RESOURCES);
    return 0;
  }
  const rows = list.map((p) => [
    p.name,
    formatSelector(p.podSelector),
    humanDuration(ctx.world.clock.now - p.created),
  ]);
  ctx.write(table([['NAME', 'POD-SELECTOR', 'AGE'], ...rows]));
  return 0;
}

/** metav1.Time's String(): Go's time.Time.String() in UTC (the lab's clock starts at the epoch). */
function goDate(us: number): string {
  const d = new Date(Math.floor(us / 1e6) * 1000).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 19)} +0000 UTC`;
}

function rulesText(rules: NetpolRule[], dir: 'ingress' | 'egress'): string[] {
  const I = '    ';
  if (rules.length === 0) return [`${I}<none> (Selected pods are isolated for ${dir} connectivity)`];
  const out: string[] = [];
  rules.forEach((r, i) => {
    if (r.ports.length === 0) out.push(`${I}To Port: <any> (traffic allowed to all ports)`);
    for (const p of r.ports) {
      const port = p.name ?? (p.port === undefined ? '<nil>' : `${p.port}`);
      out.push(
        p.endPort === undefined
          ? `${I}To Port: ${port}/${p.protocol}`
          : `${I}To Port Range: ${port}-${p.endPort}/${p.protocol}`,
      );
    }
    const word = dir === 'ingress' ? 'From' : 'To';
    if (r.peers.length === 0)
      out.push(
        dir === 'ingress'
          ? `${I}From: <any> (traffic not restricted by source)`
          : `${I}To: <any> (traffic not restricted by destination)`,
      );
    for (const peer of r.peers) {
      out.push(`${I}${word}:`);
      if (peer.namespaceSelector)
        out.push(`  ${I}NamespaceSelector: ${formatSelector(peer.namespaceSelector)}`);
      if (peer.podSelector) out.push(`  ${I}PodSelector: ${formatSelector(peer.podSelector)}`);
      if (!peer.namespaceSelector && !peer.podSelector && peer.ipBlock) {
        out.push(`  ${I}IPBlock:`);
        out.push(`    ${I}CIDR: ${peer.ipBlock.cidr}`);
        out.push(`    ${I}Except: ${peer.ipBlock.except.join(', ')}`);
      }
    }
    if (i !== rules.length - 1) out.push(`${I}----------`);
  });
  return out;
}

export function describePolicies(ctx: Ctx, st: K8sState, names: string[], opts?: DescribeOptions): number {
  return describeObjects(
    ctx,
    st.policies,
    names,
    RESOURCE,
    (p) => {
      const l = [`Name:\t${p.name}`, `Namespace:\t${p.namespace}`, `Created on:\t${goDate(p.created)}`];
      l.push(...describeLabels(p.labels));
      l.push(
        ...annotationLines('Annotations', p.annotations ?? {})
          .replace(/\n$/, '')
          .split('\n'),
        'Spec:',
      );
      const sel = formatSelector(p.podSelector);
      l.push(
        `  PodSelector:     ${sel === '<none>' ? '<none> (Allowing the specific traffic to all pods in this namespace)' : sel}`,
      );
      if (p.policyTypes.includes('Ingress'))
        l.push('  Allowing ingress traffic:', ...rulesText(p.ingress, 'ingress'));
      else l.push('  Not affecting ingress traffic');
      if (p.policyTypes.includes('Egress'))
        l.push('  Allowing egress traffic:', ...rulesText(p.egress, 'egress'));
      else l.push('  Not affecting egress traffic');
      l.push(`  Policy Types: ${p.policyTypes.join(', ')}`);
      return `${tabwriter(l.join('\n'))}\n`;
    },
    opts,
  );
}

/** `kubectl delete networkpolicy NAME`: false when there is none. */
export function deletePolicy(ctx: Ctx, st: K8sState, ops: Ops, name: string, source?: string): boolean {
  const p = st.policies.find((x) => x.name === name);
  if (!p) {
    ctx.write(
      source
        ? `Error from server (NotFound): error when deleting "${source}": ${RESOURCE} "${name}" not found\n`
        : `Error from server (NotFound): ${RESOURCE} "${name}" not found\n`,
    );
    return false;
  }
  st.policies = st.policies.filter((x) => x !== p);
  ops.note(`API server: NetworkPolicy ${p.namespace}/${p.name} deleted; kube-router syncs`);
  syncNetworkPolicies(ops, st);
  ctx.write(`${KIND} "${name}" deleted from default namespace\n`);
  return true;
}
