// iptables in a namespace: its rules as `iptables -S` prints them (delete with ×), and a rule
// editor that appends or inserts a rule written the way one types it after the chain name.

import { useState } from 'react';
import type { NetnsSnapshot } from '../../engine/snapshot.ts';
import { shellQuote as q } from '../../shell/lexer.ts';
import { cmd, IPT_TABLES } from '../doc/commands.ts';
import { edit } from '../doc/engine.ts';
import { useT } from '../i18n/index.ts';
import { Field, Section, useFieldErrors } from './form.tsx';

const CHAINS: Record<string, string[]> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
};

export function IptablesEditor({ ns }: { ns: NetnsSnapshot }) {
  const t = useT();
  const [v, setV] = useState({ table: 'filter', chain: 'FORWARD', spec: '', insert: false });
  const { errors, submit } = useFieldErrors();
  const add = () =>
    submit(async () => {
      const r = await edit(cmd.iptables(ns.name, v.table, v.insert ? '-I' : '-A', v.chain, v.spec));
      if (r.ok) setV({ ...v, spec: '' });
    });
  return (
    <Section title="iptables">
      <ul className="rows" data-testid="iptables-rules">
        {(ns.iptables ?? []).map((r, i) => {
          const text = `${r.table === 'filter' ? '' : `-t ${r.table} `}-A ${r.chain} ${r.spec}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: identical rules may repeat in a chain
            <li key={i}>
              <code title={text}>{text}</code>
              <button
                type="button"
                className="icon-btn"
                aria-label={t('action.deleteThing', { what: text })}
                onClick={() =>
                  void edit(cmd.iptables(ns.name, r.table, '-D', r.chain, r.argv.map(q).join(' ')))
                }
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="grid2">
        <label className="field">
          <span className="field-label">{t('ipt.table')}</span>
          <select
            className="input"
            value={v.table}
            data-testid="ipt-table"
            onChange={(e) => setV({ ...v, table: e.target.value, chain: CHAINS[e.target.value][0] })}
          >
            {IPT_TABLES.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('ipt.chain')}</span>
          <select
            className="input"
            value={v.chain}
            data-testid="ipt-chain"
            onChange={(e) => setV({ ...v, chain: e.target.value })}
          >
            {CHAINS[v.table].map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </label>
      </div>
      <Field
        label={t('ipt.spec')}
        value={v.spec}
        onChange={(spec) => setV({ ...v, spec })}
        error={errors.spec ?? errors.chain ?? errors.table}
        placeholder="-s 10.0.0.0/24 -o eth0 -j MASQUERADE"
        testId="ipt-spec"
        onEnter={add}
      />
      <div className="inline">
        <label className="check">
          <input
            type="checkbox"
            checked={v.insert}
            onChange={(e) => setV({ ...v, insert: e.target.checked })}
          />
          {t('ipt.insert')}
        </label>
        <button type="button" className="btn" onClick={() => void add()} data-testid="ipt-add">
          {t('ipt.add')}
        </button>
      </div>
    </Section>
  );
}
