// The node side of a Pod (kubelet v1.35 with containerd and the CNI plugins): the API server stores
// the Pod, the scheduler binds it (./nodes.ts), the kubelet runs its sandbox — the network namespace,
// the pause container, CNI ADD (./cni.ts) — and starts its containers; deleting it stops them and
// runs CNI DEL. Each change of a Pod's address reaches kube-proxy (the Services that select it) and
// kube-router. kubectl (./kubectl.ts) and the ReplicaSet controller (./deployment.ts) call these.

import type { Ctx } from '../context.ts';
import type { Ops } from '../docker/ops.ts';
import { startListeners } from '../docker/processes.ts';
import { shellQuote, Unsupported } from '../lexer.ts';
import { UNSUPPORTED_MARK } from '../unsupported.ts';
import { cniAdd, cniDel } from './cni.ts';
import { DEFAULT_CNI_CONF, parseCniConf } from './cni-conf.ts';
import type { Controllers } from './deployment.ts';
import { KubectlError, unsupported } from './kubectl-error.ts';
import { lookupPodImage } from './manifest.ts';
import { dns1123Subdomain, invalidName } from './names.ts';
import { syncNetworkPolicies } from './netpol.ts';
import { NodeOps } from './node-ops.ts';
import { schedule } from './nodes.ts';
import { selects, syncProxyRules } from './proxy.ts';
import type { K8sState, KNode, Pod, PodSpec } from './state.ts';

/** The pause image kubelet v1.35 uses for sandboxes (cmd/kubeadm/app/constants PauseVersion). */
const PAUSE_IMAGE = 'registry.k8s.io/pause:3.10.1';

/** The API server stores the Pod; the scheduler binds it to the node; the kubelet starts it. */
export function createPod(ctx: Ctx, st: K8sState, ops: Ops, spec: PodSpec, quiet = false): Pod {
  if (st.pod(spec.name, spec.namespace))
    throw new KubectlError(`Error from server (AlreadyExists): pods "${spec.name}" already exists`);
  const invalid = dns1123Subdomain(spec.name);
  if (invalid.length) throw new KubectlError(invalidName('Pod', spec.name, invalid));
  if (spec.name.includes('.') || ctx.world.netns(spec.name))
    unsupported(
      `a Pod named ${spec.name}: netns-lab names the Pod's network namespace after it (no '.', not an existing namespace)`,
    );
  // The containers share the Pod's network namespace: a second server on the same port cannot bind.
  const bound = new Map<string, string>();
  for (const c of spec.containers)
    for (const l of c.listeners) {
      const key = `${l.proto}/${l.port}`;
      const first = bound.get(key);
      if (first !== undefined)
        unsupported(
          `containers ${first} and ${c.name} of Pod ${spec.name} both listening on 0.0.0.0:${l.port}/${l.proto.toUpperCase()}: they share the Pod's network namespace, so the second one's bind() fails (EADDRINUSE, "Address already in use"), that container exits and the kubelet restarts it (CrashLoopBackOff); netns-lab does not model a crash-looping container`,
        );
      bound.set(key, c.name);
    }
  let node: KNode;
  if (spec.nodeName !== undefined) {
    const n = st.node(spec.nodeName);
    if (!n) unsupported(`spec.nodeName ${spec.nodeName}: no such node (the Pod would stay Pending)`);
    node = n;
  } else node = schedule(st);
  if (!node.alive)
    unsupported(
      `a Pod on node ${node.name}, whose namespace was deleted by hand (the node would be NotReady)`,
    );
  if (!st.nodes.some((n) => n.proxyStarted)) syncProxyRules(ops, st, 'full');
  const nops = new NodeOps(ops, st, node);
  const sandboxId = st.newId();
  ops.note(
    `${spec.nodeName === undefined && !st.implicit ? `kube-scheduler binds ${spec.namespace}/${spec.name} to ${node.name} (the node with the fewest Pods, then by name); ` : ''}kubelet on ${node.name}: RunPodSandbox for ${spec.namespace}/${spec.name} (containerd, sandbox ${sandboxId.slice(0, 13)})`,
  );
  ops.note(
    `containerd makes the Pod's network namespace (it calls it /var/run/netns/cni-<uuid>; netns-lab names it after the Pod)`,
  );
  ops.run(['ip', 'netns', 'add', spec.name]);
  ops.note(`the pause container (${PAUSE_IMAGE}) holds the namespace; every container of the Pod joins it`);
  ops.note('CNI: the loopback plugin');
  ops.ip(spec.name, 'link', 'set', 'lo', 'up');
  if (!st.implicit && ctx.files?.list().some((f) => f.path.startsWith('/etc/cni/net.d/')))
    unsupported(
      "a file in /etc/cni/net.d on a cluster of Node objects (their Pods use flannel's delegated bridge configuration)",
    );
  const conf = st.implicit ? loadCniConf(ctx, node, ops) : undefined;
  if (typeof conf === 'string' && conf.startsWith(UNSUPPORTED_MARK))
    throw new Unsupported(conf.slice(UNSUPPORTED_MARK.length + 2));
  if (!st.implicit) ops.note(`the flannel CNI plugin delegates to the bridge plugin: ${node.confText}`);
  const r = typeof conf === 'string' ? conf : cniAdd(nops, node, spec.name, sandboxId);
  const started = { sandboxId, netns: spec.name, node: node.name, created: ctx.world.clock.now, stop: [] };
  if (typeof r === 'string') {
    // The kubelet's event; it retries, and the Pod stays ContainerCreating until the network works.
    ops.note(
      `kubelet: Failed to create pod sandbox: plugin type="bridge" name="${node.conf.name}" failed (add): ${r}; the Pod stays ContainerCreating`,
    );
    ops.run(['ip', 'netns', 'del', spec.name]);
    const failed: Pod = { ...spec, ...started, phase: 'ContainerCreating', ip: 0, hostVeth: '' };
    st.pods.push(failed);
    if (!quiet) ctx.write(`pod/${spec.name} created\n`);
    return failed;
  }
  const pod: Pod = { ...spec, ...started, phase: 'Running', ip: r.ip, hostVeth: r.hostVeth };
  const ns = ctx.world.netns(spec.name)!;
  for (const c of spec.containers) {
    const img = lookupPodImage(c.image)!;
    const cmd = [...img.image.entrypoint, ...(c.args.length ? c.args : img.image.cmd)]
      .map(shellQuote)
      .join(' ');
    const where = c.listeners.map((l) => `0.0.0.0:${l.port}/${l.proto}`).join(', ');
    ops.note(
      `container ${c.name} (${c.image}) starts in the Pod's namespace: ${cmd}${where ? ` (it listens on ${where})` : ''}`,
    );
    pod.stop.push(startListeners(ns, c.listeners));
  }
  st.pods.push(pod);
  resyncFor(ops, st, pod);
  if (st.netpol) syncNetworkPolicies(ops, st);
  if (!quiet) ctx.write(`pod/${spec.name} created\n`);
  return pod;
}

