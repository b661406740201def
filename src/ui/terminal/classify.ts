// Which terminal lines change the lab and which only look at it or send traffic. The editor keeps the
// engine equal to its document, so a change must become a document line (doc/engine.ts `edit`), while
// `ip neigh`, `bridge fdb show` or `ping` run on top of it (`runTraffic`) and leave it as it is.

import { commandWords } from '../../shell/prefix.ts';

const SHOW = new Set(['show', 'list', 'lst', 'ls', 'get', 'sh', 'l']);

/** Words after `ip netns exec NS` (and `docker exec C`), so the command itself is what is classified. */
function unwrap(words: string[]): string[] {
  if (words[0] === 'ip' && words[1] === 'netns' && words[2] === 'exec') return unwrap(words.slice(4));
  return words;
}

/** docker's looks (and `docker exec`, classified by the command it runs). */
function dockerChanges(args: string[]): boolean {
  const verb = args.find((a) => !a.startsWith('-'));
  if (verb === 'exec') {
    const i = args.indexOf('exec');
    const rest = args.slice(i + 1);
    while (rest[0]?.startsWith('-')) rest.shift();
    return changesTopology(rest.slice(1).join(' '));
  }
  if (verb === 'network' || verb === 'container') {
    const sub = args[args.indexOf(verb) + 1];
    return !['ls', 'list', 'inspect', 'ps'].includes(sub ?? 'ls');
  }
  return !['ps', 'inspect', 'images', 'logs', 'version', 'info', 'port', undefined].includes(verb);
}

/** kubectl's looks (and `kubectl exec`, classified by the command it runs). */
function kubectlChanges(args: string[]): boolean {
  const verb = args.find((a) => !a.startsWith('-'));
  if (verb === 'exec') {
    const i = args.indexOf('--');
    return i >= 0 && changesTopology(args.slice(i + 1).join(' '));
  }
  return ![
    'get',
    'describe',
    'logs',
    'version',
    'explain',
    'api-resources',
    'cluster-info',
    undefined,
  ].includes(verb);
}

function ipReadOnly(args: string[]): boolean {
  let i = 0;
  while (i < args.length && args[i].startsWith('-')) i += args[i] === '-n' || args[i] === '-netns' ? 2 : 1;
  const object = args[i];
  const verb = args[i + 1];
  if (object === undefined) return true;
  if (object === 'netns')
    return verb === undefined || ['list', 'ls', 'identify', 'pids', 'list-id'].includes(verb);
  return verb === undefined || SHOW.has(verb) || verb.startsWith('-');
}

const READ_CONNTRACK = new Set(['-L', '--dump', '-E', '--event', '-C', '--count', '-S', '--stats']);

/**
 * Whether a terminal line changes the lab. A command netns-lab does not run (tcpdump, vim) changes
 * nothing: it only prints that it is unsupported, so it runs on top and the trace stays.
 */
export function changesTopology(line: string): boolean {
  const words = unwrap(commandWords(line));
  const [cmd, ...args] = words;
  switch (cmd) {
    case undefined:
    case 'ping':
    case 'sleep':
    case 'nc':
    case 'ss':
    case 'true':
    case 'false':
      return false;
    case 'echo':
      return line.includes('>');
    case 'ip':
      return !ipReadOnly(args);
    case 'bridge': {
      const rest = args.filter((a) => !a.startsWith('-'));
      return !(rest.length <= 1 || SHOW.has(rest[1]));
    }
    case 'brctl':
      return !(args.length === 0 || args[0].startsWith('show'));
    case 'iptables':
      return !(
        args.some((a) => a === '-L' || a === '--list' || a === '-S' || a === '--list-rules') &&
        !args.includes('-Z')
      );
    case 'conntrack':
      // Listings, counts and event listeners (-E, like a capture) look; -D, -F and the rest change.
      return !(args.length === 0 || READ_CONNTRACK.has(args[0]));
    case 'sysctl':
      return args.some((a) => a === '-w' || a.startsWith('-w') || a === '-p' || a.includes('='));
    case 'docker':
      return dockerChanges(args);
    case 'kubectl':
      return kubectlChanges(args);
    case 'cat':
      // `cat > FILE <<'EOF'` writes a file a later command reads (/etc/cni/net.d): part of the lab.
      return line.includes('>');
    default:
      return false;
  }
}
