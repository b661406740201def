// Small form pieces for the inspector and dialogs: a labelled input whose error sits right under
// it (aria-invalid + aria-describedby), and a submit helper that turns a FieldError into that error.

import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type Notice, useEditor } from '../doc/editorStore.ts';
import { FieldError } from '../doc/names.ts';
import { useT } from '../i18n/index.ts';
import { takePending, useDeleteKey } from './deleteKey.ts';

export type FieldErrors = Record<string, Notice | undefined>;

/** `submit(fn)`: runs fn; a FieldError lands on its field; returns fn's result or undefined. */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  async function submit<T>(fn: () => Promise<T> | T): Promise<T | undefined> {
    try {
      const r = await fn();
      setErrors({});
      return r;
    } catch (e) {
      if (!(e instanceof FieldError)) throw e;
      setErrors({ [e.field]: { key: e.key, params: e.params, field: e.field } });
      return undefined;
    }
  }
  return { errors, submit, clear: () => setErrors({}) };
}

export function Field(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  error?: Notice;
  placeholder?: string;
  testId?: string;
  mono?: boolean;
  onEnter?(): void;
}) {
  const id = useId();
  const t = useT();
  return (
    <label className="field" htmlFor={id}>
      <span className="field-label">{props.label}</span>
      <input
        id={id}
        className={props.mono === false ? 'input' : 'input mono'}
        value={props.value}
        placeholder={props.placeholder}
        spellCheck={false}
        autoComplete="off"
        data-testid={props.testId}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-err` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && props.onEnter) {
            e.preventDefault();
            props.onEnter();
          }
        }}
      />
      {props.error && (
        <span id={`${id}-err`} className="field-error" role="alert">
          {t(props.error.key, props.error.params)}
        </span>
      )}
    </label>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="insp-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** A section with one field and an Apply button (Enter applies too); `apply` may throw a FieldError. */
export function ApplyField(props: {
  title: string;
  label: string;
  initial: string;
  /** The FieldError field this input shows, and its test id. */
  field: string;
  apply(value: string): unknown;
}) {
  const t = useT();
  const [v, setV] = useState(props.initial);
  const { errors, submit } = useFieldErrors();
  const apply = () => submit(() => props.apply(v));
  return (
    <Section title={props.title}>
      <div className="inline">
        <Field
          label={props.label}
          value={v}
          onChange={setV}
          error={errors[props.field]}
          testId={props.field}
          onEnter={apply}
        />
        <button type="button" className="btn" onClick={() => void apply()}>
          {t('action.apply')}
        </button>
      </div>
    </Section>
  );
}

/** Delete, asking first (with `why`) when something depends on the object; no question otherwise. */
/** Bumped by the Delete key on a selection (keys.ts): the inspector's DangerZone acts as if clicked. */

export function DangerZone(props: { label: string; why: string; onDelete(): Promise<void> }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const ask = () => (props.why ? setConfirming(true) : void props.onDelete());
  const askRef = useRef(ask);
  askRef.current = ask;
  useEffect(() => {
    // A press made while this was still loading is answered now; later ones as they come.
    if (takePending(useEditor.getState().selected)) askRef.current();
    return useDeleteKey.subscribe((s, prev) => {
      if (s.presses !== prev.presses && takePending(useEditor.getState().selected)) askRef.current();
    });
  }, []);
  // The question and its answer are on screen however tall the inspector is, the answer focused.
  useEffect(() => {
    if (!confirming) return;
    confirm.current?.scrollIntoView({ block: 'nearest' });
    confirm.current?.focus();
  }, [confirming]);
  return (
    <Section title={t('inspector.danger')}>
      {confirming ? (
        <div className="confirm" role="alert">
          <p>{props.why}</p>
          <button
            ref={confirm}
            type="button"
            className="btn btn-danger"
            onClick={() => void props.onDelete()}
            data-testid="confirm-delete"
          >
            {t('action.delete')}
          </button>
          <button type="button" className="btn" onClick={() => setConfirming(false)}>
            {t('action.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn-danger" data-testid="delete" onClick={ask}>
          {props.label}
        </button>
      )}
    </Section>
  );
}
