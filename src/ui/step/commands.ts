// The shell lines the UI sends: the same commands a learner would type, so the transcript shows them.

import type { TopologySnapshot } from '../../engine/snapshot.ts';

export type TrafficProto = 'ping' | 'tcp' | 'udp';

export const PROTOS: readonly TrafficProto[] = ['ping', 'tcp', 'udp'];

/** A command run inside namespace `ns` ("" is the host). */
export function inNamespace(ns: string, line: string): string {
  return ns === '' ? line : `ip netns exec ${ns} ${line}`;
}

/**
 * ping (one echo, one second), or OpenBSD nc probes: TCP connect-and-close (`-z -v`: the handshake,
 * then FIN, or the RST of a closed port), UDP one datagram (`-u`, with `-w 1` to wait for an ICMP error).
 */
export function trafficCommand(from: string, proto: TrafficProto, to: string, port: number): string {
  const line =
    proto === 'ping'
      ? `ping -c 1 -W 1 ${to}`
      : proto === 'tcp'
        ? `nc -z -v ${to} ${port}`
        : `nc -z -v -u -w 1 ${to} ${port}`;
  return inNamespace(from, line);
}

/** What a send printed, in one line: ping's summary, or nc's last line (its report or an error). */
export function sendSummary(transcript: string): string {
  const lines = transcript.trimEnd().split('\n');
  const summary = lines.find((l) => / packets transmitted, /.test(l)) ?? lines.at(-1) ?? '';
  return summary.startsWith('$ ') ? '' : summary;
}

export interface Target {
  addr: string;
  ns: string;
  dev: string;
}

/** Every IPv4 address but loopback, with where it lives: the destinations to pick from. */
export function targetsOf(snapshot: TopologySnapshot | undefined): Target[] {
  return (snapshot?.namespaces ?? []).flatMap((n) =>
    n.links.flatMap((l) =>
      l.addrs
        .filter((a) => !a.startsWith('127.'))
        .map((a) => ({ addr: a.split('/')[0], ns: n.name, dev: l.name })),
    ),
  );
}
