// "Send": pick a source namespace, a protocol (ping, a TCP or UDP probe with nc) and a destination; the
// UI runs the command a learner would type in the worker and steps to the first event it caused.

import { useMemo } from 'react';
import { useT } from '../i18n/index.ts';
import { useLab } from '../store.ts';
import { PROTOS, type TrafficProto, targetsOf } from './commands.ts';
import { sendTraffic, useSend } from './send.ts';
import { useStep } from './store.ts';

export function SendForm() {
  const t = useT();
  const snapshot = useLab((s) => s.snapshot);
  const busy = useStep((s) => s.busy);
  const { proto, to, port, result, sends } = useSend();
  const namespaces = snapshot?.namespaces.map((n) => n.name) ?? [];
  // Until chosen, traffic starts in the first container rather than on the host.
  const picked = useSend((s) => s.from);
  const from = picked !== undefined && namespaces.includes(picked) ? picked : (namespaces[1] ?? '');
  const targets = useMemo(() => targetsOf(snapshot), [snapshot]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (to) void sendTraffic(from, proto, to, port);
  };
  return (
    <form className="step-send" onSubmit={(e) => void submit(e)} data-testid="send-form" data-sends={sends}>
      <span className="step-send-title">{t('send.title')}</span>
      <label>
        {t('send.from')}
        <select
          value={from}
          onChange={(e) => useSend.setState({ from: e.target.value })}
          data-testid="send-from"
        >
          {namespaces.map((n) => (
            <option key={n || '(host)'} value={n}>
              {n || t('step.host')}
            </option>
          ))}
        </select>
      </label>
      <select
        value={proto}
        onChange={(e) => useSend.setState({ proto: e.target.value as TrafficProto })}
        aria-label={t('send.proto')}
        data-testid="send-proto"
      >
        {PROTOS.map((p) => (
          <option key={p} value={p}>
            {t(`send.${p}`)}
          </option>
        ))}
      </select>
      <label>
        {t('send.to')}
        <input
          list="step-send-targets"
          value={to}
          onChange={(e) => useSend.setState({ to: e.target.value.trim() })}
          placeholder="172.17.0.3"
          size={13}
          data-testid="send-to"
        />
      </label>
      <datalist id="step-send-targets">
        {targets.map((x) => (
          <option key={`${x.addr}-${x.ns}-${x.dev}`} value={x.addr}>
            {`${x.ns || t('step.host')} ${x.dev}`}
          </option>
        ))}
      </datalist>
      {proto !== 'ping' && (
        <label>
          {t('send.port')}
          <input
            type="number"
            min={1}
            max={65535}
            value={port}
            onChange={(e) => useSend.setState({ port: Number(e.target.value) })}
            data-testid="send-port"
          />
        </label>
      )}
      <button type="submit" disabled={busy || !to} data-testid="send-go">
        {t('send.go')}
      </button>
      {result && (
        <span className="step-send-result" data-testid="send-result">
          {result}
        </span>
      )}
    </form>
  );
}
