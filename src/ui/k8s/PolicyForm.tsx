// The NetworkPolicy form: the Pods it selects, its policy types and, per direction, its rules (a
// connection is allowed when any rule matches), each with its peers (any of them) and its ports.
// Every field writes one path of the manifest, so the API server's message lands under it.

import type { ReactNode } from 'react';
import { Field, Section } from '../editor/form.tsx';
import { useT } from '../i18n/index.ts';
import { type Err, ErrorLine, patched } from './DraftForm.tsx';
import {
  type Draft,
  newPeer,
  PEER_KINDS,
  type PeerDraft,
  type PeerKind,
  type PolicyDraft,
  type RuleDraft,
} from './manifest.ts';
import { SelectorFields } from './SelectorFields.tsx';

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
      <SelectorFields
        label={t('k8s.podSelector')}
        labels={draft.podSelector}
        exprs={draft.podSelectorExprs}
        set={(x) =>
          set({
            ...(x.labels !== undefined ? { podSelector: x.labels } : {}),
            ...(x.exprs ? { podSelectorExprs: x.exprs } : {}),
          })
        }
        path="spec.podSelector"
        err={err}
      />
      <fieldset className="k8s-types">
        <legend className="field-label">{t('k8s.policyTypes')}</legend>
        {(['ingress', 'egress'] as const).map((dir) => (
          <label key={dir} className="check">
            <input
              type="checkbox"
              checked={draft[dir]}
              data-testid={`k8s:${dir}`}
              onChange={(e) => set({ [dir]: e.target.checked })}
            />
            {t(`k8s.${dir}`)}
          </label>
        ))}
        <ErrorLine error={err('spec.policyTypes')} />
      </fieldset>
      {(['ingress', 'egress'] as const).map(
        (dir) =>
          draft[dir] && (
            <Rules
              key={dir}
              dir={dir}
              rules={dir === 'ingress' ? draft.ingressRules : draft.egressRules}
              set={(rules) => set(dir === 'ingress' ? { ingressRules: rules } : { egressRules: rules })}
              err={err}
            />
          ),
      )}
    </Section>
  );
}

function Rules(props: {
  dir: 'ingress' | 'egress';
  rules: RuleDraft[];
  set(rules: RuleDraft[]): void;
  err: Err;
}) {
  const t = useT();
  const path = `spec.${props.dir}`;
  const peersKey = props.dir === 'ingress' ? 'from' : 'to';
  return (
    <div className="k8s-rules-form" data-testid={`k8s-rules:${props.dir}`}>
      <h4 className="k8s-sub">{t(`k8s.rules.${props.dir}`)}</h4>
      {props.rules.map((r, i) => {
        const rp = `${path}[${i}]`;
        const put = (patch: Partial<RuleDraft>) => props.set(patched(props.rules, i, patch));
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rules are edited in place, by position
          <fieldset key={i} className="k8s-rule" data-testid={`k8s-rule:${rp}`}>
            <legend className="k8s-rule-head">
              {t('k8s.rule', { n: i + 1 })}
              <button
                type="button"
                className="btn k8s-mini"
                data-testid={`k8s-rule-remove:${rp}`}
                onClick={() => props.set(props.rules.filter((_, j) => j !== i))}
              >
                {t('k8s.rule.remove', { n: i + 1 })}
              </button>
            </legend>
            <ErrorLine error={props.err(rp)} />
            <span className="field-label">{t(`k8s.peers.${peersKey}`)}</span>
            {r.peers.map((p, j) => (
              <Peer
                // biome-ignore lint/suspicious/noArrayIndexKey: peers are edited in place, by position
                key={j}
                peer={p}
                n={j + 1}
                path={`${rp}.${peersKey}[${j}]`}
                set={(patch) => put({ peers: patched(r.peers, j, patch) })}
                remove={() => put({ peers: r.peers.filter((_, k) => k !== j) })}
                err={props.err}
              />
            ))}
            {!r.peers.length && <p className="insp-note">{t('k8s.peers.none')}</p>}
            <ErrorLine error={props.err(`${rp}.${peersKey}`)} />
            <button
              type="button"
              className="btn k8s-mini"
              data-testid={`k8s-peer-add:${rp}`}
              onClick={() => put({ peers: [...r.peers, newPeer()] })}
            >
              {t('k8s.peer.add')}
            </button>
            <Field
              label={t('k8s.rulePorts')}
              value={r.ports}
              onChange={(v) => put({ ports: v })}
              error={props.err(`${rp}.ports`)}
              testId={`k8s:${rp}.ports`}
            />
          </fieldset>
        );
      })}
      {!props.rules.length && (
        <p className="insp-note">{t('k8s.denyNote', { dir: t(`k8s.${props.dir}`) })}</p>
      )}
      <ErrorLine error={props.err(path)} />
      <button
        type="button"
        className="btn"
        data-testid={`k8s-rule-add:${props.dir}`}
        onClick={() => props.set([...props.rules, { peers: [newPeer()], ports: '' }])}
      >
        {t('k8s.rule.add')}
      </button>
    </div>
  );
}

