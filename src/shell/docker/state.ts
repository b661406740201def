// What the Docker daemon remembers: networks (with their IPAM), containers, endpoints, the port
// allocator. One daemon per simulated machine, created by the first docker command. Its random
// values (IDs, MACs, veth names) come from a generator of its own, seeded from the world's seed, so
// docker commands do not shift the kernel's own random choices (ports, ISNs) in a script.

import type { Timer } from '../../engine/sim/clock.ts';
import { Rng } from '../../engine/sim/rng.ts';
import type { Ip4 } from '../../engine/wire/addr.ts';
import type { World } from '../../engine/world.ts';
import type { Image } from './images.ts';

export interface Subnet {
  addr: Ip4;
  len: number;
}

export type Driver = 'bridge' | 'macvlan' | 'host' | 'null';

export interface Network {
  id: string;
  name: string;
  driver: Driver;
  /** Virtual time of creation (µs). */
  created: number;
  subnet?: Subnet;
  gateway?: Ip4;
  /** bridge: the Linux bridge; macvlan: the parent device. */
  bridge?: string;
  parent?: string;
  /** Driver options as `docker network inspect` lists them. */
  options: Record<string, string>;
  /** Whether --subnet/--gateway were given (inspect shows the IPAM config as requested). */
  ipamConfigured: boolean;
  isDefault: boolean;
  /** com.docker.network.driver.mtu (the default bridge has 1500, user networks none). */
  mtu: number;
  /** Allocated addresses, gateway included. */
  used: Set<Ip4>;
}

export interface Binding {
  proto: 'tcp' | 'udp';
  ip: Ip4;
  port: number;
  hostIp: Ip4;
  hostPort: number;
  /** Stops the docker-proxy process. */
  stop?: () => void;
}

export interface Endpoint {
  id: string;
  net: Network;
  ip: Ip4;
  mac: string;
  /** bridge: the host end of the veth pair. */
  hostVeth?: string;
  /** The name the container's interface had before it became ethN. */
  srcName: string;
  ifName: string;
  bindings: Binding[];
}

/** One -p request (types.PortBinding before a host port is chosen). */
export interface PortSpec {
  proto: 'tcp' | 'udp';
  port: number;
  /** Undefined: the default binding address (0.0.0.0). */
  hostIp?: Ip4;
  /** 0: any port in the ephemeral range. */
  hostPort: number;
  hostPortEnd: number;
}

export interface Container {
  id: string;
  name: string;
  image: Image;
  imageRef: string;
  path: string;
  args: string[];
  /** The container runs the image's own command (so its listeners exist). */
  defaultCmd: boolean;
  created: number;
  state: 'created' | 'running' | 'exited';
  exitCode: number;
  startedAt?: number;
  finishedAt?: number;
  /** "bridge", a network name, "host", "none" or "container:ID". */
  networkMode: string;
  /** Networks to join at start (names), in order; their requested addresses. */
  networks: string[];
  requestedIp?: Ip4;
  ports: PortSpec[];
  publishAll: boolean;
  autoRemove: boolean;
  tty: boolean;
  interactive: boolean;
  /** The namespace the container runs in: its own (named after it), the host's (""), or another's. */
  ns?: string;
  endpoints: Endpoint[];
  /** Undo the process's sockets. */
  stopProcess?: () => void;
  exitTimer?: Timer;
}

export class DockerState {
  readonly rng: Rng;
  started = false;
  networks: Network[] = [];
  containers: Container[] = [];
  /** Port allocator (portallocator.go): per host address and protocol, the ports in use and the last one chosen. */
  ports = new Map<string, { used: Set<number>; last: number }>();
  /** Every command the expansions ran, in order: the plain script that rebuilds what Docker built. */
  expansion: string[] = [];

  constructor(readonly world: World) {
    this.rng = new Rng((world.seed ^ 0x6d6f6279) >>> 0);
  }

  /** stringid.GenerateRandomID: 32 random bytes in hex. */
  newId(): string {
    let s = '';
    for (let i = 0; i < 32; i++) s += this.rng.int(0, 256).toString(16).padStart(2, '0');
    return s;
  }

  /** netutils.GenerateRandomMAC: random, unicast, locally administered. */
  newMac(): string {
    const b: number[] = [];
    for (let i = 0; i < 6; i++) b.push(this.rng.int(0, 256));
    b[0] = (b[0] & 0xfe) | 0x02;
    return b.map((x) => x.toString(16).padStart(2, '0')).join(':');
  }

  /** netutils.GenerateRandomName("veth", 11): 4 random bytes, hex, cut to 7 digits. */
  newVethName(taken: (name: string) => boolean): string {
    for (let i = 0; i < 3; i++) {
      let hex = '';
      for (let j = 0; j < 4; j++) hex += this.rng.int(0, 256).toString(16).padStart(2, '0');
      const name = `veth${hex.slice(0, 7)}`;
      if (!taken(name)) return name;
    }
    throw new Error('could not generate interface name');
  }

  network(ref: string): Network | undefined {
    return (
      this.networks.find((n) => n.name === ref) ??
      this.networks.find((n) => n.id === ref) ??
      uniquePrefix(this.networks, ref)
    );
  }

  container(ref: string): Container | undefined {
    const name = ref.startsWith('/') ? ref.slice(1) : ref;
    return (
      this.containers.find((c) => c.id === ref) ??
      this.containers.find((c) => c.name === name) ??
      uniquePrefix(this.containers, ref)
    );
  }
}

function uniquePrefix<T extends { id: string }>(list: T[], ref: string): T | undefined {
  if (!/^[0-9a-f]+$/.test(ref)) return undefined;
  const hits = list.filter((x) => x.id.startsWith(ref));
  return hits.length === 1 ? hits[0] : undefined;
}

const daemons = new WeakMap<World, DockerState>();

export function dockerState(world: World): DockerState {
  let d = daemons.get(world);
  if (!d) {
    d = new DockerState(world);
    daemons.set(world, d);
  }
  return d;
}

/** The daemon of a world, if a docker command ever ran there. */
export function existingDockerState(world: World): DockerState | undefined {
  return daemons.get(world);
}
