// Play / pause, step back and forward, jump to the first step or to now, speed, and the kind filters.

import { useMemo } from 'react';
import type { StepCategory } from '../../worker/step-api.ts';
import { useT } from '../i18n/index.ts';
import { goTo, pause, play, stepBack, stepForward } from './actions.ts';
import { categoryLabel } from './labels.ts';
import { useStep } from './store.ts';
import { CATEGORIES, nextAt, prevAt, visible } from './timeline.ts';

const SPEEDS = [0.5, 1, 2, 5, 10, 30, 60, 120, 240];

// 12×12 icons, drawn rather than taken from a font that may lack the media-control glyphs.
const FIRST = 'M1 1h2v10H1zM11 1v10L4 6z';
const BACK = 'M10 1v10L3 6z';
const PLAY = 'M3 1v10l8-5z';
const PAUSE = 'M2 1h3v10H2zM7 1h3v10H7z';
const FORWARD = 'M2 1v10l7-5zM9 1h2v10H9z';
const LIVE = 'M1 1v10l7-5zM9 1h2v10H9z';

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 12 12" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}

export function Controls() {
  const t = useT();
  const events = useStep((s) => s.events);
  const filters = useStep((s) => s.filters);
  const at = useStep((s) => s.at);
  const playing = useStep((s) => s.playing);
  const speed = useStep((s) => s.speed);
  const shown = useMemo(() => visible(events, filters), [events, filters]);
  const canBack = prevAt(shown, at) !== undefined;
  const canForward = nextAt(shown, at) !== undefined;
  const index = typeof at === 'number' ? shown.findIndex((e) => e.seq === at) : -1;
  return (
    <div className="step-controls">
      <div className="step-buttons" role="toolbar" aria-label={t('step.controls')}>
        <button
          type="button"
          onClick={() => shown[0] && void goTo(shown[0].seq)}
          disabled={!shown.length}
          title={t('step.first')}
          aria-label={t('step.first')}
        >
          <Icon d={FIRST} />
        </button>
        <button
          type="button"
          onClick={() => void stepBack()}
          disabled={!canBack}
          title={`${t('step.back')} (←)`}
          aria-label={t('step.back')}
          aria-keyshortcuts="ArrowLeft"
          data-testid="step-back"
        >
          <Icon d={BACK} />
        </button>
        <button
          type="button"
          className="step-play"
          onClick={() => (playing ? pause() : void play())}
          disabled={!playing && !canForward}
          aria-label={playing ? t('step.pause') : t('step.play')}
          aria-pressed={playing}
          aria-keyshortcuts="Space"
          title={`${playing ? t('step.pause') : t('step.play')} (${t('key.space')})`}
          data-testid="step-play"
        >
          <Icon d={playing ? PAUSE : PLAY} />
        </button>
        <button
          type="button"
          onClick={() => void stepForward()}
          disabled={!canForward}
          title={`${t('step.forward')} (→)`}
          aria-label={t('step.forward')}
          aria-keyshortcuts="ArrowRight"
          data-testid="step-forward"
        >
          <Icon d={FORWARD} />
        </button>
        <button
          type="button"
          onClick={() => void goTo('live')}
          disabled={!events.length && at === 'live'}
          title={t('step.live')}
          aria-label={t('step.live')}
          data-testid="step-live"
        >
          <Icon d={LIVE} />
        </button>
        <label className="step-speed">
          {t('step.speed')}
          <select
            value={speed}
            onChange={(e) => useStep.setState({ speed: Number(e.target.value) })}
            data-testid="step-speed"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t('step.perSecond', { n: s })}
              </option>
            ))}
          </select>
        </label>
        <span className="step-pos" data-testid="step-pos">
          {at === 'live'
            ? t('step.atLive')
            : index >= 0
              ? t('step.position', { n: index + 1, total: shown.length })
              : t('step.count', { total: shown.length })}
        </span>
      </div>
      <Filters />
    </div>
  );
}

function Filters() {
  const t = useT();
  const events = useStep((s) => s.events);
  const filters = useStep((s) => s.filters);
  const counts = useMemo(() => {
    const c = {} as Record<StepCategory, number>;
    for (const e of events) c[e.category] = (c[e.category] ?? 0) + 1;
    return c;
  }, [events]);
  return (
    <fieldset className="step-filters">
      <legend className="sr-only">{t('step.filters')}</legend>
      {CATEGORIES.filter((c) => counts[c]).map((c) => (
        <label key={c} className={`step-chip cat-${c}${filters[c] ? ' on' : ''}`}>
          <input
            type="checkbox"
            checked={filters[c]}
            onChange={() => useStep.setState((s) => ({ filters: { ...s.filters, [c]: !s.filters[c] } }))}
            data-testid={`filter-${c}`}
          />
          {categoryLabel(t, c)} <span className="step-chip-n">{counts[c]}</span>
        </label>
      ))}
    </fieldset>
  );
}
