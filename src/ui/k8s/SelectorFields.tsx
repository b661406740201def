// A label selector in the NetworkPolicy form: its matchLabels as one field ("app=web, tier=front")
// and its matchExpressions as rows of key, operator and values (In, NotIn: the label's value is, or
// is not, one of them; Exists, DoesNotExist: the Pod has, or has not, the key). Every requirement
// must hold. Each row writes matchExpressions[i], so the API server's message about it lands under it.

import { Field } from '../editor/form.tsx';
import { useT } from '../i18n/index.ts';
import { type Err, ErrorLine, patched } from './DraftForm.tsx';
import { type ExprDraft, newExpr, OPERATORS, type SelectorOperator } from './manifest.ts';

/** The operators that take no values. */
const valueless = (op: SelectorOperator) => op === 'Exists' || op === 'DoesNotExist';

export function SelectorFields(props: {
  /** The matchLabels field's label. */
  label: string;
  labels: string;
  exprs: ExprDraft[];
  set(patch: { labels?: string; exprs?: ExprDraft[] }): void;
  /** The selector's path (spec.podSelector, spec.ingress[0].from[1].namespaceSelector, …). */
  path: string;
  err: Err;
}) {
  const t = useT();
  const { exprs, path } = props;
  const setExprs = (list: ExprDraft[]) => props.set({ exprs: list });
  return (
    <div className="k8s-selector" data-testid={`k8s-selector:${path}`}>
      <Field
        label={props.label}
        value={props.labels}
        onChange={(v) => props.set({ labels: v })}
        error={props.err(path)}
        testId={`k8s:${path}`}
      />
      {exprs.length > 0 && (
        <fieldset className="k8s-exprs">
          <legend className="field-label">{t('k8s.exprs')}</legend>
          {exprs.map((e, i) => {
            const ep = `${path}.matchExpressions[${i}]`;
            const put = (patch: Partial<ExprDraft>) => setExprs(patched(exprs, i, patch));
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: requirements are edited in place, by position
              <div key={i} className="k8s-expr" data-testid={`k8s-expr:${ep}`}>
                <input
                  className="input mono"
                  value={e.key}
                  placeholder={t('k8s.expr.key')}
                  aria-label={t('k8s.expr.keyOf', { n: i + 1 })}
                  spellCheck={false}
                  autoComplete="off"
                  data-testid={`k8s:${ep}.key`}
                  onChange={(ev) => put({ key: ev.target.value })}
                />
                <select
                  className="input"
                  value={e.operator}
                  aria-label={t('k8s.expr.operatorOf', { n: i + 1 })}
                  title={t(`k8s.expr.op.${e.operator}`)}
                  data-testid={`k8s:${ep}.operator`}
                  onChange={(ev) => {
                    const operator = ev.target.value as SelectorOperator;
                    // Exists and DoesNotExist take no values: the ones typed for In go with the switch.
                    put(valueless(operator) ? { operator, values: '' } : { operator });
                  }}
                >
                  {OPERATORS.map((op) => (
                    <option key={op} value={op}>
                      {op}
                    </option>
                  ))}
                </select>
                {valueless(e.operator) && !e.values ? (
                  <span className="k8s-expr-values k8s-expr-none">{t(`k8s.expr.none.${e.operator}`)}</span>
                ) : (
                  <input
                    className="input mono k8s-expr-values"
                    value={e.values}
                    placeholder={t('k8s.expr.values')}
                    aria-label={t('k8s.expr.valuesOf', { n: i + 1 })}
                    spellCheck={false}
                    autoComplete="off"
                    data-testid={`k8s:${ep}.values`}
                    onChange={(ev) => put({ values: ev.target.value })}
                  />
                )}
                <button
                  type="button"
                  className="btn k8s-mini"
                  aria-label={t('k8s.expr.remove', { n: i + 1 })}
                  title={t('k8s.expr.remove', { n: i + 1 })}
                  data-testid={`k8s-expr-remove:${ep}`}
                  onClick={() => setExprs(exprs.filter((_, j) => j !== i))}
                >
                  ×
                </button>
                <ErrorLine error={props.err(ep)} />
              </div>
            );
          })}
        </fieldset>
      )}
      <button
        type="button"
        className="btn k8s-mini k8s-expr-add"
        data-testid={`k8s-expr-add:${path}`}
        onClick={() => setExprs([...exprs, newExpr()])}
      >
        {t('k8s.expr.add')}
      </button>
    </div>
  );
}
