// Which terminal lines change the lab and which only look at it or send traffic. The editor keeps the
// engine equal to its document, so a change must become a document line (doc/engine.ts `edit`), while
// `ip neigh`, `bridge fdb show` or `ping` run on top of it (`runTraffic`) and leave it as it is.

const SHOW = new Set(['show', 'list', 'lst', 'ls', 'get', 'sh', 'l']);

/** Words after `ip netns exec NS` and `ip -n NS`, so the command itself is what is classified. */
function unwrap(words: string[]): string[] {
  if (words[0] === 'ip' && words[1] === 'netns' && words[2] === 'exec') return unwrap(words.slice(4));
  return words;
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

export function changesTopology(line: string): boolean {
  const words = unwrap(line.trim().split(/\s+/).filter(Boolean));
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
      return !(args.length === 0 || args[0] === '-L' || args[0] === '--dump');
    case 'sysctl':
      return args.some((a) => a === '-w' || a.startsWith('-w') || a === '-p' || a.includes('='));
    default:
      return true;
  }
}
