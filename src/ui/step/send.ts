// The one send control (SendForm in the dock's bar): the command a learner would type runs in the
// worker, the view moves to its first step, and its one-line result is kept until the lab changes.
// A namespace's ➤ (or right-click) only picks it as the source and moves the focus to the form.

import { create } from 'zustand';
import type { TopologySnapshot } from '../../engine/snapshot.ts';
import type { LabDocument } from '../doc/document.ts';
import { useEditor } from '../doc/editorStore.ts';
import { send } from './actions.ts';
import { sendSummary, type Target, type TrafficProto, targetsOf, trafficCommand } from './commands.ts';
import { useDock } from './dock.ts';

interface SendState {
  /** The source namespace ("" is the host); undefined until chosen, then a default from the lab. */
  from?: string;
  proto: TrafficProto;
  /** What the user typed; undefined until they type, then a default from the lab is shown. */
  to?: string;
  port: number;
  result?: { text: string; ok: boolean };
  /** Finished sends, counted: tests wait for the next one instead of for time. */
  sends: number;
}

export const useSend = create<SendState>()(() => ({ proto: 'ping', port: 80, sends: 0 }));

// A different lab: its own defaults, and no result from the last one.
useEditor.subscribe((s, prev) => {
  if (s.epoch !== prev.epoch) useSend.setState({ from: undefined, to: undefined, result: undefined });
});

/** The namespace and address of the last command in the transcript that sent traffic. */
export function lastTraffic(transcript: string): { from: string; to: string } | undefined {
  const m = [
    ...transcript.matchAll(/^\$ (?:ip netns exec (\S+) )?(?:ping|nc)\b.*?\s(\d+\.\d+\.\d+\.\d+)\b/gm),
  ].at(-1);
  return m ? { from: m[1] ?? '', to: m[2] } : undefined;
}

/**
 * Defaults from the lab: the last traffic sent in it (a preset's own ping), else a container (or
 * the first namespace with an address) towards an address in another named namespace, else the host.
 */
export function defaultSend(
  snapshot: TopologySnapshot | undefined,
  roles: LabDocument['roles'],
  transcript: string,
): { from: string; to: string } {
  const names = snapshot?.namespaces.map((n) => n.name) ?? [];
  const targets = targetsOf(snapshot);
  const last = lastTraffic(transcript);
  if (last && names.includes(last.from)) return last;
  const named = names.slice(1);
  const hasAddr = (ns: string) => targets.some((x) => x.ns === ns);
  const from =
    named.find((n) => roles[n]?.role === 'container' && hasAddr(n)) ?? named.find(hasAddr) ?? named[0] ?? '';
  return { from, to: destinationFor(from, targets) ?? '' };
}

/** An address somewhere else: in another named namespace first, else on the host. */
export function destinationFor(from: string, targets: Target[]): string | undefined {
  return (targets.find((x) => x.ns !== from && x.ns !== '') ?? targets.find((x) => x.ns !== from))?.addr;
}

/** ping's summary or nc's report: green when it got through, red when it did not. */
export function resultOf(transcript: string): { text: string; ok: boolean } {
  const text = sendSummary(transcript) || '—';
  const m = / (\d+) received/.exec(text);
  const ok = m ? Number(m[1]) > 0 : /\bsucceeded!|\bopen$/.test(text);
  return { text, ok };
}

export async function sendTraffic(
  from: string,
  proto: TrafficProto,
  to: string,
  port: number,
): Promise<void> {
  useSend.setState({ from, proto, to, port, result: undefined });
  useDock.setState({ tab: 'steps' });
  const out = await send(trafficCommand(from, proto, to, port));
  useSend.setState((s) => ({ result: resultOf(out), sends: s.sends + 1 }));
}

/** "Send from here": the namespace becomes the source and the focus goes to the destination. */
export function sendFrom(ns: string): void {
  useSend.setState({ from: ns, to: undefined, result: undefined });
  // Once React has put the new default in the field: focused, selected, ready to be typed over.
  requestAnimationFrame(() => {
    const to = document.querySelector<HTMLInputElement>('[data-testid="send-to"]');
    to?.focus();
    to?.select();
  });
}
