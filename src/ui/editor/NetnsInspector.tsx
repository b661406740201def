// A namespace (or the host): forwarding, routes, and deleting it.

import { useState } from 'react';
import type { NetnsSnapshot } from '../../engine/snapshot.ts';
import { cmd } from '../doc/commands.ts';
import { useDoc } from '../doc/docStore.ts';
import { useEditor } from '../doc/editorStore.ts';
import { changeDocument, edit } from '../doc/engine.ts';
import { checkNetnsName, FieldError } from '../doc/names.ts';
import { useT } from '../i18n/index.ts';
import { linkId, netnsId } from '../layout.ts';
import { Picker } from '../Picker.tsx';
import { useLab } from '../store.ts';
import { CaptureSection } from './CaptureSection.tsx';
import { DangerZone, Field, Section, useFieldErrors } from './form.tsx';
import { selectRenamed, startConnect } from './gestures.ts';
import { IptablesEditor } from './IptablesEditor.tsx';
import { NodeInfo } from './NodeInfo.tsx';
import { isDockerContainer, renameNetnsInDoc } from './renameNetns.ts';

export function NetnsInspector({ ns }: { ns: NetnsSnapshot }) {
  const t = useT();
  const host = ns.name === '';
  const role = useDoc((s) => s.doc.roles[ns.name]);
  const devs = ns.links.filter((l) => l.kind !== 'loopback').map((l) => l.name);
  return (
    <div className="insp" data-testid={`inspect:netns:${host ? 'host' : ns.name}`}>
      <header className="insp-head">
        <h2>{host ? t('step.host') : ns.name}</h2>
        <span className="tag">{host ? t('inspector.host') : t(`role.${role?.role ?? 'netns'}`)}</span>
      </header>
      {!host && <RenameNetns name={ns.name} />}
      {role?.containers?.length ? (
        <p className="insp-note">{t('inspector.podContainers', { names: role.containers.join(', ') })}</p>
      ) : null}
      <NodeInfo ns={ns} />
      <Section title={t('inspector.sysctl')}>
        <label className="check">
          <input
            type="checkbox"
            checked={ns.ipForward}
            data-testid="ip-forward"
            onChange={(e) => void edit(cmd.ipForward(ns.name, e.target.checked))}
          />
          <span>
            net.ipv4.ip_forward <span className="muted">{t('inspector.ipForward')}</span>
          </span>
        </label>
      </Section>
      <ConnectTo ns={ns} />
      <Routes ns={ns} devs={devs} />
      <CaptureSection ns={ns.name} dev="any" bridge={false} />
      <IptablesEditor ns={ns} />
      {!host && <DeleteNetns ns={ns} />}
    </div>
  );
}

/**
 * The namespace's name, as `ip netns add NAME` gives it. There is no rename in Linux: the document's
 * commands are rewritten to use the new name (renameNetns.ts) and replayed.
 */
function RenameNetns({ name }: { name: string }) {
  const t = useT();
  const [v, setV] = useState(name);
  const { errors, submit } = useFieldErrors();
  const snapshot = useLab((s) => s.snapshot);
  const apply = () =>
    submit(() => {
      const to = checkNetnsName(v.trim());
      if (to === name) return;
      if (snapshot?.namespaces.some((n) => n.name === to))
        throw new FieldError('name', 'err.exists', { name: to });
      // In the editor's queue, so it applies after any edit issued before it.
      void changeDocument((doc) => renameNetnsInDoc(doc, name, to)).then(() =>
        selectRenamed(netnsId(name), netnsId(to)),
      );
    });
  return (
    <Section title={t('field.name')}>
      <div className="inline">
        <Field
          label={t('inspector.netnsName')}
          value={v}
          onChange={setV}
          error={errors.name}
          testId="netns-name"
          onEnter={apply}
        />
        <button type="button" className="btn" onClick={() => void apply()} data-testid="netns-rename">
          {t('action.rename')}
        </button>
      </div>
    </Section>
  );
}

/** The keyboard way to connect: the same proposal dialog as dragging the box's handle. */
function ConnectTo({ ns }: { ns: NetnsSnapshot }) {
  const t = useT();
  const snapshot = useLab((s) => s.snapshot);
  const targets = (snapshot?.namespaces ?? [])
    .filter((n) => n.name !== ns.name)
    .flatMap((n) => [
      { id: netnsId(n.name), label: n.name || t('step.host') },
      ...n.links
        .filter((l) => l.kind === 'bridge')
        .map((l) => ({ id: linkId(n.name, l.name), label: `${n.name || t('step.host')} / ${l.name}` })),
    ]);
  return (
    <Section title={t('inspector.connect')}>
      <Picker
        className="input"
        value=""
        prompt={t('canvas.connectFrom', { name: ns.name || t('step.host') })}
        label={t('canvas.connectFrom', { name: ns.name || t('step.host') })}
        options={targets.map((x) => ({ value: x.id, label: x.label }))}
        onChange={(v) => v && void startConnect(netnsId(ns.name), v)}
        testId="connect-to"
      />
    </Section>
  );
}

function Routes({ ns, devs }: { ns: NetnsSnapshot; devs: string[] }) {
  const t = useT();
  const [v, setV] = useState({ dst: 'default', via: '', dev: '' });
  const { errors, submit } = useFieldErrors();
  const add = () =>
    submit(async () => {
      const r = await edit(cmd.addRoute(ns.name, v.dst, v.via, v.dev || undefined));
      if (r.ok) setV({ dst: 'default', via: '', dev: '' });
    });
  return (
    <Section title={t('inspector.routes')}>
      <ul className="rows" data-testid="routes">
        {ns.routes.map((r) => (
          <li key={r}>
            <code>{r}</code>
            <button
              type="button"
              className="icon-btn"
              aria-label={t('action.deleteThing', { what: r })}
              onClick={() => void edit(cmd.delRoute(ns.name, r))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="grid3">
        <Field
          label={t('inspector.routeDst')}
          value={v.dst}
          onChange={(dst) => setV({ ...v, dst })}
          error={errors.dst}
          testId="route-dst"
        />
        <Field
          label={t('inspector.routeVia')}
          value={v.via}
          onChange={(via) => setV({ ...v, via })}
          error={errors.via}
          placeholder="10.0.0.1"
          testId="route-via"
          onEnter={add}
        />
        <label className="field">
          <span className="field-label">{t('inspector.routeDev')}</span>
          <select className="input" value={v.dev} onChange={(e) => setV({ ...v, dev: e.target.value })}>
            <option value="">—</option>
            {devs.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" className="btn" onClick={() => void add()} data-testid="route-add">
        {t('inspector.addRoute')}
      </button>
    </Section>
  );
}

function DeleteNetns({ ns }: { ns: NetnsSnapshot }) {
  const t = useT();
  const dependents = ns.links.filter((l) => l.kind !== 'loopback').map((l) => l.name);
  return (
    <DangerZone
      label={t('inspector.deleteNetns')}
      why={
        dependents.length
          ? t('inspector.deleteNetnsConfirm', { name: ns.name, devs: dependents.join(', ') })
          : ''
      }
      onDelete={async () => {
        const id = netnsId(ns.name);
        const docker = isDockerContainer(useDoc.getState().doc.script, ns.name);
        const r = await edit(docker ? cmd.dockerRm(ns.name) : cmd.delNetns(ns.name), (d) => {
          const { [id]: _p, ...positions } = d.positions;
          const { [ns.name]: _r, ...roles } = d.roles;
          return { positions, roles };
        });
        if (r.ok) useEditor.getState().select(undefined);
      }}
    />
  );
}
