// Docker Engine v28.2.2's iptables firewaller (libnetwork/drivers/bridge/internal/iptabler and
// libnetwork/iptables), rule for rule and in its order. Every helper first checks, as Docker does
// with `iptables -C` / `-n -L`, whether the change is needed; only changes are echoed and run.
// File and line references are to moby at v28.2.2.

import { msg, type TraceMsg } from '../../engine/trace/messages.ts';
import { ip4ToString } from '../../engine/wire/addr.ts';
import type { Ops } from './ops.ts';

export type Table = 'filter' | 'nat' | 'raw';

export const DOCKER = 'DOCKER';
export const DOCKER_FORWARD = 'DOCKER-FORWARD';
export const DOCKER_BRIDGE = 'DOCKER-BRIDGE';
export const DOCKER_CT = 'DOCKER-CT';
export const ISOLATION_1 = 'DOCKER-ISOLATION-STAGE-1';
export const ISOLATION_2 = 'DOCKER-ISOLATION-STAGE-2';
export const DOCKER_USER = 'DOCKER-USER';

/** The IPv4 side of a network's firewall config (firewaller.NetworkConfig, defaults of a bridge). */
export interface FwNetwork {
  /** The network's name (for the rules' explanations). */
  name: string;
  ifName: string;
  /** The bridge subnet, masked ("172.17.0.0/16"). */
  prefix: string;
}

/** A published port as the firewaller sees it (types.PortBinding). */
export interface FwPort {
  proto: 'tcp' | 'udp';
  /** Container address and port. */
  ip: number;
  port: number;
  /** Host address (0 = all) and port. */
  hostIp: number;
  hostPort: number;
  /** As the user wrote it after -p ("8080:80"), and the container (for explanations). */
  spec: string;
  container: string;
}

export class Iptabler {
  constructor(private readonly ops: Ops) {}

  // --- libnetwork/iptables/iptables.go ----------------------------------------------------------

  /** IPTable.exists: `iptables -t T -C CHAIN RULE` succeeds. */
  private exists(table: Table, chain: string, args: string[]): boolean {
    return this.ops.check(['iptables', '-t', table, '-C', chain, ...args]);
  }

  /** Rule.Append (iptables.go:472): no-op if the rule is already in the chain. */
  append(table: Table, chain: string, args: string[], why?: TraceMsg): void {
    if (this.exists(table, chain, args)) return;
    this.ops.iptables('-t', table, '-A', chain, ...args);
    this.explain(table, chain, 'last', why);
  }

  /** Rule.Insert (iptables.go:481). */
  insert(table: Table, chain: string, args: string[], why?: TraceMsg): void {
    if (this.exists(table, chain, args)) return;
    this.ops.iptables('-t', table, '-I', chain, ...args);
    this.explain(table, chain, 'first', why);
  }

  /** Notes on the rule just written why Docker has it; the trace of a packet it matches says so. */
  private explain(table: Table, chain: string, where: 'first' | 'last', why?: TraceMsg): void {
    if (!why) return;
    const rules = this.ops.world.host.nf.table(table).chains.get(chain)?.rules;
    const r = rules?.[where === 'first' ? 0 : rules.length - 1];
    if (r) r.why = why;
  }

  /** Rule.Delete (iptables.go:489): no-op if the rule is not there. */
  delete(table: Table, chain: string, args: string[]): void {
    if (this.exists(table, chain, args)) this.ops.iptables('-t', table, '-D', chain, ...args);
  }

  /** NewChain (iptables.go:167): creates the chain unless `-n -L` finds it. */
  newChain(table: Table, name: string): void {
    if (!this.ops.check(['iptables', '-t', table, '-n', '-L', name]))
      this.ops.iptables('-t', table, '-N', name);
  }

  /** EnsureJumpRule (iptables.go:419): the jump is deleted and inserted again at the top. */
  ensureJump(from: string, to: string, why?: TraceMsg): void {
    this.deleteJump(from, to);
    this.ops.iptables('-I', from, '-j', to);
    this.explain('filter', from, 'first', why);
  }

