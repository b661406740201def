// The one send control: pick a source namespace, a protocol (ping, a TCP or UDP probe with nc) and a
// destination; the UI runs the command a learner would type and steps to the first event it caused.
// Source and destination start from the lab (its last traffic, or a container and another namespace's
// address); the result is green when the packet got through and red when it did not.

import { useMemo } from 'react';
import { useDoc } from '../doc/docStore.ts';
import { useT } from '../i18n/index.ts';
import { Picker } from '../Picker.tsx';
import { useLab } from '../store.ts';
import { PROTOS, type TrafficProto, targetsOf } from './commands.ts';
import { defaultSend, destinationFor, sendTraffic, useSend } from './send.ts';
import { useStep } from './store.ts';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function SendForm() {
  const t = useT();
  const snapshot = useLab((s) => s.snapshot);
  const transcript = useLab((s) => s.transcript);
  const roles = useDoc((s) => s.doc.roles);
  const busy = useStep((s) => s.busy);
  const { proto, port, result, sends } = useSend();
  const namespaces = snapshot?.namespaces.map((n) => n.name) ?? [];
  const targets = useMemo(() => targetsOf(snapshot), [snapshot]);
  const defaults = useMemo(() => defaultSend(snapshot, roles, transcript), [snapshot, roles, transcript]);
  const picked = useSend((s) => s.from);
  const from = picked !== undefined && namespaces.includes(picked) ? picked : defaults.from;
  const typed = useSend((s) => s.to);
  const suggested =
    picked === undefined || picked === defaults.from ? defaults.to : destinationFor(from, targets);
  const to = typed ?? suggested ?? '';
  const invalid = to !== '' && !IPV4.test(to);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (to && !invalid) void sendTraffic(from, proto, to, port);
  };
  return (
    <form className="step-send" onSubmit={(e) => void submit(e)} data-testid="send-form" data-sends={sends}>
      <span className="step-send-title">{t('send.title')}</span>
      {/* Not a <label>: a click in the picker's list would also press its button. */}
      <span className="step-send-from">
        {t('send.from')}
        <Picker
          options={namespaces.map((n) => ({ value: n, label: n || t('step.host') }))}
          value={from}
          label={t('send.from')}
          onChange={(v) => useSend.setState({ from: v, to: undefined })}
          testId="send-from"
        />
      </span>
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
          placeholder={suggested || '10.0.0.2'}
          size={13}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'send-to-error' : undefined}
          data-testid="send-to"
        />
      </label>
      <datalist id="step-send-targets">
        {targets
          .filter((x) => x.ns !== from)
          .map((x) => (
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
      <button type="submit" disabled={busy || !to || invalid} data-testid="send-go">
        {t('send.go')}
      </button>
      {invalid && (
        <span className="step-send-result bad" id="send-to-error" role="alert" data-testid="send-error">
          {t('err.ip.format')}
        </span>
      )}
      {result && !invalid && (
        <output className={`step-send-result ${result.ok ? 'ok' : 'bad'}`} data-testid="send-result">
          {result.text}
        </output>
      )}
    </form>
  );
}
