// `-p [IP:][HOST:]CONTAINER[/PROTO]` as the CLI reads it: go-connections nat.ParsePortSpec
// (vendored in docker/cli v28.2.2), with its error messages.

import { parseIp4 } from '../../engine/wire/addr.ts';
import type { PortSpec } from './state.ts';

export class PortSpecError extends Error {}

/**
 * The most ports one container publishes here. Docker has no such limit: it expands a range into one
 * binding per port, each with its own DNAT and ACCEPT rules and docker-proxy (moby v28.2.2
 * port_mapping_linux.go addPortMappings), so `-p 1-65535:1-65535` asks for 65,535 of each. A lab
 * command must end in bounded time and memory: past this, docker run says it is not modelled.
 */
export const MAX_PUBLISHED_PORTS = 4096;

/** strconv.ParseUint(s, 10, 16), as ParsePortRange uses it. */
function u16(s: string): number | undefined {
  return /^\d+$/.test(s) && Number(s) <= 65535 ? Number(s) : undefined;
}

function portRange(s: string): [number, number] | undefined {
  if (s === '') return undefined;
  if (!s.includes('-')) {
    const n = u16(s);
    return n === undefined ? undefined : [n, n];
  }
  const [a, b] = s.split('-');
  const x = u16(a);
  const y = u16(b);
  if (x === undefined || y === undefined || y < x) return undefined;
  return [x, y];
}

export function parsePortSpec(raw: string): PortSpec[] {
  const parts = raw.split(':');
  const n = parts.length;
  let ip = '';
  let hostPort = '';
  let containerPort = parts[n - 1];
  if (n === 2) hostPort = parts[0];
  else if (n === 3) [ip, hostPort] = parts;
  else if (n > 3) {
    ip = parts.slice(0, n - 2).join(':');
    hostPort = parts[n - 2];
  }
  // SplitProtoPort
  let proto = '';
  const pp = containerPort.split('/');
  if (containerPort === '' || pp[0] === '') {
    proto = '';
    containerPort = '';
  } else if (pp.length === 1) proto = 'tcp';
  else {
    proto = pp[1] === '' ? 'tcp' : pp[1];
    containerPort = pp[0];
  }
  if (ip.startsWith('[')) throw new PortSpecError(`invalid IP address ${ip}: IPv6 is not modelled`);
  let hostIp: number | undefined;
  if (ip !== '') {
    hostIp = parseIp4(ip);
    if (hostIp === undefined) throw new PortSpecError(`invalid IP address: ${ip}`);
  }
  if (containerPort === '') throw new PortSpecError(`no port specified: ${raw}<empty>`);
  const cr = portRange(containerPort);
  if (!cr) throw new PortSpecError(`invalid containerPort: ${containerPort}`);
  let hr: [number, number] = [0, 0];
  if (hostPort !== '') {
    const r = portRange(hostPort);
    if (!r) throw new PortSpecError(`invalid hostPort: ${hostPort}`);
    hr = r;
  }
  if (hostPort !== '' && cr[1] - cr[0] !== hr[1] - hr[0] && cr[1] !== cr[0])
    throw new PortSpecError(
      `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`,
    );
  const p = proto.toLowerCase();
  if (p !== 'tcp' && p !== 'udp' && p !== 'sctp') throw new PortSpecError(`invalid proto: ${proto}`);
  if (p === 'sctp') throw new PortSpecError('netns-lab: sctp is not modelled');
  const out: PortSpec[] = [];
  for (let i = 0; i <= cr[1] - cr[0]; i++) {
    const single = cr[0] === cr[1];
    const hp = hostPort === '' ? 0 : single ? hr[0] : hr[0] + i;
    const hpEnd = hostPort === '' ? 0 : single ? hr[1] : hp;
    out.push({ proto: p, port: cr[0] + i, hostIp, hostPort: hp, hostPortEnd: hpEnd });
  }
  return out;
}