/**
 * The network configuration the container runtime uses: the first file (by name) of
 * /etc/cni/net.d with a .conf, .conflist or .json name, or the learning material's when there is
 * none. A string is why it cannot be used.
 */
function loadCniConf(ctx: Ctx, st: KNode, ops: Ops): string | undefined {
  const files = (ctx.files?.list() ?? [])
    .filter((f) => /^\/etc\/cni\/net\.d\/[^/]+\.(conf|conflist|json)$/.test(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const text = files.length ? new TextDecoder().decode(files[0].data) : DEFAULT_CNI_CONF;
  if (text === st.confText) return undefined;
  const c = parseCniConf(text);
  if (typeof c === 'string') return c;
  ops.note(
    `the container runtime reads the network configuration ${files.length ? files[0].path : '(the default)'}`,
  );
  st.confText = text;
  st.conf = c;
  return undefined;
}

/** The kubelet stops the containers, then StopPodSandbox: CNI DEL, and the namespace goes. */
export function deletePod(ctx: Ctx, st: K8sState, ops: Ops, pod: Pod): void {
  ops.note(`kubelet: the containers of ${pod.namespace}/${pod.name} stop; StopPodSandbox`);
  for (const s of pod.stop) s();
  const node = st.node(pod.node);
  if (pod.phase === 'Running' && node?.alive)
    cniDel(new NodeOps(ops, st, node), node, pod.netns, pod.sandboxId, pod.ip);
  if (ctx.world.netns(pod.netns)) ops.run(['ip', 'netns', 'del', pod.netns]);
  st.pods = st.pods.filter((p) => p !== pod);
  resyncFor(ops, st, pod);
  if (st.netpol) syncNetworkPolicies(ops, st);
}

/** The EndpointSlice controller updates the services selecting `pod`; kube-proxy syncs them. */
export function resyncFor(ops: Ops, st: K8sState, pod: Pod): void {
  const hit = st.services.filter((s) => s.namespace === pod.namespace && selects(s.selector, pod));
  if (hit.length) {
    ops.note(`endpoints of ${hit.map((s) => `${s.namespace}/${s.name}`).join(', ')} change`);
    syncProxyRules(ops, st, new Set(hit));
  }
}

/** The controllers' hands on Pods: the ReplicaSet controller creates them (the kubelet starts them) and deletes them. */
export function controllers(ctx: Ctx, st: K8sState, ops: Ops): Controllers {
  return {
    create: (spec: PodSpec) => createPod(ctx, st, ops, spec, true),
    remove: (pod: Pod) => deletePod(ctx, st, ops, pod),
  };
}
