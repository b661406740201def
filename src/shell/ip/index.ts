// `ip` (iproute2 6.1): global options, then the object (link, addr, route, neigh, rule, netns).

import type { Ctx } from '../context.ts';
import { reportUnsupported, unsupported } from '../unsupported.ts';
import { ipAddr } from './addr.ts';
import { ipJson } from './json.ts';
import { ipLink } from './link.ts';
import { ipNeigh } from './neigh.ts';
import { ipNetns } from './netns.ts';
import { ipRoute } from './route.ts';
import { ipRule } from './rule.ts';
import { fail, matches } from './util.ts';

export interface IpOpts {
  brief: boolean;
  details: boolean;
  stats: number;
  /** -j: JSON (ip/json.ts); -p makes it pretty. */
  json?: boolean;
  pretty: boolean;
  family?: 'inet';
  /** -all (ip -all netns exec/delete). */
  all?: boolean;
  /** -o: each record on one line, its line breaks written as "\". */
  oneline?: boolean;
}

type Sub = (ctx: Ctx, argv: string[], opts: IpOpts) => number;

// In iproute2's table order: the first object a prefix matches wins ("ip l" is link, "ip r" route).
const OBJECTS: [string, Sub | undefined][] = [
  ['address', ipAddr],
  ['addrlabel', undefined],
  ['maddress', undefined],
  ['route', ipRoute],
  ['rule', ipRule],
  ['neighbor', ipNeigh],
  ['neighbour', ipNeigh],
  ['ntable', undefined],
  ['ntbl', undefined],
  ['link', ipLink],
  ['l2tp', undefined],
  ['fou', undefined],
  ['ila', undefined],
  ['macsec', undefined],
  ['tunnel', undefined],
  ['tunl', undefined],
  ['tuntap', undefined],
  ['tap', undefined],
  ['token', undefined],
  ['tcpmetrics', undefined],
  ['tcp_metrics', undefined],
  ['monitor', undefined],
  ['xfrm', undefined],
  ['mroute', undefined],
  ['mrule', undefined],
  ['netns', ipNetns],
  ['netconf', undefined],
  ['vrf', undefined],
  ['sr', undefined],
  ['nexthop', undefined],
  ['mptcp', undefined],
  ['ioam', undefined],
  ['help', usage],
  ['stats', undefined],
];

/** iproute2 6.1's usage(): on stderr, then exit(-1). */
const USAGE = `Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                   link | macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}`;

function usage(ctx: Ctx): never {
  fail(ctx, USAGE, 255);
}

export function ip(ctx: Ctx, argv: string[]): number {
  const opts: IpOpts = { brief: false, details: false, stats: 0, pretty: false };
  let i = 0;
  for (; i < argv.length && argv[i].startsWith('-') && argv[i].length > 1; i++) {
    let o = argv[i];
    if (o.startsWith('--')) o = o.slice(1);
    if (o === '-n' || matches(o, '-netns')) {
      const name = argv[++i];
      // netns_switch(argv[1]) with no argv[1]: glibc prints the NULL name as "(null)".
      if (name === undefined) fail(ctx, 'Cannot open network namespace "(null)": No such file or directory');
      const ns = ctx.world.netns(name);
      if (!ns || name === '') fail(ctx, `Cannot open network namespace "${name}": No such file or directory`);
      ctx = { ...ctx, ns };
    } else if (matches(o, '-brief') && o.length >= 3) opts.brief = true;
    else if (o === '-br') opts.brief = true;
    else if (matches(o, '-details')) opts.details = true;
    else if (matches(o, '-statistics') || matches(o, '-stats')) opts.stats++;
    else if (o === '-4') opts.family = 'inet';
    else if (matches(o, '-family')) {
      const f = argv[++i];
      if (f === undefined) usage(ctx);
      if (f !== 'inet') unsupported(ctx, `address family "${f}" (netns-lab models IPv4)`);
      opts.family = 'inet';
    } else if (o === '-6') unsupported(ctx, 'IPv6 (netns-lab models IPv4)');
    else if (matches(o, '-all')) opts.all = true;
    else if (matches(o.split('=')[0], '-color')) {
      // matches_color: -c, -color and -color=always colour the output even into a file or pipe.
      const v = o.includes('=') ? o.slice(o.indexOf('=') + 1) : 'always';
      if (v !== 'always' && v !== 'auto' && v !== 'never')
        fail(ctx, `Option "${argv[i]}" is unknown, try "ip -help".`);
      if (v === 'always') reportUnsupported(ctx, 'ip -color (the output below is not coloured)');
    } else if (matches(o, '-human') || matches(o, '-numeric')) {
      /* no effect on our output */
    } else if (matches(o, '-Version')) {
      ctx.write('ip utility, iproute2-6.1.0, libbpf 1.1.2\n');
      return 0;
    } else if (o === '-j' || matches(o, '-json')) opts.json = true;
    else if (matches(o, '-help')) usage(ctx);
    else if (matches(o, '-pretty')) opts.pretty = true;
    else if (matches(o, '-oneline')) opts.oneline = true;
    else fail(ctx, `Option "${argv[i]}" is unknown, try "ip -help".`);
  }
  const obj = argv[i];
  if (obj === undefined) usage(ctx);
  const hit = OBJECTS.find(([name]) => matches(obj, name));
  if (!hit) fail(ctx, `Object "${obj}" is unknown, try "ip help".`, 1);
  const [name, fn] = hit;
  if (fn === usage) usage(ctx);
  if (!fn) unsupported(ctx, `ip ${name}`);
  if (opts.oneline && (opts.brief || opts.details || opts.stats || opts.json))
    unsupported(ctx, 'ip -oneline with -brief, -details, -statistics or -json');
  if (opts.json) return ipJson(ctx, name === 'neighbor' ? 'neighbour' : name, argv.slice(i + 1), opts);
  return fn(ctx, argv.slice(i + 1), opts);
}