  /** DeleteJumpRule (iptables.go:432). */
  deleteJump(from: string, to: string): void {
    if (this.exists('filter', from, ['-j', to])) this.ops.iptables('-D', from, '-j', to);
  }

  /** ChainInfo.Remove (iptables.go:268), for a chain left by an earlier daemon. */
  private removeChain(table: Table, name: string): void {
    if (!this.ops.check(['iptables', '-t', table, '-n', '-L', name])) return;
    if (table === 'nat') {
      this.delete('nat', 'PREROUTING', ['-m', 'addrtype', '--dst-type', 'LOCAL', '-j', name]);
      this.delete('nat', 'OUTPUT', [
        '-m',
        'addrtype',
        '--dst-type',
        'LOCAL',
        '!',
        '--dst',
        '127.0.0.0/8',
        '-j',
        name,
      ]);
    }
    // Errors are ignored: the chain may still be referenced.
    this.ops.run(['iptables', '-t', table, '-F', name], undefined, true);
    this.ops.run(['iptables', '-t', table, '-X', name], undefined, true);
  }

  // --- daemon start: iptabler.go NewIptabler and libnetwork/firewall_linux.go --------------------

  /** removeIPChains (network.go:504) then setupIPChains (iptabler.go:120). */
  setupChains(): void {
    this.delete('filter', 'FORWARD', ['-j', 'DOCKER-ISOLATION']);
    for (const [t, c] of [
      ['nat', DOCKER],
      ['filter', DOCKER],
      ['filter', DOCKER_FORWARD],
      ['filter', DOCKER_BRIDGE],
      ['filter', DOCKER_CT],
      ['filter', ISOLATION_1],
      ['filter', ISOLATION_2],
      ['filter', 'DOCKER-ISOLATION'],
    ] as const)
      this.removeChain(t, c);
    this.newChain('nat', DOCKER);
    this.newChain('filter', DOCKER);
    this.newChain('filter', DOCKER_FORWARD);
    this.newChain('filter', DOCKER_BRIDGE);
    this.newChain('filter', DOCKER_CT);
    this.newChain('filter', ISOLATION_1);
    this.newChain('filter', ISOLATION_2);
    // addNATJumpRules (network.go:174): the userland proxy is on, so OUTPUT skips 127.0.0.0/8.
    this.append(
      'nat',
      'PREROUTING',
      ['-m', 'addrtype', '--dst-type', 'LOCAL', '-j', DOCKER],
      msg('docker.jump-prerouting'),
    );
    this.append(
      'nat',
      'OUTPUT',
      ['-m', 'addrtype', '--dst-type', 'LOCAL', '-j', DOCKER, '!', '--dst', '127.0.0.0/8'],
      msg('docker.jump-output'),
    );
    // iptabler.go:221-232: inserted at the top, in reverse order.
    this.ensureJump('FORWARD', DOCKER_FORWARD, msg('docker.jump-forward'));
    this.ensureJump(DOCKER_FORWARD, DOCKER_BRIDGE, msg('docker.jump-bridge'));
    this.ensureJump(DOCKER_FORWARD, ISOLATION_1, msg('docker.jump-isolation'));
    this.ensureJump(DOCKER_FORWARD, DOCKER_CT, msg('docker.jump-ct'));
    // iptabler.go:247: a 28.0.0 daemon's FORWARD jump to the isolation chain goes.
    this.deleteJump('FORWARD', ISOLATION_1);
  }

  /** setupUserChain (firewall_linux.go:53), run when the controller has started. */
  setupUserChain(): void {
    this.newChain('filter', DOCKER_USER);
    this.ensureJump('FORWARD', DOCKER_USER, msg('docker.jump-user'));
  }

  /** FilterForwardDrop (iptabler.go:94). */
  filterForwardDrop(): void {
    this.ops.iptables('-t', 'filter', '-P', 'FORWARD', 'DROP');
  }

