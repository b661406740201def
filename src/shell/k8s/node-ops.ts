// The expansion's steps as they run on one node: on the implicit node (the host namespace) as they
// are; on a registered node (a network namespace) `ip`/`bridge` get `-n NODE` and everything else
// runs under `ip netns exec NODE`, so the exported script rebuilds the same cluster on one machine.

import type { Netns } from '../../engine/netns/netns.ts';
import type { Ops } from '../docker/ops.ts';
import { execArgv } from '../session.ts';
import type { K8sState, KNode } from './state.ts';

export class NodeOps {
  constructor(
    readonly ops: Ops,
    readonly k8s: K8sState,
    readonly node: KNode,
  ) {}

  get world() {
    return this.ops.world;
  }

  /** The node's namespace. */
  get ns(): Netns {
    return this.node.ns;
  }

  /** How `ip link … netns X` names the node's namespace: PID 1's for the host. */
  get netnsArg(): string {
    return this.node.netns === '' ? '1' : this.node.netns;
  }

  note(text: string): void {
    this.ops.note(text);
  }

  private wrap(argv: string[]): string[] {
    const n = this.node.netns;
    if (n === '' || (argv[0] === 'ip' && (argv[1] === 'netns' || argv[1] === '-n'))) return argv;
    if (argv[0] === 'ip' || argv[0] === 'bridge') return [argv[0], '-n', n, ...argv.slice(1)];
    return ['ip', 'netns', 'exec', n, ...argv];
  }

  /** A check the component makes before a change (`iptables -C`, `-n -L`), in the node: not echoed. */
  check(argv: string[]): boolean {
    return execArgv({ world: this.world, ns: this.ns, write: () => {} }, argv) === 0;
  }

  run(argv: string[]): void {
    this.ops.run(this.wrap(argv));
  }

  /** `ip -n NS …` for a Pod's namespace; the node's own when `ns` is ''. */
  ip(ns: string, ...args: string[]): void {
    if (ns === '') this.run(['ip', ...args]);
    else this.ops.run(['ip', '-n', ns, ...args]);
  }

  /** A command in a Pod's namespace (`ip netns exec POD …`). */
  inPod(ns: string, argv: string[]): void {
    this.ops.run(['ip', 'netns', 'exec', ns, ...argv]);
  }

  /**
   * net.ipv4.ip_forward=1 as the components write it: to /proc on the host, by sysctl in a node; only
   * when it is not 1 already (ip.EnableIP4Forward reads it first).
   */
  enableForwarding(): void {
    if (this.world.rtnl.sysctl(this.ns, 'net/ipv4/ip_forward') === 1) return;
    if (this.node.netns === '') this.ops.run(['echo', '1'], '/proc/sys/net/ipv4/ip_forward');
    else this.run(['sysctl', '-qw', 'net.ipv4.ip_forward=1']);
  }
}
