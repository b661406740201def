// The inspector of a Kubernetes object: a form for a Pod, Deployment, Service or NetworkPolicy and a
// YAML tab with its manifest. Apply appends the `kubectl apply -f - <<'EOF'` a person would type
// (doc/engine.ts edit), so the engine decides; its message goes next to the field it names.

import { useState } from 'react';
import { useEditor } from '../doc/editorStore.ts';
import { edit } from '../doc/engine.ts';
import { DangerZone, Field, Section } from '../editor/form.tsx';
import { type MessageKey, useT } from '../i18n/index.ts';
import { netnsId } from '../layout.ts';
import { useLab } from '../store.ts';
import { clusterOf, type K8sTarget, k8sId } from './cluster.ts';
import { PolicyExplained, ServiceEndpoints } from './K8sSummary.tsx';
import {
  applyLines,
  type ContainerDraft,
  type Draft,
  draftOf,
  fieldOfError,
  KINDS,
  manifestLines,
  manifestText,
  newDraft,
  policyFitsForm,
} from './manifest.ts';

type Tab = 'form' | 'yaml';

export function K8sInspector({ target }: { target: K8sTarget }) {
  const t = useT();
  const cluster = useLab((s) => clusterOf(s.snapshot));
  const existing = target.name !== undefined;
  // The draft starts from the object the cluster holds, or a new one; the form then owns it (the
  // inspector remounts this for another selection, so a replay never throws away what is typed).
  const [initial] = useState(() =>
    target.name && cluster ? draftOf(cluster, target.kind, target.name) : newDraft(target.kind, cluster),
  );
  const [draft, setDraft] = useState<Draft | undefined>(initial);
  const [tab, setTab] = useState<Tab>('form');
  const [yaml, setYaml] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  if (!draft) return <p className="insp-empty">{t('inspector.empty')}</p>;
  const policy =
    draft.kind === 'NetworkPolicy' && target.name
      ? cluster?.policies.find((p) => p.name === target.name)
      : undefined;
  const formFits = !policy || policyFitsForm(policy);
  const lines = manifestLines(draft);
  const fields = [...new Set(lines.flatMap((l) => (l.field ? [l.field] : [])))];
  const text = yaml ?? manifestText(draft);
  const original = existing && initial ? manifestText(initial) : undefined;

  const apply = async () => {
    setErrors({});
    setGeneral(undefined);
    setDone(undefined);
    const fromYaml = tab === 'yaml' || !formFits;
    const body = fromYaml ? text : manifestText(draft);
    if (existing && body === original) {
      setDone(t('k8s.unchanged'));
      return;
    }
    // apply cannot change a Pod or a Service (the engine says so): delete it first, as a person would.
    const replacing =
      existing && (draft.kind === 'Pod' || draft.kind === 'Service') && target.name
        ? { kind: draft.kind, name: target.name }
        : undefined;
    const r = await edit(applyLines(body, replacing));
    if (!r.ok) {
      const field = fromYaml ? undefined : fieldOfError(r.output, lines, fields);
      if (field) setErrors({ [field]: r.output });
      else setGeneral(r.output);
      return;
    }
    setDone(r.output?.trim());
    const name = draft.name.trim();
    useEditor
      .getState()
      .select(
        draft.kind === 'Pod' && !fromYaml ? netnsId(name) : k8sId(draft.kind, fromYaml ? target.name : name),
      );
  };
  const err = (field: string) =>
    errors[field] ? { key: 'k8s.said' as MessageKey, params: { message: errors[field] } } : undefined;
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch } as Draft);
    setYaml(undefined);
  };

  return (
    <div className="insp k8s-insp" data-testid={`inspect:k8s:${target.kind}:${target.name ?? ''}`}>
      <header className="insp-head">
        <h2>{existing ? target.name : t('k8s.title')}</h2>
        <span className="tag">{t(`k8s.kind.${draft.kind}`)}</span>
      </header>
      {!existing && (
        <fieldset className="k8s-kinds">
          <legend className="sr-only">{t('k8s.kind')}</legend>
          {KINDS.map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={draft.kind === k}
              className={`btn${draft.kind === k ? ' btn-primary' : ''}`}
              data-testid={`k8s-kind:${k}`}
              onClick={() => {
                setDraft(newDraft(k, cluster));
                setYaml(undefined);
                setErrors({});
                setGeneral(undefined);
              }}
            >
              {t(`k8s.kind.${k}`)}
            </button>
          ))}
        </fieldset>
      )}
      {existing && draft.kind === 'Service' && <ServiceEndpoints name={draft.name} />}
      {existing && draft.kind === 'NetworkPolicy' && <PolicyExplained name={draft.name} />}
      <div className="k8s-tabs" role="tablist">
        {(['form', 'yaml'] as const).map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            aria-selected={tab === x}
            className={`k8s-tab${tab === x ? ' active' : ''}`}
            data-testid={`k8s-tab:${x}`}
            onClick={() => setTab(x)}
          >
            {t(`k8s.tab.${x}`)}
          </button>
        ))}
      </div>
      {tab === 'form' ? (
        formFits ? (
          <DraftForm draft={draft} set={set} err={err} nodes={cluster?.nodes ?? []} />
        ) : (
          <p className="insp-note">{t('k8s.notInForm')}</p>
        )
      ) : (
        <Section title={t('k8s.tab.yaml')}>
          <p className="insp-note">{t('k8s.yamlHelp')}</p>
          <textarea
            className="input mono k8s-yaml"
            value={text}
            rows={Math.min(24, text.split('\n').length + 1)}
            spellCheck={false}
            data-testid="k8s-yaml"
            aria-label={t('k8s.tab.yaml')}
            onChange={(e) => setYaml(e.target.value)}
          />
          {yaml !== undefined && <p className="insp-note">{t('k8s.yamlKept')}</p>}
        </Section>
      )}
      <p className="insp-note">
        {t(existing && (draft.kind === 'Pod' || draft.kind === 'Service') ? 'k8s.helpReplace' : 'k8s.help')}
      </p>
      {general && (
        <div className="refused" role="alert" data-testid="k8s-error">
          <pre>{general}</pre>
        </div>
      )}
      {done && (
        <p className="insp-note" role="status" data-testid="k8s-done">
          {t('k8s.applied', { output: done })}
        </p>
      )}
      <div className="row-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="k8s-apply"
          onClick={() => void apply()}
        >
          {t('k8s.apply')}
        </button>
      </div>
      {existing && target.name && (
        <DangerZone
          label={t('k8s.delete', { kind: draft.kind, name: target.name })}
          why=""
          onDelete={async () => {
            const r = await edit([`kubectl delete ${draft.kind.toLowerCase()} ${target.name}`]);
            if (r.ok) useEditor.getState().select(undefined);
          }}
        />
      )}
    </div>
  );
}