function Peer(props: {
  peer: PeerDraft;
  n: number;
  path: string;
  set(patch: Partial<PeerDraft>): void;
  remove(): void;
  err: Err;
}) {
  const t = useT();
  const { peer, path } = props;
  return (
    <div className="k8s-peer" data-testid={`k8s-peer:${path}`}>
      <div className="k8s-peer-head">
        <select
          className="input"
          value={peer.kind}
          aria-label={t('k8s.peer', { n: props.n })}
          data-testid={`k8s:${path}.kind`}
          onChange={(e) => props.set({ kind: e.target.value as PeerKind })}
        >
          {PEER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`k8s.peer.kind.${k}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn k8s-mini"
          aria-label={t('k8s.peer.remove', { n: props.n })}
          title={t('k8s.peer.remove', { n: props.n })}
          data-testid={`k8s-peer-remove:${path}`}
          onClick={props.remove}
        >
          ×
        </button>
      </div>
      {(peer.kind === 'namespaces' || peer.kind === 'podsInNamespaces') && (
        <SelectorFields
          label={t('k8s.peer.namespaces')}
          labels={peer.namespaces}
          exprs={peer.namespacesExprs}
          set={(x) =>
            props.set({
              ...(x.labels !== undefined ? { namespaces: x.labels } : {}),
              ...(x.exprs ? { namespacesExprs: x.exprs } : {}),
            })
          }
          path={`${path}.namespaceSelector`}
          err={props.err}
        />
      )}
      {(peer.kind === 'pods' || peer.kind === 'podsInNamespaces') && (
        <SelectorFields
          label={t('k8s.peer.pods')}
          labels={peer.pods}
          exprs={peer.podsExprs}
          set={(x) =>
            props.set({
              ...(x.labels !== undefined ? { pods: x.labels } : {}),
              ...(x.exprs ? { podsExprs: x.exprs } : {}),
            })
          }
          path={`${path}.podSelector`}
          err={props.err}
        />
      )}
      {peer.kind === 'ipBlock' && (
        <div className="grid2">
          <Field
            label={t('k8s.peer.cidr')}
            value={peer.cidr}
            onChange={(v) => props.set({ cidr: v })}
            error={props.err(`${path}.ipBlock.cidr`) ?? props.err(`${path}.ipBlock`)}
            testId={`k8s:${path}.ipBlock.cidr`}
          />
          <Field
            label={t('k8s.peer.except')}
            value={peer.except}
            onChange={(v) => props.set({ except: v })}
            error={props.err(`${path}.ipBlock.except`)}
            testId={`k8s:${path}.ipBlock.except`}
          />
        </div>
      )}
      <ErrorLine error={props.err(path)} />
    </div>
  );
}