  // --- per network: network.go -------------------------------------------------------------------

  /** setupIPTables for a bridge network with NAT, masquerade and ICC on (network.go:89-159). */
  addNetwork(n: FwNetwork): void {
    this.nonInternalRules(n, true);
    const net = { net: n.name, bridge: n.ifName };
    this.append(
      'filter',
      DOCKER,
      ['!', '-i', n.ifName, '-o', n.ifName, '-j', 'DROP'],
      msg('docker.default-drop', net),
    );
    this.append(
      'filter',
      DOCKER_CT,
      ['-o', n.ifName, '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', 'ACCEPT'],
      msg('docker.ct', net),
    );
    this.append('filter', DOCKER_BRIDGE, ['-o', n.ifName, '-j', DOCKER], msg('docker.bridge', net));
    this.setINC(n, true);
  }

  /** DelNetworkLevelRules: the clean-up functions in the order they were registered. */
  delNetwork(n: FwNetwork): void {
    this.nonInternalRules(n, false);
    this.delete('filter', DOCKER, ['!', '-i', n.ifName, '-o', n.ifName, '-j', 'DROP']);
    this.delete('filter', DOCKER_CT, [
      '-o',
      n.ifName,
      '-m',
      'conntrack',
      '--ctstate',
      'RELATED,ESTABLISHED',
      '-j',
      'ACCEPT',
    ]);
    this.delete('filter', DOCKER_BRIDGE, ['-o', n.ifName, '-j', DOCKER]);
    this.setINC(n, false);
  }

  /** setupNonInternalNetworkRules (network.go:291-393). */
  private nonInternalRules(n: FwNetwork, enable: boolean): void {
    const prog = (table: Table, chain: string, args: string[], why: TraceMsg) =>
      enable ? this.insert(table, chain, args, why) : this.delete(table, chain, args);
    const net = { net: n.name, bridge: n.ifName };
    prog(
      'nat',
      'POSTROUTING',
      ['-s', n.prefix, '!', '-o', n.ifName, '-j', 'MASQUERADE'],
      msg('docker.masquerade', { net: n.name, subnet: n.prefix }),
    );
    prog('nat', DOCKER, ['-i', n.ifName, '-j', 'RETURN'], msg('docker.skip-dnat', net));
    // The hairpin MASQUERADE for host-originated traffic exists only without the userland proxy.
    this.delete('nat', 'POSTROUTING', [
      '-m',
      'addrtype',
      '--src-type',
      'LOCAL',
      '-o',
      n.ifName,
      '-j',
      'MASQUERADE',
    ]);
    // setIcc (network.go:395): with ICC on and an external network, no ACCEPT/DROP rule is needed.
    this.delete('filter', DOCKER_FORWARD, ['-i', n.ifName, '-o', n.ifName, '-j', 'ACCEPT']);
    this.delete('filter', DOCKER_FORWARD, ['-i', n.ifName, '-o', n.ifName, '-j', 'DROP']);
    if (enable) {
      this.delete('filter', 'FORWARD', ['-i', n.ifName, '-o', n.ifName, '-j', 'ACCEPT']);
      this.delete('filter', 'FORWARD', ['-i', n.ifName, '-o', n.ifName, '-j', 'DROP']);
      this.delete('filter', 'FORWARD', ['-i', n.ifName, '!', '-o', n.ifName, '-j', 'ACCEPT']);
    }
    const out = ['-i', n.ifName, '-j', 'ACCEPT'];
    if (enable) this.append('filter', DOCKER_FORWARD, out, msg('docker.out', net));
    else this.delete('filter', DOCKER_FORWARD, out);
    if (enable) this.delete('filter', 'FORWARD', out);
  }

