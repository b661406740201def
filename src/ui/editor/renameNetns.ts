// Renaming a namespace in the editor. Linux has no `ip netns rename`: a namespace's name is only the
// word the commands use, so the document's script is rewritten word by word (parsed as the shell
// parses it, every changed line re-quoted), with the document's roles and saved positions following.
// The engine replays the rewritten script as it replays any document.

import { parseCommand, shellQuote } from '../../shell/lexer.ts';
import type { LabDocument } from '../doc/document.ts';
import { netnsId } from '../layout.ts';

/** ip's options that take a namespace name (`ip -n NS …`), as iproute2 spells them. */
const NETNS_OPTS = new Set(['-n', '-netns', '--netns']);
/** `ip netns VERB NAME`: the verbs whose next word is a namespace name. */
const NETNS_VERBS = new Set(['add', 'a', 'delete', 'del', 'd', 'exec', 'e', 'pids', 'set', 'attach']);

/** The argv with every word that names namespace `from` replaced by `to` (and commands it runs). */
export function renameInArgv(argv: string[], from: string, to: string): string[] {
  const out = [...argv];
  if (out[0] === 'docker') return renameInDocker(out, from, to);
  if (out[0] !== 'ip') return out;
  let i = 1;
  for (; i < out.length && out[i].startsWith('-'); i++) {
    if (NETNS_OPTS.has(out[i]) && i + 1 < out.length) {
      if (out[i + 1] === from) out[i + 1] = to;
      i++;
    }
  }
  const object = out[i];
  if (object === 'netns' || object === 'netn' || object === 'net') {
    const verb = out[i + 1];
    if (verb !== undefined && NETNS_VERBS.has(verb) && out[i + 2] === from) out[i + 2] = to;
    if ((verb === 'exec' || verb === 'e') && out.length > i + 3)
      return [...out.slice(0, i + 3), ...renameInArgv(out.slice(i + 3), from, to)];
    return out;
  }
  // `ip link add … netns NS`, `ip link set DEV netns NS`: the word after "netns".
  for (let k = i + 1; k < out.length - 1; k++) if (out[k] === 'netns' && out[k + 1] === from) out[k + 1] = to;
  return out;
}

/** `docker exec` options that take a value (docker/cli v28.2.2): the word after them is not the container. */
const EXEC_VALUE_OPTS = new Set([
  '-e',
  '--env',
  '--env-file',
  '-u',
  '--user',
  '-w',
  '--workdir',
  '--detach-keys',
]);

/**
 * A docker command: a container's namespace is named after the container (src/shell/docker), so the
 * container is renamed wherever the command names it: `--name`, `--network container:NAME`, and the
 * container operands of exec, stop, start, rm, port, inspect and network connect/disconnect.
 */

function renameInDocker(out: string[], from: string, to: string): string[] {
  const sub = out[1];
  const swap = (k: number) => {
    if (out[k] === from) out[k] = to;
  };
  for (let k = 2; k < out.length; k++) {
    const w = out[k];
    if ((w === '--name' || w === '--network' || w === '--net') && k + 1 < out.length) {
      if (w === '--name') swap(k + 1);
      else if (out[k + 1] === `container:${from}`) out[k + 1] = `container:${to}`;
      k++;
    } else if (sub === 'exec' && EXEC_VALUE_OPTS.has(w)) k++;
    else if (w === `--name=${from}`) out[k] = `--name=${to}`;
    else if (w === `--network=container:${from}` || w === `--net=container:${from}`)
      out[k] = `${w.slice(0, w.indexOf('=') + 1)}container:${to}`;
    else if (!w.startsWith('-')) {
      // The first operand of these is the container (exec: the rest is its command).
      if (sub === 'exec') {
        swap(k);
        break;
      }
      if (['stop', 'start', 'rm', 'port', 'inspect'].includes(sub)) swap(k);
      if (sub === 'network' && (out[2] === 'connect' || out[2] === 'disconnect') && k === out.length - 1)
        swap(k);
    }
  }
  return out;
}

/**
 * The script with namespace `from` renamed `to`. Comments, blank lines and lines that do not name it
 * are kept as they are; a command that does (continuation lines joined) becomes one re-quoted line.
 */
export function renameInScript(script: string, from: string, to: string): string {
  const raw = script.split('\n');
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const start = i;
    let text = raw[i];
    while (text.endsWith('\\') && i + 1 < raw.length) text = `${text.slice(0, -1)} ${raw[++i]}`;
    const trimmed = text.trim();
    let argv: string[] | undefined;
    if (trimmed && !trimmed.startsWith('#')) {
      try {
        const cmd = parseCommand(trimmed);
        if (!cmd.redirect && !cmd.background) argv = cmd.argv;
      } catch {
        argv = undefined; // the engine reports such a line; it cannot name a namespace we rewrite
      }
    }
    const renamed = argv && renameInArgv(argv, from, to);
    if (argv && renamed?.some((w, k) => w !== argv[k])) out.push(renamed.map(shellQuote).join(' '));
    else out.push(...raw.slice(start, i + 1));
  }
  return out.join('\n');
}

/**
 * Whether the script's `docker run --name NAME` made namespace `name` (src/shell/docker names the
 * namespace after the container): such a container is removed with `docker rm -f`, which also frees
 * its address and takes its rules away, not with `ip netns del`.
 */
export function isDockerContainer(script: string, name: string): boolean {
  for (const line of script.replace(/\\\n/g, ' ').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('docker ')) continue;
    let argv: string[];
    try {
      argv = parseCommand(trimmed).argv;
    } catch {
      continue;
    }
    if (argv[1] !== 'run' && argv[1] !== 'create') continue;
    for (let k = 2; k < argv.length; k++) {
      if (argv[k] === `--name=${name}` || (argv[k] === '--name' && argv[k + 1] === name)) return true;
    }
  }
  return false;
}

/** The document with namespace `from` called `to`: script, role and saved position. */
export function renameNetnsInDoc(doc: LabDocument, from: string, to: string): LabDocument {
  const roles = { ...doc.roles };
  if (roles[from]) {
    roles[to] = roles[from];
    delete roles[from];
  }
  const positions = { ...doc.positions };
  const id = netnsId(from);
  if (positions[id]) {
    positions[netnsId(to)] = positions[id];
    delete positions[id];
  }
  return { ...doc, script: renameInScript(doc.script, from, to), roles, positions };
}
