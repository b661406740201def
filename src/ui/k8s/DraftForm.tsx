// The forms of the Kubernetes inspector, one per kind: what each field holds is the draft
// (manifest.ts); a field's error is the API server's message about the path it wrote.

import { Field, Section } from '../editor/form.tsx';
import { type MessageKey, type Params, useT } from '../i18n/index.ts';
import type { ContainerDraft, Draft } from './manifest.ts';
import { PolicyForm } from './PolicyForm.tsx';

/** A field's error: the API server's message about the path it wrote, or the form's own. */
export type Err = (field: string) => { key: MessageKey; params: Params } | undefined;

/** An error under a group of fields (a single field shows its own, form.tsx's Field). */
export function ErrorLine({ error }: { error: ReturnType<Err> }) {
  const t = useT();
  return error ? (
    <span className="field-error" role="alert">
      {t(error.key, error.params)}
    </span>
  ) : null;
}

/** `list` with item `i` replaced by `patch` applied to it. */
export const patched = <T,>(list: readonly T[], i: number, patch: Partial<T>): T[] =>
  list.map((x, j) => (j === i ? { ...x, ...patch } : x));

export function DraftForm({
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
              <ErrorLine error={err('spec.nodeName')} />
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
          <label className="check k8s-paused">
            <input
              type="checkbox"
              checked={draft.paused}
              data-testid="k8s:spec.paused"
              onChange={(e) => set({ paused: e.target.checked })}
            />
            {t('k8s.paused')}
          </label>
          <ErrorLine error={err('spec.paused')} />
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
            const put = (patch: Partial<typeof p>) => set({ ports: patched(draft.ports, i, patch) });
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
          <ErrorLine error={err('spec.ports')} />
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
      return <PolicyForm draft={draft} set={set} err={err} name={name} />;
  }
}

function Containers(props: {
  list: ContainerDraft[];
  path: string;
  set(list: ContainerDraft[]): void;
  err: Err;
}) {
  const t = useT();
  const put = (i: number, patch: Partial<ContainerDraft>) => props.set(patched(props.list, i, patch));
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
            <div className="grid2">
              <Field
                label={t('k8s.container.command')}
                value={c.command}
                onChange={(v) => put(i, { command: v })}
                error={props.err(`${f}.command`)}
                testId={`k8s:${f}.command`}
              />
              <Field
                label={t('k8s.container.args')}
                value={c.args}
                onChange={(v) => put(i, { args: v })}
                error={props.err(`${f}.args`)}
                testId={`k8s:${f}.args`}
              />
            </div>
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
      <ErrorLine error={props.err(props.path)} />
      <button
        type="button"
        className="btn"
        data-testid="k8s-container-add"
        onClick={() =>
          props.set([
            ...props.list,
            { name: `c${props.list.length + 1}`, image: 'redis', ports: '6379', command: '', args: '' },
          ])
        }
      >
        {t('k8s.container.add')}
      </button>
    </>
  );
}
