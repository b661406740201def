// brctl (bridge-utils 1.7): addbr, delbr, addif, delif, show, showmacs, setageing, stp, hairpin; the
// other STP commands (showstp, setfd, setbridgeprio, …) are reported as not modelled.

import { NetError, STRERROR } from '../engine/errors.ts';
import { Bridge } from '../engine/link/bridge.ts';
import { SEC } from '../engine/sim/clock.ts';
import type { Ctx } from './context.ts';
import { reportUnsupported } from './unsupported.ts';

/** The name an ioctl's struct ifreq carries: the first IFNAMSIZ - 1 bytes (the kernel ends it there). */
function ifreqName(name: string): string {
  const bytes = new TextEncoder().encode(name);
  return bytes.length < 16 ? name : new TextDecoder().decode(bytes.subarray(0, 15));
}

function bridgeId(br: Bridge): string {
  return `8000.${br.bridgeIdAddr.replace(/:/g, '')}`;
}

/** brctl's help (bridge-utils 1.7), printed after an unknown option. */
const HELP_ROWS = [
  ['addbr     ', '<bridge>\t\tadd bridge'],
  ['delbr     ', '<bridge>\t\tdelete bridge'],
  ['addif     ', '<bridge> <device>\tadd interface to bridge'],
  ['delif     ', '<bridge> <device>\tdelete interface from bridge'],
  ['hairpin   ', '<bridge> <port> {on|off}\tturn hairpin on/off'],
  ['setageing ', '<bridge> <time>\t\tset ageing time'],
  ['setbridgeprio', '<bridge> <prio>\t\tset bridge priority'],
  ['setfd     ', '<bridge> <time>\t\tset bridge forward delay'],
  ['sethello  ', '<bridge> <time>\t\tset hello time'],
  ['setmaxage ', '<bridge> <time>\t\tset max message age'],
  ['setpathcost', '<bridge> <port> <cost>\tset path cost'],
  ['setportprio', '<bridge> <port> <prio>\tset port priority'],
  ['show      ', '[ <bridge> ]\t\tshow a list of bridges'],
  ['showmacs  ', '<bridge>\t\tshow a list of mac addrs'],
  ['showstp   ', '<bridge>\t\tshow bridge stp info'],
  ['stp       ', '<bridge> {on|off}\tturn stp on/off'],
];
const HELP = HELP_ROWS.map(([c, d]) => `\t${c}\t${d}\n`).join('');

/** sscanf("%lf"): the longest leading decimal number, or undefined. */
function scanDouble(s: string): number | undefined {
  const m = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(s);
  return m ? Number(m[0]) : undefined;
}

