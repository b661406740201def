// The inspector of a Kubernetes object: a form for a Pod, Deployment, Service or NetworkPolicy and a
// YAML tab with its manifest. Apply appends the `kubectl apply -f - <<'EOF'` a person would type
// (doc/engine.ts edit), so the engine decides; its message goes next to the field it names.

import { useState } from 'react';
import { useEditor } from '../doc/editorStore.ts';
import { edit } from '../doc/engine.ts';
import { DangerZone } from '../editor/form.tsx';
import { type MessageKey, type Params, useT } from '../i18n/index.ts';
import { netnsId } from '../layout.ts';
import { useLab } from '../store.ts';
import { clusterOf, type K8sTarget, k8sId } from './cluster.ts';
import { DraftForm } from './DraftForm.tsx';
import { PolicyExplained, ServiceEndpoints } from './K8sSummary.tsx';
import {
  applyLines,
  type Draft,
  draftOf,
  fieldOfError,
  formErrors,
  KINDS,
  manifestLines,
  manifestText,
  newDraft,
} from './manifest.ts';
import { type ReadError, readYaml } from './readYaml.ts';
import { YamlTab } from './YamlTab.tsx';

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
  // What is typed in the YAML tab (and why the form cannot show it), until a form edit rewrites the
  // manifest from the form.
  const [typed, setTyped] = useState<{ yaml: string; error?: ReadError } | undefined>(undefined);
  const yaml = typed?.yaml;
  const readError = typed?.error;
  const [errors, setErrors] = useState<Record<string, { key: MessageKey; params: Params }>>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  if (!draft) return <p className="insp-empty">{t('inspector.empty')}</p>;
  const lines = manifestLines(draft);
  const fields = [...new Set(lines.flatMap((l) => (l.field ? [l.field] : [])))];
  const text = yaml ?? manifestText(draft);
  const original = existing && initial ? manifestText(initial) : undefined;

  const apply = async () => {
    setErrors({});
    setGeneral(undefined);
    setDone(undefined);
    // Typed YAML is applied as typed (the form, when it could read it, shows the same).
    const fromYaml = tab === 'yaml' || yaml !== undefined;
    // What the form's own notation cannot say is said under its field, before anything is typed.
    const own = fromYaml ? {} : formErrors(draft);
    if (Object.keys(own).length) {
      setErrors(own);
      return;
    }
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
      // From the form tab, a message lands under the field its path names (typed YAML has other lines).
      const field =
        tab === 'yaml' || readError
          ? undefined
          : fieldOfError(r.output, yaml === undefined ? lines : [], fields);
      if (field) setErrors({ [field]: { key: 'k8s.said', params: { message: r.output } } });
      else setGeneral(r.output);
      return;
    }
    setDone(r.output?.trim());
    // The object applied: the draft's, when the form shows what was applied.
    const shown = !readError;
    const name = shown ? draft.name.trim() : target.name;
    useEditor
      .getState()
      .select(draft.kind === 'Pod' && shown ? netnsId(draft.name.trim()) : k8sId(draft.kind, name));
  };
  const err = (field: string) => errors[field];
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch } as Draft);
    setTyped(undefined);
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
                setTyped(undefined);
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
      {tab === 'yaml' ? (
        <YamlTab
          text={text}
          typed={yaml !== undefined}
          error={readError}
          onChange={(v) => {
            const r = readYaml(v, existing ? target.kind : undefined);
            setTyped({ yaml: v, error: 'error' in r ? r.error : undefined });
            if ('draft' in r) setDraft(r.draft);
          }}
        />
      ) : readError ? (
        <div className="insp-note" data-testid="k8s-form-stale">
          <p>{t('k8s.yaml.stale', { line: readError.line })}</p>
          <button
            type="button"
            className="btn"
            data-testid="k8s-yaml-discard"
            onClick={() => setTyped(undefined)}
          >
            {t('k8s.yaml.discard')}
          </button>
        </div>
      ) : (
        <DraftForm draft={draft} set={set} err={err} nodes={cluster?.nodes ?? []} />
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
