// The NetworkPolicy form: the Pods it selects, its policy types and the rules of each direction.

import type { ReactNode } from 'react';
import { Field, Section } from '../editor/form.tsx';
import { useT } from '../i18n/index.ts';
import type { Err } from './DraftForm.tsx';
import type { Draft, PolicyDraft } from './manifest.ts';

export function PolicyForm({
  draft,
  set,
  err,
  name,
}: {
  draft: PolicyDraft;
  set(patch: Partial<Draft>): void;
  err: Err;
  name: ReactNode;
}) {
  const t = useT();
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
