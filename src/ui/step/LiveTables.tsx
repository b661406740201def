// The tables of the namespace in focus at the current step: addresses, routes (main and local),
// neighbours with their state timer, the bridge FDB with ageing timers, iptables with counters and
// conntrack. Rows the step created or changed are highlighted; rows it removed are listed struck out.

import { memo, useEffect, useRef, useState } from 'react';
import type { NsTables, TableName, TableRow } from '../../worker/step-api.ts';
import { type MessageKey, useT } from '../i18n/index.ts';
import { Picker } from '../Picker.tsx';
import { useLab } from '../store.ts';
import { advance, setFocus } from './actions.ts';
import { useStep } from './store.ts';
import { formatTime } from './timeline.ts';

const TABLES: readonly { name: TableName; title: MessageKey; empty?: boolean }[] = [
  { name: 'addr', title: 'tables.addr' },
  { name: 'route', title: 'tables.route' },
  { name: 'local', title: 'tables.local' },
  { name: 'neigh', title: 'tables.neigh', empty: true },
  { name: 'fdb', title: 'tables.fdb' },
  { name: 'iptables', title: 'tables.iptables' },
  { name: 'conntrack', title: 'tables.conntrack' },
];

const ADVANCE = [1, 5, 30, 300];

/**
 * A table longer than this shows this many rows around the first one the step changed (a host with
 * 1,000 ports has 1,000 FDB entries): a step then draws as fast on a big lab as on a small one.
 */
export const TABLE_WINDOW = 120;
/** More namespaces than this are chosen from a menu, not a row of tabs. */
const MAX_TABS = 24;

/** The rows of a long table to draw: a window around the first changed row (or the top). */
export function tableWindow<T extends { changed?: boolean }>(
  rows: readonly T[],
  size = TABLE_WINDOW,
): { shown: readonly T[]; above: number; below: number } {
  if (rows.length <= size) return { shown: rows, above: 0, below: 0 };
  const first = rows.findIndex((r) => r.changed);
  const start = first < 0 ? 0 : Math.max(0, Math.min(first - Math.floor(size / 2), rows.length - size));
  return { shown: rows.slice(start, start + size), above: start, below: rows.length - start - size };
}

export function LiveTables() {
  const t = useT();
  const state = useStep((s) => s.state);
  const focus = useStep((s) => s.focus);
  const follow = useStep((s) => s.follow);
  const busy = useStep((s) => s.busy);
  const error = useStep((s) => s.error);
  const names = useLab((s) => s.snapshot?.namespaces.map((n) => n.name).join('\u0001') ?? '');
  const tables = state?.namespaces.find((n) => n.ns === focus);
  // Following the step, the row it changed is brought into view (an FDB entry can be far down).
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!follow || !state) return;
    list.current?.querySelector('.step-row.changed, .step-row.removed')?.scrollIntoView({ block: 'nearest' });
  }, [state, follow]);
  return (
    <section className="step-tables" aria-label={t('tables.title')}>
      <div className="step-clock" data-testid="step-clock">
        <span className="step-clock-time">{t('tables.clock', { time: formatTime(state?.t ?? 0) })}</span>
        {ADVANCE.map((s) => (
          <button
            key={s}
            type="button"
            disabled={busy}
            onClick={() => void advance(s)}
            data-testid={`advance-${s}`}
            title={t('tables.advanceTitle', { n: s })}
          >
            {s >= 60 ? t('tables.plusMin', { n: s / 60 }) : t('tables.plusSec', { n: s })}
          </button>
        ))}
      </div>
      <NsTabs names={names} focus={focus} follow={follow} />
      {error && <p className="step-error">{error}</p>}
      {tables ? (
        <div
          ref={list}
          className="step-table-list"
          data-testid="live-tables"
          data-at={String(state?.at)}
          data-ns={focus || 'host'}
        >
          {TABLES.map(({ name, title, empty }) => (
            <Table key={name} name={name} title={t(title)} tables={tables} showEmpty={empty} />
          ))}
        </div>
      ) : (
        <p className="step-empty">{t('tables.pick')}</p>
      )}
    </section>
  );
}

/** The namespace chooser: tabs, or a menu past MAX_TABS; drawn again only when what it shows changes. */
const NsTabs = memo(function NsTabs({
  names,
  focus,
  follow,
}: {
  names: string;
  focus: string;
  follow: boolean;
}) {
  const t = useT();
  const list = names.split('\u0001');
  return (
    <div className="step-ns-tabs" role="tablist" aria-label={t('tables.namespace')}>
      {list.length > MAX_TABS ? (
        <Picker
          className="input"
          options={list.map((ns) => ({ value: ns, label: ns || t('step.host') }))}
          value={focus}
          label={t('tables.namespace')}
          onChange={setFocus}
          testId="tables-ns-select"
        />
      ) : (
        list.map((ns) => (
          <button
            key={ns || '(host)'}
            type="button"
            role="tab"
            aria-selected={ns === focus}
            className={ns === focus ? 'on' : undefined}
            onClick={() => setFocus(ns)}
            data-testid={`tables-ns-${ns || 'host'}`}
          >
            {ns || t('step.host')}
          </button>
        ))
      )}
      <label className="step-follow">
        <input
          type="checkbox"
          checked={follow}
          onChange={(e) => useStep.setState({ follow: e.target.checked })}
        />
        {t('tables.follow')}
      </label>
    </div>
  );
});

function Table({
  name,
  title,
  tables,
  showEmpty,
}: {
  name: TableName;
  title: string;
  tables: NsTables;
  showEmpty?: boolean;
}) {
  const t = useT();
  const rows = tables.tables[name];
  const removed = tables.removed[name] ?? [];
  const [all, setAll] = useState(false);
  if (rows.length === 0 && removed.length === 0 && !showEmpty) return null;
  const { shown, above, below } = all ? { shown: rows, above: 0, below: 0 } : tableWindow(rows);
  return (
    <div className="step-table" data-testid={`table-${name}`}>
      <h4>{title}</h4>
      {rows.length === 0 && removed.length === 0 && <div className="step-row empty">{t('tables.empty')}</div>}
      {shown.map((r) => (
        <Row key={r.key} row={r} />
      ))}
      {above + below > 0 && (
        <div className="step-row empty" data-testid={`table-${name}-more`}>
          {t('tables.hidden', { above, below })}{' '}
          <button type="button" className="btn" onClick={() => setAll(true)}>
            {t('tables.showAll', { n: rows.length })}
          </button>
        </div>
      )}
      {removed.map((text) => (
        <div key={`-${text}`} className="step-row removed" data-changed="removed">
          {text}
        </div>
      ))}
    </div>
  );
}

/** A row re-renders only when what it shows changed (each step's state arrives as new objects). */
const Row = memo(
  function Row({ row }: { row: TableRow }) {
    const t = useT();
    return (
      <div
        className={`step-row${row.changed ? ' changed' : ''}`}
        data-changed={row.changed ? 'true' : undefined}
      >
        <span className="step-row-text">{row.text}</span>
        {row.timerUs !== undefined && (
          <span className="step-timer" title={t('tables.timerTitle')}>
            <svg viewBox="0 0 12 12" width="11" height="11" aria-hidden="true">
              <circle cx="6" cy="6.5" r="4.6" />
              <path d="M6 4v2.7l1.8 1.1M4.6 0.9h2.8" />
            </svg>
            {t('tables.timer', { s: (row.timerUs / 1e6).toFixed(1) })}
          </span>
        )}
      </div>
    );
  },
  (a, b) => a.row.text === b.row.text && a.row.changed === b.row.changed && a.row.timerUs === b.row.timerUs,
);