  /** setINC (network.go:441): stage 1 appended, stage 2 inserted. */
  private setINC(n: FwNetwork, enable: boolean): void {
    const ifName = n.ifName;
    const net = { net: n.name, bridge: n.ifName };
    const s1 = ['-i', ifName, '!', '-o', ifName, '-j', ISOLATION_2];
    const s2 = ['-o', ifName, '-j', 'DROP'];
    if (enable) {
      this.append('filter', ISOLATION_1, s1, msg('docker.isolation-1', net));
      this.insert('filter', ISOLATION_2, s2, msg('docker.isolation-2', net));
    } else {
      this.delete('filter', ISOLATION_1, s1);
      this.delete('filter', ISOLATION_2, s2);
    }
  }

  // --- per endpoint: endpoint.go -----------------------------------------------------------------

  /** filterDirectAccess (endpoint.go:50): only the bridge may send to the container's address. */
  endpoint(n: FwNetwork, ip: number, container: string, enable: boolean): void {
    const args = ['-d', ip4ToString(ip), '!', '-i', n.ifName, '-j', 'DROP'];
    const why = msg('docker.direct-access', { ip: ip4ToString(ip), container, bridge: n.ifName });
    if (enable) this.append('raw', 'PREROUTING', args, why);
    else this.delete('raw', 'PREROUTING', args);
  }

  // --- per port: port.go ------------------------------------------------------------------------

  /** setPerPortIptables (port.go:35) for each binding. */
  ports(n: FwNetwork, ports: FwPort[], enable: boolean): void {
    for (const b of ports) {
      const proto = b.proto;
      const hostIp = b.hostIp === 0 ? '0/0' : ip4ToString(b.hostIp);
      const ctr = ip4ToString(b.ip);
      // filterPortMappedOnLoopback (port.go:172): drop remote packets for a loopback-bound port.
      if (b.hostIp >>> 24 === 127) {
        this.delete('raw', 'PREROUTING', [
          '-p',
          proto,
          '-d',
          hostIp,
          '--dport',
          `${b.hostPort}`,
          '-i',
          'loopback0',
          '-j',
          'ACCEPT',
        ]);
        const drop = ['-p', proto, '-d', hostIp, '--dport', `${b.hostPort}`, '!', '-i', 'lo', '-j', 'DROP'];
        if (enable)
          this.append('raw', 'PREROUTING', drop, msg('docker.loopback-port', { spec: b.spec, ip: hostIp }));
        else this.delete('raw', 'PREROUTING', drop);
      }
      // dropLegacyFilterDirectAccess (port.go:227): a 28.0/28.1 rule, always deleted.
      this.delete('raw', 'PREROUTING', [
        '-p',
        proto,
        '-d',
        ctr,
        '--dport',
        `${b.port}`,
        '!',
        '-i',
        n.ifName,
        '-j',
        'DROP',
      ]);
      // setPerPortNAT (port.go:79).
      const dnat = [
        '-p',
        proto,
        '-d',
        hostIp,
        '--dport',
        `${b.hostPort}`,
        '-j',
        'DNAT',
        '--to-destination',
        `${ctr}:${b.port}`,
        '!',
        '-i',
        n.ifName,
      ];
      const spec = { spec: b.spec, container: b.container };
      if (enable) this.append('nat', DOCKER, dnat, msg('docker.dnat', spec));
      else this.delete('nat', DOCKER, dnat);
      this.delete('nat', 'POSTROUTING', [
        '-p',
        proto,
        '-s',
        ctr,
        '-d',
        ctr,
        '--dport',
        `${b.port}`,
        '-j',
        'MASQUERADE',
      ]);
      // setPerPortForwarding (port.go:126): inserted, ahead of the network's DROP.
      const accept = [
        '!',
        '-i',
        n.ifName,
        '-o',
        n.ifName,
        '-p',
        proto,
        '-d',
        ctr,
        '--dport',
        `${b.port}`,
        '-j',
        'ACCEPT',
      ];
      if (enable) this.insert('filter', DOCKER, accept, msg('docker.port-accept', spec));
      else this.delete('filter', DOCKER, accept);
    }
  }
}
