// Traffic from the editor: ping from a namespace to an address. It runs on top of the document's
// state and only adds to the transcript; the document does not change.

import { useState } from 'react';
import { cmd } from '../doc/commands.ts';
import { runTraffic } from '../doc/engine.ts';
import { FieldError } from '../doc/names.ts';
import { useT } from '../i18n/index.ts';
import { useLab } from '../store.ts';

export function PingBar() {
  const t = useT();
  const snapshot = useLab((s) => s.snapshot);
  const names = snapshot?.namespaces.map((n) => n.name) ?? [];
  const [from, setFrom] = useState<string | undefined>(undefined);
  const [to, setTo] = useState('');
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<string>();
  const src = from !== undefined && names.includes(from) ? from : (names[1] ?? '');
  const ping = async () => {
    try {
      const out = await runTraffic(cmd.ping(src, to));
      setError(undefined);
      const summary = /(\d+) packets transmitted, (\d+) received[^\n]*/.exec(out)?.[0];
      setResult(summary ?? out.trim().split('\n').pop());
    } catch (e) {
      if (e instanceof FieldError) setError(t(e.key, e.params));
      else throw e;
    }
  };
  return (
    <form
      className="pingbar"
      aria-label={t('ping.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void ping();
      }}
    >
      <label>
        <span className="sr-only">{t('ping.from')}</span>
        <select
          className="input"
          value={src}
          onChange={(e) => setFrom(e.target.value)}
          data-testid="ping-from"
          aria-label={t('ping.from')}
        >
          {names.map((n) => (
            <option key={n} value={n}>
              {n || 'host'}
            </option>
          ))}
        </select>
      </label>
      <span aria-hidden="true">→</span>
      <input
        className="input mono"
        value={to}
        placeholder="10.0.0.2"
        aria-label={t('ping.to')}
        aria-invalid={error ? true : undefined}
        data-testid="ping-to"
        onChange={(e) => setTo(e.target.value)}
      />
      <button type="submit" className="btn btn-primary" data-testid="ping-run">
        ping
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      {result && !error && (
        <output
          className={/ 0 received/.test(result) ? 'ping-result bad' : 'ping-result'}
          data-testid="ping-result"
        >
          {result}
        </output>
      )}
    </form>
  );
}
