// An interface or bridge: name, state, addresses, MAC, bridge membership, namespace, proxy ARP,
// ageing time (bridges), static neighbours, and deleting it.

import { useState } from 'react';
import type { LinkSnapshot, NetnsSnapshot } from '../../engine/snapshot.ts';
import { checkNewAddr } from '../doc/addr.ts';
import { cmd, type Dev } from '../doc/commands.ts';
import { useEditor } from '../doc/editorStore.ts';
import { edit } from '../doc/engine.ts';
import { useT } from '../i18n/index.ts';
import { linkId } from '../layout.ts';
import { linkState } from '../nodes/linkState.ts';
import { Picker } from '../Picker.tsx';
import { useLab } from '../store.ts';
import { CaptureSection } from './CaptureSection.tsx';
import { ApplyField, DangerZone, Field, Section, useFieldErrors } from './form.tsx';

export function LinkInspector({ ns, link }: { ns: NetnsSnapshot; link: LinkSnapshot }) {
  const t = useT();
  const d: Dev = { netns: ns.name, name: link.name };
  const lo = link.kind === 'loopback';
  const state = linkState(link, t);
  return (
    <div className="insp" data-testid={`inspect:link:${ns.name || 'host'}:${link.name}`}>
      <header className="insp-head">
        <h2>{link.name}</h2>
        <span className="tag">{link.kind}</span>
        <span className="tag">{ns.name || t('step.host')}</span>
        <span className={`state state-${state.tone}`} title={state.title}>
          {state.label}
        </span>
      </header>
      {link.peer && (
        <p className="insp-note">
          {t('inspector.peer', { name: link.peer.ifname, ns: link.peer.netns || t('step.host') })}
        </p>
      )}
      {link.parent && (
        <p className="insp-note">
          {t('inspector.parent', { name: link.parent.ifname, ns: link.parent.netns || t('step.host') })}
        </p>
      )}
      <div className="row-actions">
        <button
          type="button"
          className="btn"
          data-testid="toggle-up"
          onClick={() => void edit(cmd.setUp(d, !link.up))}
        >
          {link.up ? t('inspector.setDown') : t('inspector.setUp')}
        </button>
      </div>
      {!lo && <Rename d={d} up={link.up} />}
      <Addresses d={d} link={link} />
      {!lo && <Mac d={d} mac={link.mac} />}
      {!lo && link.kind !== 'bridge' && <Membership d={d} ns={ns} link={link} />}
      {!lo && <Sysctls d={d} link={link} />}
      {link.kind === 'bridge' && <Ageing d={d} value={link.ageingTime ?? 30000} />}
      {link.kind === 'bridge' && <Fdb d={d} ns={ns} link={link} />}
      {!lo && <Neighbours d={d} ns={ns} />}
      <CaptureSection ns={ns.name} dev={link.name} bridge={link.kind === 'bridge'} />
      {!lo && <DeleteLink d={d} link={link} />}
    </div>
  );
}

function Rename({ d, up }: { d: Dev; up: boolean }) {
  const t = useT();
  const [name, setName] = useState(d.name);
  const { errors, submit } = useFieldErrors();
  const apply = () =>
    submit(async () => {
      if (name === d.name) return;
      const r = await edit(cmd.rename(d, name, up));
      if (r.ok) useEditor.getState().select(linkId(d.netns, name));
    });
  return (
    <Section title={t('field.name')}>
      <div className="inline">
        <Field
          label={t('field.name')}
          value={name}
          onChange={setName}
          error={errors.name}
          testId="rename"
          onEnter={apply}
        />
        <button type="button" className="btn" onClick={() => void apply()}>
          {t('action.rename')}
        </button>
      </div>
    </Section>
  );
}

