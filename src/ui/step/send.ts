// Sending traffic from the UI (the dock's form or a namespace's context menu): the command a learner
// would type runs in the worker, the view moves to its first step, and its one-line result is kept.

import { create } from 'zustand';
import { send } from './actions.ts';
import { sendSummary, type TrafficProto, trafficCommand } from './commands.ts';

interface SendState {
  /** The source namespace ("" is the host); undefined until chosen. */
  from?: string;
  proto: TrafficProto;
  to: string;
  port: number;
  result?: string;
  /** Finished sends, counted: tests wait for the next one instead of for time. */
  sends: number;
}

/** The form's fields, shared with the context menu (which fills them in as it sends). */
export const useSend = create<SendState>()(() => ({ proto: 'ping', to: '', port: 80, sends: 0 }));

export async function sendTraffic(
  from: string,
  proto: TrafficProto,
  to: string,
  port: number,
): Promise<void> {
  useSend.setState({ from, proto, to, port, result: undefined });
  const out = await send(trafficCommand(from, proto, to, port));
  useSend.setState((s) => ({ result: sendSummary(out) || '—', sends: s.sends + 1 }));
}
