// The YAML tab: the manifest as kubectl apply reads it, editable. What is typed is kept as typed
// (Apply applies it so); the form follows it while readYaml can read it, and otherwise says on
// which line and why, showing that line.

import { useId } from 'react';
import { Section } from '../editor/form.tsx';
import { type MessageKey, useT } from '../i18n/index.ts';
import type { ReadError } from './readYaml.ts';

/** readYaml's error in words: "Line 7: the form has no place for spec.restartPolicy." */
function useReadErrorText(): (e: ReadError) => string {
  const t = useT();
  return (e) => {
    const params = { ...e.params };
    if (typeof params.want === 'string' && ['mapping', 'list', 'string', 'number'].includes(params.want))
      params.want = t(`k8s.yaml.want.${params.want}` as MessageKey);
    return t('k8s.yaml.at', { line: e.line, message: t(e.key, params) });
  };
}

export function YamlTab(props: {
  text: string;
  /** False: the text is the form's own manifest, not typed here. */
  typed: boolean;
  error: ReadError | undefined;
  onChange(text: string): void;
}) {
  const t = useT();
  const says = useReadErrorText();
  const id = useId();
  const { error } = props;
  const line = error ? props.text.split('\n')[error.line - 1] : undefined;
  return (
    <Section title={t('k8s.tab.yaml')}>
      <p className="insp-note">{t('k8s.yamlHelp')}</p>
      <textarea
        className="input mono k8s-yaml"
        value={props.text}
        rows={Math.min(24, props.text.split('\n').length + 1)}
        spellCheck={false}
        data-testid="k8s-yaml"
        aria-label={t('k8s.tab.yaml')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {error ? (
        <div className="k8s-yaml-error" id={`${id}-err`} role="alert" data-testid="k8s-yaml-error">
          <span className="field-error">{says(error)}</span>
          {line !== undefined && line.trim() !== '' && (
            <pre className="k8s-yaml-line">
              <span className="muted">{error.line} │ </span>
              {line}
            </pre>
          )}
          <p className="insp-note">{t('k8s.yaml.kept')}</p>
        </div>
      ) : (
        props.typed && (
          <p className="insp-note" data-testid="k8s-yaml-read">
            {t('k8s.yaml.read')}
          </p>
        )
      )}
    </Section>
  );
}