export function brctl(ctx: Ctx, argv: string[]): number {
  // getopt_long("Vh") sees every argument starting with "-" (GNU getopt permutes the others).
  for (const arg of argv) {
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    if (arg.startsWith('--') || arg[1] === 'h' || arg[1] === 'V') {
      reportUnsupported(ctx, `brctl option ${arg}`);
      return 2;
    }
    ctx.write(
      `brctl: invalid option -- '${arg[1]}'\nUnknown option '?'\nUsage: brctl [commands]\ncommands:\n${HELP}`,
    );
    return 1;
  }
  const [cmd, a, b] = argv;
  const ns = ctx.ns;
  const world = ctx.world;
  const needBridge = (name: string): Bridge | undefined => {
    const d = ns.dev(name);
    return d instanceof Bridge ? d : undefined;
  };
  /** The bridge and the interface addif, delif and hairpin name, or brctl's message for a missing one. */
  const bridgeAndInterface = (brName: string, ifName: string) => {
    const br = needBridge(brName);
    if (!br) {
      ctx.write(`bridge ${brName} does not exist!\n`);
      return undefined;
    }
    const dev = ns.dev(ifName);
    if (!dev) {
      ctx.write(`interface ${ifName} does not exist!\n`);
      return undefined;
    }
    return { br, dev };
  };
  switch (cmd) {
    case 'addbr': {
      if (!a) return usage(ctx, 'addbr');
      // libbridge's br_add_bridge: SIOCBRADDBR, and when that fails the old SIOCSIFBR once more (a
      // name the kernel refuses after registering, "all" or "default", costs two ifindexes).
      const add = () => world.rtnl.addBridge(ns, ifreqName(a));
      try {
        try {
          add();
        } catch (e) {
          if (!(e instanceof NetError)) throw e;
          add();
        }
      } catch (e) {
        if (!(e instanceof NetError)) throw e;
        ctx.write(
          e.errno === 'EEXIST'
            ? `device ${a} already exists; can't create bridge with the same name\n`
            : `add bridge failed: ${STRERROR[e.errno]}\n`,
        );
        return 1;
      }
      return 0;
    }
    case 'delbr': {
      if (!a) return usage(ctx, 'delbr');
      const br = needBridge(ifreqName(a));
      if (!br) {
        ctx.write(`bridge ${a} doesn't exist; can't delete it\n`);
        return 1;
      }
      if (br.up) {
        ctx.write(`bridge ${a} is still up; can't delete it\n`);
        return 1;
      }
      world.rtnl.delLink(br);
      return 0;
    }
    case 'addif':
    case 'delif': {
      if (!a || !b) return usage(ctx, cmd);
      const found = bridgeAndInterface(a, b);
      if (!found) return 1;
      const { br, dev } = found;
      if (cmd === 'addif') {
        if (dev.master) {
          ctx.write(`device ${b} is already a member of a bridge; can't add it to bridge ${a}.\n`);
          return 1;
        }
        if (dev instanceof Bridge) {
          ctx.write(`device ${b} is a bridge device itself; can't add a bridge device to a bridge device.\n`);
          return 1;
        }
        if (dev.kind === 'loopback') {
          ctx.write(`can't add ${b} to bridge ${a}: Invalid argument\n`);
          return 1;
        }
        world.rtnl.setMaster(dev, br);
      } else {
        if (dev.master !== br) {
          ctx.write(`device ${b} is not a port of ${a}\n`);
          return 1;
        }
        world.rtnl.setMaster(dev, undefined);
      }
      return 0;
    }
    case 'show': {
      const bridges = (
        a
          ? [a]
          : ns
              .devices()
              .filter((d) => d instanceof Bridge)
              .map((d) => d.name)
              .sort()
      ).map((n) => [n, needBridge(n)] as const);
      let status = 0;
      let header = false;
      for (const [name, br] of bridges) {
        if (!br) {
          ctx.write(`bridge ${name} does not exist!\n`);
          status = 1;
          continue;
        }
        if (!header) ctx.write('bridge name\tbridge id\t\tSTP enabled\tinterfaces\n');
        header = true;
        // The ports by port number: BRCTL_GET_PORT_LIST fills an array indexed by port_no (brctl's
        // path when the bridge is not in /sys/class/net, as in a namespace without its own sysfs).
        const ports = [...br.ports].sort((x, y) => x.portNo - y.portNo).map((p) => p.dev.name);
        ctx.write(`${br.name}\t\t${bridgeId(br)}\tno\t\t`);
        if (ports.length === 0) ctx.write('\n');
        for (const [i, p] of ports.entries()) ctx.write(`${i === 0 ? '' : '\t\t\t\t\t\t\t'}${p}\n`);
      }
      return status;
    }
    case 'showmacs': {
      if (!a) return usage(ctx, 'showmacs');
      const br = needBridge(a);
      if (!br) {
        ctx.write(`read of forward table failed: No such device\n`);
        return 1;
      }
      ctx.write('port no\tmac addr\t\tis local?\tageing timer\n');
      const rows = br.fdb
        .all()
        .filter((e) => e.port && !(br.ageOf(e) * 100 > br.ageingTime && !e.isStatic))
        .sort((x, y) => (x.mac < y.mac ? -1 : x.mac > y.mac ? 1 : 0));
      for (const e of rows) {
        const portNo = br.port(e.port!)?.portNo ?? 0;
        const t = e.isStatic ? 0 : (world.clock.now - e.updated) / SEC;
        const whole = Math.floor(t);
        const hundredths = Math.floor((t - whole) * 100);
        ctx.write(
          `${String(portNo).padStart(3)}\t${e.mac}\t${e.local ? 'yes' : 'no'}\t\t${String(whole).padStart(4)}.${String(hundredths).padStart(2, '0')}\n`,
        );
      }
      return 0;
    }
    case 'setageing':
    case 'setageingtime': {
      if (a === undefined || b === undefined) return usage(ctx, 'setageing');
      // br_cmd_setageing: the number is read first, then the bridge is written (br_set_ageing_time).
      const secs = scanDouble(b);
      if (secs === undefined) {
        ctx.write('bad ageing time value\n');
        return 1;
      }
      const br = needBridge(a);
      if (!br) {
        ctx.write(`set ageing time failed: ${ns.dev(a) ? 'Operation not supported' : 'No such device'}\n`);
        return 1;
      }
      world.rtnl.setBridgeOptions(br, { ageingTime: Math.round(secs * 100) });
      return 0;
    }
    case 'stp': {
      if (!a || !b) return usage(ctx, 'stp');
      const on = onOff(b);
      if (on === undefined) {
        ctx.write('expect on/off for argument\n');
        return 1;
      }
      if (on) {
        reportUnsupported(ctx, 'STP');
        return 2;
      }
      return 0;
    }
    case 'hairpin': {
      // br_set_hairpin_mode: the port's hairpin_mode in sysfs (IFLA_BRPORT_MODE).
      const mode = argv[3];
      if (!a || !b || mode === undefined) return usage(ctx, 'hairpin');
      const found = bridgeAndInterface(a, b);
      if (!found) return 1;
      const { br, dev } = found;
      const on = onOff(mode);
      if (on === undefined) {
        ctx.write('expect on/off for argument\n');
        return 1;
      }
      if (dev.master !== br) {
        // No brif/PORT directory under this bridge.
        ctx.write(`can't set ${b} to hairpin on bridge ${a}: No such file or directory\n`);
        return 1;
      }
      world.rtnl.setBridgePort(dev, { hairpin: on });
      return 0;
    }
    case 'showstp':
    case 'setbridgeprio':
    case 'setfd':
    case 'sethello':
    case 'setmaxage':
    case 'setpathcost':
    case 'setportprio': {
      const n = cmd === 'showstp' ? 1 : cmd === 'setpathcost' || cmd === 'setportprio' ? 3 : 2;
      if (argv.length - 1 < n) return usage(ctx, cmd);
      reportUnsupported(ctx, `brctl ${cmd} (STP is not modelled)`);
      return 2;
    }
    default:
      ctx.write(`never heard of command [${cmd ?? ''}]\nUsage: brctl [commands]\ncommands:\n${HELP}`);
      return 1;
  }
}

/** The on/off argument of stp and hairpin, as brctl_cmd.c compares it; undefined for anything else. */
function onOff(s: string): boolean | undefined {
  if (s === 'on' || s === 'yes' || s === '1') return true;
  if (s === 'off' || s === 'no' || s === '0') return false;
  return undefined;
}

/** brctl's main(): too few arguments for a command prints that command's help line. */
function usage(ctx: Ctx, cmd: string): number {
  const row = HELP_ROWS.find(([c]) => c.trim() === cmd)!;
  ctx.write(`Incorrect number of arguments for command\nUsage: brctl ${cmd} ${row[1]}\n`);
  return 1;
}
