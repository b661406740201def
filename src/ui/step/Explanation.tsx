// What the current step did and why, in the engine's words (in the UI's language), with the concept
// it illustrates and the fields it changed.

import { useLang, useT } from '../i18n/index.ts';
import { explainEvent } from '../i18n/trace.ts';
import { clusterIpNote } from './clusterip.ts';
import { conceptOf } from './concepts.ts';
import { fieldName } from './fields.ts';
import { kindLabel } from './labels.ts';
import { useStep } from './store.ts';
import { formatTime } from './timeline.ts';

export function Explanation() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const at = useStep((s) => s.at);
  const event = useStep((s) => (typeof s.at === 'number' ? s.events.find((e) => e.seq === s.at) : undefined));
  const state = useStep((s) => s.state);
  if (at === 'live')
    return (
      <section className="step-explain" data-testid="step-explanation" aria-live="polite">
        <h3>{t('step.liveTitle')}</h3>
        <p>{t('step.liveText', { time: formatTime(state?.t ?? 0) })}</p>
      </section>
    );
  if (!event)
    return (
      <section className="step-explain" data-testid="step-explanation">
        <p className="step-empty">{t('step.pick')}</p>
      </section>
    );
  const concept = conceptOf(event);
  const vip = clusterIpNote(event, state);
  return (
    <section className="step-explain" data-testid="step-explanation" data-seq={event.seq} aria-live="polite">
      <div className="step-explain-head">
        <span className={`step-kind cat-${event.category}`}>{kindLabel(t, event.kind)}</span>
        <span className="step-where">
          {event.ns ? t('step.inNs', { ns: event.ns }) : t('step.inHost')}
          {event.dev ? ` · ${event.dev}` : ''}
        </span>
        <span className="step-time">t = {formatTime(event.t)}</span>
      </div>
      <p className="step-explain-text" data-testid="step-explanation-text">
        {explainEvent(event, lang)}
      </p>
      {vip && (
        <p className="step-explain-text step-clusterip" data-testid="step-clusterip-note">
          {t('step.clusterIpWhy', {
            ip: vip.ip,
            svc: vip.service,
            proto: vip.proto,
            ports: vip.ports
              .map((p) => t('step.clusterIpPort', { proto: p.proto, port: String(p.port) }))
              .join(lang === 'zh' ? '、' : ', '),
          })}
          {vip.onNoDevice ? ` ${t('step.clusterIpNoDevice', { ip: vip.ip })}` : ''}
        </p>
      )}
      {event.changes && event.changes.length > 0 && (
        <ul className="step-changes" aria-label={t('step.changed')}>
          {event.changes.map((c) => (
            <li key={`${c.layer}/${c.name}`}>
              <span className="step-field-name">
                {c.layer} · {fieldName(c.name, lang)}
              </span>{' '}
              <span className="old">{c.old}</span> → <span className="new">{c.new}</span>
            </li>
          ))}
        </ul>
      )}
      <a className="step-concept" href={concept.href} target="_blank" rel="noreferrer">
        {t('step.learnMore', { concept: t(concept.label) })}
      </a>
    </section>
  );
}
