// A terminal per namespace, running the same shell as scripts and the CLI: a line typed in c1 runs as
// `ip netns exec c1 <line>`, so it prints exactly what the CLI prints. A line that changes the lab
// becomes a line of the editor's document (so the canvas redraws and undo works); looks and traffic
// run on top of it and join the timeline. Up/down walk the history.

import { type ClipboardEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { hereDocOf, shellQuote } from '../../shell/lexer.ts';
import { UNSUPPORTED_MARK } from '../../shell/mark.ts';
import { parseLine, prefixLength } from '../../shell/prefix.ts';
import { Cancelled } from '../../worker/client.ts';
import { interruptForeground } from '../doc/engine.ts';
import { translate, useLang, useT } from '../i18n/index.ts';
import { localizeOutput } from '../i18n/notes.ts';
import { changeLab, runInteractive } from '../step/actions.ts';
import { inNamespace, targetsOf } from '../step/commands.ts';
import { destinationFor } from '../step/send.ts';
import { useLab } from '../store.ts';
import { changesTopology } from './classify.ts';
import { appendOutput, clearScreen, record, useTerminal, walkHistory } from './store.ts';
import './terminal.css';

/** netns-lab's own line for what it does not model (the rest of the output is what Linux prints). */
const UNSUPPORTED = new RegExp(`^${UNSUPPORTED_MARK}:`, 'm');

/**
 * The line run in namespace `ns` ("" is the host): a prompt or sudo pasted in front stays in front, so
 * the shell reads past it (and says so) and runs the rest as `ip netns exec NS …`.
 */
export function inTerminal(ns: string, text: string): string {
  // A here-document's body (the lines after the first) goes with the command as it is.
  const nl = text.indexOf('\n');
  const line = nl < 0 ? text : text.slice(0, nl);
  const body = nl < 0 ? '' : text.slice(nl);
  return inTerminalLine(ns, line) + body;
}

function inTerminalLine(ns: string, line: string): string {
  let words: string[];
  try {
    words = parseLine(line, () => true).argv;
  } catch {
    return inNamespace(ns, line); // the shell reports what it cannot read
  }
  const n = prefixLength(words);
  if (n === 0) return inNamespace(ns, line);
  // A root prompt goes in as "$ ": in the lab's script a line starting with "#" would be a comment.
  const front = words.slice(0, n).map((w, i) => (i === 0 && (w === '$' || w === '#') ? '$' : shellQuote(w)));
  return [...front, inNamespace(ns, words.slice(n).map(shellQuote).join(' '))].join(' ');
}

export function Terminal() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const ns = useTerminal((s) => s.ns);
  const screen = useTerminal((s) => s.screens[s.ns]) ?? [];
  // A joined string, so the selector's result is stable between renders.
  const names = useLab((s) => s.snapshot?.namespaces.map((n) => n.name).join('\u0001') ?? '').split('\u0001');
  const [line, setLine] = useState('');
  const [draft, setDraft] = useState('');
  const [index, setIndex] = useState(-1);
  const [running, setRunning] = useState(false);
  /** A command whose here-document is being typed: its lines so far (bash's "> " prompt). */
  const pending = useRef<string[]>([]);
  const [continuing, setContinuing] = useState(false);
  const out = useRef<HTMLDivElement>(null);
  const prompt = `${ns || 'host'}# `;
  // The hint's ping goes to an address of this lab, seen from this namespace.
  const pingTarget = useLab((s) => destinationFor(ns, targetsOf(s.snapshot)));

  const last = screen.at(-1)?.output.length ?? 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll down whenever the screen grows
  useEffect(() => {
    out.current?.scrollTo({ top: out.current.scrollHeight });
  }, [screen.length, last]);

  const run = () => submit(line);

  /** One line typed (or pasted): a command, or the next line of a here-document. */
  const submit = async (typed: string) => {
    setLine('');
    setIndex(-1);
    let command = typed.trim();
    if (pending.current.length) {
      // Here-document lines are kept as typed (YAML's indentation matters) up to the delimiter.
      pending.current.push(typed);
      const hd = hereDocOf(pending.current[0])!;
      if ((hd.strip ? typed.replace(/^\t+/, '') : typed) !== hd.delim) return;
      command = pending.current.join('\n');
      pending.current = [];
      setContinuing(false);
    } else if (command && hereDocOf(command)) {
      pending.current = [command];
      setContinuing(true);
      return;
    }
    if (!command) return;
    if (command === 'clear') {
      clearScreen(ns);
      return;
    }
    setRunning(true);
    const full = inTerminal(ns, command);
    let entry: number | undefined;
    try {
      if (changesTopology(command.split('\n')[0]))
        record(ns, { command, output: (await changeLab(full)).output });
      else {
        // Looks and traffic print as they go; a ping runs in real time until it ends or Ctrl+C.
        const at = record(ns, { command, output: '' });
        entry = at;
        await runInteractive(full, (text) => appendOutput(ns, at, text));
      }
    } catch (e) {
      // Cancelled (the busy bar's button, or Ctrl+C on long work): the lab is as before the line,
      // said under the line, in the language the page has now.
      if (e instanceof Cancelled) {
        const said = `${translate(useLang.getState().lang, 'busy.cancelled')}\n`;
        const before = entry === undefined ? undefined : useTerminal.getState().screens[ns]?.[entry]?.output;
        if (entry === undefined || before === undefined) record(ns, { command, output: said });
        else appendOutput(ns, entry, before === '' || before.endsWith('\n') ? said : `\n${said}`);
      } else record(ns, { command, output: `netns-lab: ${e instanceof Error ? e.message : String(e)}\n` });
    } finally {
      setRunning(false);
    }
  };

  /** Ctrl+C: the tty echoes ^C and the running command gets SIGINT (ping prints its statistics). */
  const interrupt = (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    if (input.selectionStart !== input.selectionEnd && !running) return; // copying the selection
    e.preventDefault();
    if (running) {
      const entry = (useTerminal.getState().screens[ns]?.length ?? 1) - 1;
      appendOutput(ns, entry, '^C');
      interruptForeground();
    } else {
      record(ns, { command: `${line}^C`, output: '' });
      setLine('');
      setIndex(-1);
    }
  };

  /** A paste of several lines (a here-document from a page) runs line by line, as a shell reads it. */
  const onPaste = async (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain').replace(/\r\n?/g, '\n');
    if (!text.includes('\n') || running) return;
    e.preventDefault();
    const lines = text.split('\n');
    const rest = lines.pop() ?? '';
    lines[0] = line + lines[0];
    for (const l of lines) await submit(l);
    setLine(rest);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.ctrlKey && !e.altKey && !e.metaKey && e.key.toLowerCase() === 'c') interrupt(e);
    else if (running) return;
    else if (e.key === 'Enter') {
      e.preventDefault();
      void run();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const history = useTerminal.getState().history;
      const from = index < 0 ? history.length : index;
      if (index < 0) setDraft(line);
      const step = walkHistory(history, from, e.key === 'ArrowUp' ? -1 : 1, index < 0 ? line : draft);
      if (step) {
        setIndex(step.index);
        setLine(step.line);
      }
    }
  };

  return (
    <section className="terminal" aria-label={t('terminal.title')} data-testid="terminal">
      <div className="terminal-tabs" role="tablist" aria-label={t('terminal.namespace')}>
        {names.map((n) => (
          <button
            key={n || '(host)'}
            type="button"
            role="tab"
            aria-selected={n === ns}
            className={n === ns ? 'on' : undefined}
            onClick={() => useTerminal.setState({ ns: n })}
            data-testid={`terminal-ns-${n || 'host'}`}
          >
            {n || t('step.host')}
          </button>
        ))}
      </div>
      <div className="terminal-screen" ref={out} data-testid="terminal-screen">
        {screen.length === 0 && (
          <div className="terminal-hint">
            {t('terminal.hint', { ns: ns || t('step.host'), to: pingTarget ?? t('terminal.hintAddress') })}
          </div>
        )}
        {screen.map((entry, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the screen only grows; repeats are legitimate
          <div key={i} className="terminal-entry">
            <div className="terminal-cmd">
              <span className="terminal-prompt">{prompt}</span>
              {entry.command}
            </div>
            {entry.output && <pre className="terminal-out">{localizeOutput(entry.output, lang)}</pre>}
            {UNSUPPORTED.test(entry.output) && (
              <p className="terminal-note" data-testid="terminal-unsupported">
                {t('terminal.unsupported')}
              </p>
            )}
          </div>
        ))}
      </div>
      <div className="terminal-input">
        <label className="terminal-prompt" htmlFor="terminal-line">
          {continuing ? '> ' : prompt}
        </label>
        <input
          id="terminal-line"
          value={line}
          onChange={(e) => setLine(e.target.value)}
          onKeyDown={onKey}
          onPaste={(e) => void onPaste(e)}
          readOnly={running}
          spellCheck={false}
          autoComplete="off"
          aria-label={t('terminal.input', { ns: ns || t('step.host') })}
          data-testid="terminal-input"
        />
      </div>
    </section>
  );
}