function Addresses({ d, link }: { d: Dev; link: LinkSnapshot }) {
  const t = useT();
  const [addr, setAddr] = useState('');
  const { errors, submit } = useFieldErrors();
  const add = () =>
    submit(async () => {
      const snap = useLab.getState().snapshot!;
      const r = await edit(cmd.addAddr(d, checkNewAddr(snap, { netns: d.netns, dev: d.name }, addr)));
      if (r.ok) setAddr('');
    });
  return (
    <Section title={t('inspector.addresses')}>
      <ul className="rows" data-testid="addresses">
        {link.addrs.map((a) => (
          <li key={a}>
            <code>{a}</code>
            <button
              type="button"
              className="icon-btn"
              aria-label={t('action.deleteThing', { what: a })}
              onClick={() => void edit(cmd.delAddr(d, a))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="inline">
        <Field
          label={t('field.address')}
          value={addr}
          onChange={setAddr}
          error={errors.addr}
          placeholder="10.0.0.2/24"
          testId="addr-new"
          onEnter={add}
        />
        <button type="button" className="btn" onClick={() => void add()} data-testid="addr-add">
          {t('action.add')}
        </button>
      </div>
    </Section>
  );
}

function Mac({ d, mac }: { d: Dev; mac: string }) {
  const t = useT();
  return (
    <ApplyField
      title="MAC"
      label={t('field.mac')}
      initial={mac}
      field="mac"
      apply={(v) => (v.trim().toLowerCase() === mac ? undefined : edit(cmd.setMac(d, v)))}
    />
  );
}

function Membership({ d, ns, link }: { d: Dev; ns: NetnsSnapshot; link: LinkSnapshot }) {
  const t = useT();
  const snapshot = useLab((s) => s.snapshot);
  const bridges = ns.links.filter((l) => l.kind === 'bridge').map((l) => l.name);
  const others = snapshot?.namespaces.filter((n) => n.name !== ns.name).map((n) => n.name) ?? [];
  return (
    <Section title={t('inspector.placement')}>
      <div className="grid2">
        <label className="field">
          <span className="field-label">{t('inspector.master')}</span>
          <select
            className="input"
            value={link.master ?? ''}
            data-testid="master"
            onChange={(e) => void edit(cmd.setMaster(d, e.target.value || null))}
          >
            <option value="">—</option>
            {bridges.map((b) => (
              <option key={b}>{b}</option>
            ))}
          </select>
        </label>
        <div className="field">
          <span className="field-label">{t('inspector.moveTo')}</span>
          <Picker
            className="input"
            value=""
            prompt="—"
            label={t('inspector.moveTo')}
            options={others.map((n) => ({
              value: n === '' ? 'host' : `ns:${n}`,
              label: n || t('step.host'),
            }))}
            onChange={async (v) => {
              if (!v) return;
              const to = v === 'host' ? '' : v.slice(3);
              const r = await edit(cmd.moveTo(d, to));
              if (r.ok) useEditor.getState().select(linkId(to, d.name));
            }}
            testId="move-to"
          />
        </div>
      </div>
    </Section>
  );
}

function Sysctls({ d, link }: { d: Dev; link: LinkSnapshot }) {
  const t = useT();
  return (
    <Section title={t('inspector.sysctl')}>
      <label className="check">
        <input
          type="checkbox"
          checked={!!link.proxyArp}
          data-testid="proxy-arp"
          onChange={(e) => void edit(cmd.proxyArp(d, e.target.checked))}
        />
        <span>
          proxy_arp <span className="muted">{t('inspector.proxyArp')}</span>
        </span>
      </label>
    </Section>
  );
}

function Ageing({ d, value }: { d: Dev; value: number }) {
  const t = useT();
  return (
    <ApplyField
      title={t('inspector.ageing')}
      label={t('inspector.ageingUnit')}
      initial={String(value)}
      field="ageing"
      apply={(v) => edit(cmd.ageing(d, v))}
    />
  );
}

/** Static FDB entries: frames to this MAC always leave by this port (`bridge fdb add … static`). */
function Fdb({ d, ns, link }: { d: Dev; ns: NetnsSnapshot; link: LinkSnapshot }) {
  const t = useT();
  const ports = ns.links.filter((l) => l.master === d.name).map((l) => l.name);
  const [v, setV] = useState({ mac: '', port: '' });
  const { errors, submit } = useFieldErrors();
  const port = v.port || ports[0] || '';
  const add = () =>
    submit(async () => {
      const r = await edit(cmd.addFdb({ netns: d.netns, name: port }, v.mac));
      if (r.ok) setV({ mac: '', port });
    });
  return (
    <Section title={t('inspector.fdb')}>
      <ul className="rows" data-testid="fdb">
        {(link.fdb ?? []).map((e) => (
          <li key={`${e.mac} ${e.port}`}>
            <code>{`${e.mac} dev ${e.port} static`}</code>
            <button
              type="button"
              className="icon-btn"
              aria-label={t('action.deleteThing', { what: e.mac })}
              onClick={() => void edit(cmd.delFdb({ netns: d.netns, name: e.port }, e.mac))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {ports.length ? (
        <>
          <div className="grid2">
            <Field
              label="MAC"
              value={v.mac}
              onChange={(mac) => setV({ ...v, mac })}
              error={errors.mac}
              placeholder="02:00:00:00:00:09"
              onEnter={add}
              testId="fdb-mac"
            />
            <label className="field">
              <span className="field-label">{t('inspector.fdbPort')}</span>
              <select className="input" value={port} onChange={(e) => setV({ ...v, port: e.target.value })}>
                {ports.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </select>
            </label>
          </div>
          <button type="button" className="btn" onClick={() => void add()} data-testid="fdb-add">
            {t('inspector.addFdb')}
          </button>
        </>
      ) : (
        <p className="insp-note">{t('inspector.fdbNoPorts')}</p>
      )}
    </Section>
  );
}

function Neighbours({ d, ns }: { d: Dev; ns: NetnsSnapshot }) {
  const t = useT();
  const [v, setV] = useState({ ip: '', mac: '' });
  const { errors, submit } = useFieldErrors();
  const mine = ns.neigh.filter((n) => n.split(' ')[2] === d.name && n.endsWith('PERMANENT'));
  const add = () =>
    submit(async () => {
      const r = await edit(cmd.addNeigh(d, v.ip, v.mac));
      if (r.ok) setV({ ip: '', mac: '' });
    });
  return (
    <Section title={t('inspector.neigh')}>
      <ul className="rows">
        {mine.map((n) => (
          <li key={n}>
            <code>{n}</code>
            <button
              type="button"
              className="icon-btn"
              aria-label={t('action.deleteThing', { what: n })}
              onClick={() => void edit(cmd.delNeigh(d, n.split(' ')[0]))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="grid2">
        <Field
          label="IP"
          value={v.ip}
          onChange={(ip) => setV({ ...v, ip })}
          error={errors.ip}
          placeholder="10.0.0.9"
        />
        <Field
          label="lladdr"
          value={v.mac}
          onChange={(mac) => setV({ ...v, mac })}
          error={errors.mac}
          placeholder="02:00:00:00:00:09"
          onEnter={add}
        />
      </div>
      <button type="button" className="btn" onClick={() => void add()}>
        {t('inspector.addNeigh')}
      </button>
    </Section>
  );
}

function DeleteLink({ d, link }: { d: Dev; link: LinkSnapshot }) {
  const t = useT();
  // A veth takes its peer with it; a bridge releases its ports: say so before doing it.
  const why = link.peer
    ? t('inspector.deleteVeth', { peer: link.peer.ifname })
    : link.kind === 'bridge'
      ? t('inspector.deleteBridge')
      : '';
  return (
    <DangerZone
      label={t('inspector.deleteLink', { name: d.name })}
      why={why}
      onDelete={async () => {
        const r = await edit(cmd.delLink(d));
        if (r.ok) useEditor.getState().select(undefined);
      }}
    />
  );
}