type Err = (field: string) => { key: MessageKey; params: { message: string } } | undefined;

function DraftForm({
  draft,
  set,
  err,
  nodes,
}: {
  draft: Draft;
  set(patch: Partial<Draft>): void;
  err: Err;
  nodes: string[];
}) {
  const t = useT();
  const name = (
    <Field
      label={t('k8s.name')}
      value={draft.name}
      onChange={(v) => set({ name: v })}
      error={err('metadata.name')}
      testId="k8s:metadata.name"
    />
  );
  switch (draft.kind) {
    case 'Pod':
      return (
        <Section title={t('k8s.kind.Pod')}>
          {name}
          <Field
            label={t('k8s.labels')}
            value={draft.labels}
            onChange={(v) => set({ labels: v })}
            error={err('metadata.labels')}
            testId="k8s:metadata.labels"
          />
          {nodes.length > 0 && (
            <label className="field">
              <span className="field-label">{t('k8s.node')}</span>
              <select
                className="input"
                value={draft.node}
                data-testid="k8s:spec.nodeName"
                onChange={(e) => set({ node: e.target.value })}
              >
                <option value="">{t('k8s.nodeAny')}</option>
                {nodes.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
              {err('spec.nodeName') && (
                <span className="field-error">{t('k8s.said', err('spec.nodeName')!.params)}</span>
              )}
            </label>
          )}
          <Containers
            list={draft.containers}
            path="spec.containers"
            set={(containers) => set({ containers })}
            err={err}
          />
        </Section>
      );
    case 'Deployment':
      return (
        <Section title={t('k8s.kind.Deployment')}>
          {name}
          <Field
            label={t('k8s.replicas')}
            value={draft.replicas}
            onChange={(v) => set({ replicas: v })}
            error={err('spec.replicas')}
            testId="k8s:spec.replicas"
          />
          <Field
            label={t('k8s.deployLabels')}
            value={draft.labels}
            onChange={(v) => set({ labels: v })}
            error={err('spec.template.metadata.labels') ?? err('spec.selector')}
            testId="k8s:labels"
          />
          <Containers
            list={draft.containers}
            path="spec.template.spec.containers"
            set={(containers) => set({ containers })}
            err={err}
          />
        </Section>
      );
    case 'Service':
      return (
        <Section title={t('k8s.kind.Service')}>
          {name}
          <label className="field">
            <span className="field-label">{t('k8s.type')}</span>
            <select
              className="input"
              value={draft.type}
              data-testid="k8s:spec.type"
              onChange={(e) => set({ type: e.target.value as 'ClusterIP' | 'NodePort' })}
            >
              <option value="ClusterIP">ClusterIP</option>
              <option value="NodePort">NodePort</option>
            </select>
          </label>
          <Field
            label={t('k8s.clusterIP')}
            value={draft.clusterIP}
            onChange={(v) => set({ clusterIP: v })}
            error={err('spec.clusterIP')}
            testId="k8s:spec.clusterIP"
          />
          <Field
            label={t('k8s.selector')}
            value={draft.selector}
            onChange={(v) => set({ selector: v })}
            error={err('spec.selector')}
            testId="k8s:spec.selector"
          />
          <h4 className="k8s-sub">{t('k8s.ports')}</h4>
          {draft.ports.map((p, i) => {
            const f = `spec.ports[${i}]`;
            const put = (patch: Partial<typeof p>) =>
              set({ ports: draft.ports.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: ports are edited in place, by position
              <div key={i} className="k8s-row">
                <div className="grid2">
                  <Field
                    label={t('k8s.port.name')}
                    value={p.name}
                    onChange={(v) => put({ name: v })}
                    error={err(`${f}.name`)}
                    testId={`k8s:${f}.name`}
                  />
                  <Field
                    label={t('k8s.port.port')}
                    value={p.port}
                    onChange={(v) => put({ port: v })}
                    error={err(`${f}.port`)}
                    testId={`k8s:${f}.port`}
                  />
                  <Field
                    label={t('k8s.port.targetPort')}
                    value={p.targetPort}
                    onChange={(v) => put({ targetPort: v })}
                    error={err(`${f}.targetPort`)}
                    testId={`k8s:${f}.targetPort`}
                  />
                  <Field
                    label={t('k8s.port.nodePort')}
                    value={p.nodePort}
                    onChange={(v) => put({ nodePort: v })}
                    error={err(`${f}.nodePort`)}
                    testId={`k8s:${f}.nodePort`}
                  />
                </div>
                {draft.ports.length > 1 && (
                  <button
                    type="button"
                    className="btn"
                    onClick={() => set({ ports: draft.ports.filter((_, j) => j !== i) })}
                  >
                    {t('k8s.port.remove', { n: i + 1 })}
                  </button>
                )}
              </div>
            );
          })}
          {err('spec.ports') && (
            <span className="field-error">{t('k8s.said', err('spec.ports')!.params)}</span>
          )}
          <button
            type="button"
            className="btn"
            data-testid="k8s-port-add"
            onClick={() =>
              set({ ports: [...draft.ports, { name: '', port: '', targetPort: '', nodePort: '' }] })
            }
          >
            {t('k8s.port.add')}
          </button>
        </Section>
      );
    case 'NetworkPolicy':
      return (
        <Section title={t('k8s.kind.NetworkPolicy')}>
          {name}
          <Field
            label={t('k8s.podSelector')}
            value={draft.podSelector}
            onChange={(v) => set({ podSelector: v })}
            error={err('spec.podSelector')}
            testId="k8s:spec.podSelector"
          />
          <fieldset className="k8s-types">
            <legend className="field-label">{t('k8s.policyTypes')}</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={draft.ingress}
                data-testid="k8s:ingress"
                onChange={(e) => set({ ingress: e.target.checked })}
              />
              {t('k8s.ingress')}
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={draft.egress}
                data-testid="k8s:egress"
                onChange={(e) => set({ egress: e.target.checked })}
              />
              {t('k8s.egress')}
            </label>
            {err('spec.policyTypes') && (
              <span className="field-error">{t('k8s.said', err('spec.policyTypes')!.params)}</span>
            )}
          </fieldset>
          {draft.ingress && (
            <Rule
              dir="ingress"
              sel={draft.from}
              cidr={draft.fromCidr}
              ports={draft.ingressPorts}
              set={(sel, cidr, ports) => set({ from: sel, fromCidr: cidr, ingressPorts: ports })}
              err={err}
            />
          )}
          {draft.egress && (
            <Rule
              dir="egress"
              sel={draft.to}
              cidr={draft.toCidr}
              ports={draft.egressPorts}
              set={(sel, cidr, ports) => set({ to: sel, toCidr: cidr, egressPorts: ports })}
              err={err}
            />
          )}
        </Section>
      );
  }
}

function Rule(props: {
  dir: 'ingress' | 'egress';
  sel: string;
  cidr: string;
  ports: string;
  set(sel: string, cidr: string, ports: string): void;
  err: Err;
}) {
  const t = useT();
  const peers = props.dir === 'ingress' ? 'from' : 'to';
  const path = `spec.${props.dir}`;
  const empty = !props.sel.trim() && !props.cidr.trim() && !props.ports.trim();
  return (
    <div className="k8s-row">
      <h4 className="k8s-sub">{t(`k8s.${props.dir}`)}</h4>
      <Field
        label={t(`k8s.${peers}`)}
        value={props.sel}
        onChange={(v) => props.set(v, props.cidr, props.ports)}
        error={props.err(`${path}.${peers}`) ?? props.err(path)}
        testId={`k8s:${path}.${peers}`}
      />
      <Field
        label={t('k8s.cidr')}
        value={props.cidr}
        onChange={(v) => props.set(props.sel, v, props.ports)}
        error={props.err(`${path}.${peers}Cidr`)}
        testId={`k8s:${path}.${peers}Cidr`}
      />
      <Field
        label={t('k8s.rulePorts')}
        value={props.ports}
        onChange={(v) => props.set(props.sel, props.cidr, v)}
        error={props.err(`${path}.ports`)}
        testId={`k8s:${path}.ports`}
      />
      {empty && <p className="insp-note">{t('k8s.denyNote', { dir: t(`k8s.${props.dir}`) })}</p>}
    </div>
  );
}

function Containers(props: {
  list: ContainerDraft[];
  path: string;
  set(list: ContainerDraft[]): void;
  err: Err;
}) {
  const t = useT();
  const put = (i: number, patch: Partial<ContainerDraft>) =>
    props.set(props.list.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <>
      <h4 className="k8s-sub">{t('k8s.containers')}</h4>
      {props.list.map((c, i) => {
        const f = `${props.path}[${i}]`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: containers are edited in place, by position
          <div key={i} className="k8s-row">
            <div className="grid2">
              <Field
                label={t('k8s.container.name')}
                value={c.name}
                onChange={(v) => put(i, { name: v })}
                error={props.err(`${f}.name`)}
                testId={`k8s:${f}.name`}
              />
              <Field
                label={t('k8s.container.image')}
                value={c.image}
                onChange={(v) => put(i, { image: v })}
                error={props.err(`${f}.image`)}
                testId={`k8s:${f}.image`}
              />
            </div>
            <Field
              label={t('k8s.container.ports')}
              value={c.ports}
              onChange={(v) => put(i, { ports: v })}
              error={props.err(`${f}.ports`)}
              testId={`k8s:${f}.ports`}
            />
            {props.list.length > 1 && (
              <button
                type="button"
                className="btn"
                onClick={() => props.set(props.list.filter((_, j) => j !== i))}
              >
                {t('k8s.container.remove', { name: c.name })}
              </button>
            )}
          </div>
        );
      })}
      {props.err(props.path) && (
        <span className="field-error">{t('k8s.said', props.err(props.path)!.params)}</span>
      )}
      <button
        type="button"
        className="btn"
        data-testid="k8s-container-add"
        onClick={() =>
          props.set([...props.list, { name: `c${props.list.length + 1}`, image: 'redis', ports: '6379' }])
        }
      >
        {t('k8s.container.add')}
      </button>
    </>
  );
}
