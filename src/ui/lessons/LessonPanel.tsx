// The course beside the canvas: the list of lessons, or one lesson's sections up to where the
// learner is, each with its action (run, predict, send, show, check).

import './lessons.css';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { COURSE, lessonById } from '../../lessons/course.ts';
import type { Lesson } from '../../lessons/load.ts';
import type { Language, Section } from '../../lessons/schema.ts';
import type { SectionText } from '../../lessons/text.ts';
import { type MessageKey, type Params, useLang, useT } from '../i18n/index.ts';
import { explainEvent } from '../i18n/trace.ts';
import { goTo } from '../step/actions.ts';
import { openDock } from '../step/dock.ts';
import {
  applySolution,
  check,
  choose,
  next,
  openLesson,
  resetLesson,
  runSection,
  shareLink,
  showHint,
  showSolution,
  submitPrediction,
} from './actions.ts';
import { Rich, RichInline } from './Rich.tsx';
import { type SectionRun, useCourse } from './store.ts';

type T = (key: MessageKey, params?: Params) => string;

export function useLessonLang(): Language {
  return useLang((s) => s.lang) === 'zh' ? 'zh-CN' : 'en';
}

export function LessonPanel() {
  const mode = useCourse((s) => s.mode);
  const id = useCourse((s) => s.lessonId);
  const lesson = id ? lessonById(id) : undefined;
  return (
    <aside className="lesson-panel" data-testid="lesson-panel" aria-label="course">
      {mode === 'lesson' && lesson ? <LessonView lesson={lesson} /> : <CourseList />}
    </aside>
  );
}

function CourseList() {
  const t = useT();
  const lang = useLessonLang();
  const progress = useCourse((s) => s.progress);
  return (
    <div className="course-list" data-testid="course-list">
      <h2>{t('course.title')}</h2>
      <p className="course-intro">{t('course.intro')}</p>
      <ol className="course-lessons">
        {COURSE.map((l) => {
          const text = l.text[lang];
          const p = progress.lessons[l.def.id];
          const coming = l.def.status === 'coming';
          const badge = coming
            ? t('course.coming')
            : p?.done
              ? t('course.done')
              : p
                ? t('course.started')
                : t('course.minutes', { minutes: l.def.minutes });
          return (
            <li key={l.def.id} className={coming ? 'coming' : p?.done ? 'done' : ''}>
              <button
                type="button"
                className="course-item"
                data-testid={`lesson-item:${l.def.id}`}
                disabled={coming}
                onClick={() => void openLesson(l.def.id)}
              >
                <span className="course-num">{l.def.number}</span>
                <span className="course-body">
                  <span className="course-name">{text.title}</span>
                  <span className="course-summary">
                    <RichInline text={text.summary} />
                  </span>
                </span>
                <span className={`course-badge${p?.done ? ' badge-done' : ''}`}>{badge}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function LessonView({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const lang = useLessonLang();
  const index = useCourse((s) => s.index);
  const opening = useCourse((s) => s.opening);
  const text = lesson.text[lang];
  const total = lesson.def.sections.length;
  const bottom = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);
  // The newest section, and what it just showed, come into view as the learner moves on.
  const shown = useCourse((s) => {
    const r = s.runs[lesson.def.sections[s.index]?.id ?? ''];
    return `${s.index}:${r?.lines?.length ?? 0}:${r?.ran ?? false}:${r?.checks ?? 0}:${r?.hints ?? 0}:${r?.solution ?? false}`;
  });
  useEffect(() => {
    if (shown !== '0:0:false:0:0:false')
      bottom.current?.scrollIntoView?.({ block: 'end', behavior: 'smooth' });
  }, [shown]);
  const nextLesson = COURSE.find((l) => l.def.number > lesson.def.number && l.def.status === 'ready');
  return (
    <div className="lesson" data-testid="lesson" data-lesson={lesson.def.id} data-index={index}>
      <div className="lesson-head">
        <button
          type="button"
          className="btn btn-small"
          data-testid="lesson-back"
          onClick={() => useCourse.setState({ mode: 'list' })}
        >
          ← {t('lesson.back')}
        </button>
        <span className="lesson-progress" data-testid="lesson-progress">
          {t('lesson.progress', { at: Math.min(index + 1, total), total })}
        </span>
        <span className="lesson-tools">
          <button
            type="button"
            className="btn btn-small"
            data-testid="lesson-share"
            title={t('lesson.shareTitle')}
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(shareLink(lesson.def.id));
              } catch {
                // no clipboard (permissions): the address bar holds the same link
              }
              setCopied(true);
              setTimeout(() => setCopied(false), 2000);
            }}
          >
            {copied ? t('lesson.copied') : t('lesson.share')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            data-testid="lesson-reset"
            title={t('lesson.resetTitle')}
            onClick={() => void resetLesson()}
          >
            {t('lesson.reset')}
          </button>
        </span>
      </div>
      <div className="lesson-scroll">
        <p className="lesson-kicker">{t('course.lessonNo', { number: lesson.def.number })}</p>
        <h2 className="lesson-title">{text.title}</h2>
        <div className="lesson-summary">
          <Rich text={text.summary} />
        </div>
        {opening && <p className="lesson-note">{t('lesson.opening')}</p>}
        {lesson.def.sections.slice(0, index + 1).map((s, i) => (
          <SectionView
            key={s.id}
            section={s}
            text={text.sections[s.id]}
            current={i === index}
            t={t}
            lang={lang}
          />
        ))}
        {index >= total && (
          <div className="lesson-complete" data-testid="lesson-complete">
            <h3>{t('lesson.complete')}</h3>
            <p>{t('lesson.completeText')}</p>
            {nextLesson && (
              <button
                type="button"
                className="btn btn-primary"
                data-testid="lesson-next"
                onClick={() => void openLesson(nextLesson.def.id)}
              >
                {t('lesson.next', { title: nextLesson.text[lang].title })}
              </button>
            )}
          </div>
        )}
        <div ref={bottom} />
      </div>
    </div>
  );
}

function Output({ run, t }: { run: SectionRun | undefined; t: T }) {
  if (!run?.lines?.length && !run?.error) return null;
  return (
    <>
      {run.lines?.some((l) => l.output) && (
        <pre className="lesson-output" data-testid="lesson-output">
          {run.lines.map((l) => (l.ok ? l.output : `$ ${l.command}\n${l.output}`)).join('')}
        </pre>
      )}
      {run.error && <p className="lesson-error">{t('lesson.error', { error: run.error })}</p>}
    </>
  );
}

function SectionView({
  section: s,
  text,
  current,
  t,
  lang,
}: {
  section: Section;
  text: SectionText;
  current: boolean;
  t: T;
  lang: Language;
}) {
  const run = useCourse((st) => st.runs[s.id]);
  const opening = useCourse((st) => st.opening);
  const busy = !!run?.busy || opening;
  const done =
    s.kind === 'text' || (s.kind === 'exercise' ? !!run?.results?.every((r) => r.pass) : !!run?.ran);
  return (
    <section
      className={`lesson-section kind-${s.kind}${current ? ' current' : ''}`}
      data-testid={`section:${s.id}`}
      data-kind={s.kind}
    >
      {s.kind === 'exercise' && <h3 className="lesson-label">{t('lesson.exercise')}</h3>}
      <Rich text={text.body} />
      {s.kind === 'steps' && <Commands lines={s.commands} run={run} />}
      {s.kind === 'steps' && current && !run?.ran && (
        <RunButton busy={busy} onClick={runSection}>
          {run?.busy ? t('lesson.running') : t('lesson.run')}
        </RunButton>
      )}
      {s.kind === 'table' && (
        <>
          <Commands lines={s.run} run={undefined} />
          {current && !run?.ran && (
            <RunButton busy={busy} onClick={runSection}>
              {t('lesson.show')}
            </RunButton>
          )}
          <Output run={run} t={t} />
        </>
      )}
      {s.kind === 'predict' && (
        <Predict section={s} text={text} run={run} current={current} busy={busy} t={t} />
      )}
      {s.kind === 'packet' && (
        <>
          <Commands lines={s.run} run={undefined} />
          {current && !run?.ran && (
            <RunButton busy={busy} onClick={runSection}>
              {t('lesson.send')}
            </RunButton>
          )}
          {run?.ran && <Highlights run={run} t={t} lang={lang} />}
        </>
      )}
      {s.kind === 'exercise' && <Exercise section={s} text={text} run={run} busy={busy} t={t} />}
      {current && (
        <button
          type="button"
          className={`btn ${done ? 'btn-primary' : ''} lesson-continue`}
          data-testid="lesson-continue"
          disabled={!done || busy}
          onClick={() => void next()}
        >
          {t('lesson.continue')} →
        </button>
      )}
    </section>
  );
}

/** The button that runs a section's commands (steps, table, packet), labelled by the section's kind. */
function RunButton({
  busy,
  onClick,
  children,
}: {
  busy: boolean;
  onClick: () => Promise<void>;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="btn btn-primary"
      data-testid="lesson-run"
      disabled={busy}
      onClick={() => void onClick()}
    >
      {children}
    </button>
  );
}

function Commands({ lines, run }: { lines: string[]; run: SectionRun | undefined }) {
  return (
    <ol className="lesson-commands">
      {lines.map((c, i) => {
        const r = run?.lines?.[i];
        return (
          <li key={c} className={r ? (r.ok ? 'ran' : 'refused') : ''}>
            <code>{c}</code>
            {r && !r.ok && <span className="lesson-refused">{r.output.trim()}</span>}
            {/* What a docker or kubectl command amounts to (its `+ …` lines), as the terminal shows it. */}
            {r?.ok && r.output && (
              <pre className="lesson-output" data-testid="lesson-command-output">
                {r.output}
              </pre>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Predict({
  section: s,
  text,
  run,
  current,
  busy,
  t,
}: {
  section: Extract<Section, { kind: 'predict' }>;
  text: SectionText;
  run: SectionRun | undefined;
  current: boolean;
  busy: boolean;
  t: T;
}) {
  const answered = !!run?.ran;
  const chosen = run?.chosen;
  return (
    <>
      <fieldset className="lesson-choices" disabled={answered || !current || busy}>
        <legend>{t('lesson.predict')}</legend>
        {s.choices.map((c) => (
          <label
            key={c}
            className={`lesson-choice${answered && c === s.answer ? ' answer' : ''}${answered && c === chosen && c !== s.answer ? ' wrong' : ''}`}
          >
            <input
              type="radio"
              name={`predict-${s.id}`}
              value={c}
              data-testid={`choice:${c}`}
              checked={chosen === c}
              onChange={() => choose(c)}
            />
            <Rich text={text.choices[c]} />
          </label>
        ))}
      </fieldset>
      {!answered && current && (
        <button
          type="button"
          className="btn btn-primary"
          data-testid="lesson-submit"
          disabled={!chosen || busy}
          onClick={() => void submitPrediction()}
        >
          {run?.busy ? t('lesson.running') : t('lesson.submit')}
        </button>
      )}
      {answered && (
        <div
          className={`lesson-verdict ${chosen === s.answer ? 'right' : 'wrong'}`}
          data-testid="predict-verdict"
          data-right={chosen === s.answer}
        >
          <strong>
            {chosen === s.answer
              ? t('lesson.right')
              : t('lesson.wrong', { answer: plain(text.choices[s.answer]) })}
          </strong>
          <Output run={run} t={t} />
          <Rich text={text.explain ?? ''} />
        </div>
      )}
    </>
  );
}

/** A choice's words without Markdown marks, for a sentence that quotes it. */
function plain(s: string): string {
  return s.replace(/[`*]/g, '');
}

function Highlights({ run, t, lang }: { run: SectionRun; t: T; lang: Language }) {
  const steps = run.steps ?? [];
  if (!steps.length) return <p className="lesson-error">{t('lesson.noSteps')}</p>;
  return (
    <div className="lesson-steps">
      <p>{t('lesson.highlight')}</p>
      <ol>
        {steps.map((e) => (
          <li key={e.seq}>
            <button
              type="button"
              className="lesson-step"
              data-testid="lesson-step"
              onClick={() => void goTo(e.seq)}
            >
              <span className="lesson-step-seq">#{e.seq}</span>
              <span className="lesson-step-where">
                {e.ns || 'host'}
                {e.dev ? `:${e.dev}` : ''}
              </span>
              <span>{explainEvent(e, lang === 'zh-CN' ? 'zh' : 'en')}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Exercise({
  section: s,
  text,
  run,
  busy,
  t,
}: {
  section: Extract<Section, { kind: 'exercise' }>;
  text: SectionText;
  run: SectionRun | undefined;
  busy: boolean;
  t: T;
}) {
  const hints = run?.hints ?? 0;
  const results = run?.results;
  const failed = results?.filter((r) => !r.pass) ?? [];
  return (
    <div className="lesson-exercise">
      <p className="lesson-note">
        {t('lesson.useTerminal')}{' '}
        <button type="button" className="link-btn" onClick={() => void openDock('terminal')}>
          {t('lesson.openTerminal')}
        </button>
      </p>
      <div className="lesson-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="lesson-check"
          disabled={busy}
          onClick={() => void check()}
        >
          {run?.busy ? t('lesson.checking') : t('lesson.check')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="lesson-hint"
          disabled={hints >= s.hints}
          onClick={() => showHint()}
        >
          {hints ? t('lesson.moreHint') : t('lesson.hint')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="lesson-solution"
          disabled={!!run?.solution}
          onClick={() => showSolution()}
        >
          {t('lesson.solution')}
        </button>
      </div>
      {results && (
        <div
          className={`lesson-results ${failed.length ? 'failing' : 'passing'}`}
          data-testid="check-results"
          data-checks={run?.checks ?? 0}
          data-failed={failed.length}
        >
          <strong>
            {failed.length
              ? t('lesson.failedCount', { failed: failed.length, total: results.length })
              : t('lesson.passed')}
          </strong>
          <ul>
            {results
              .filter((r) => !r.pass)
              .map((r) => (
                <li key={r.id} className="fail" data-testid={`check:${r.id}`}>
                  <span className="check-mark" aria-hidden="true">
                    ✗
                  </span>
                  <div>
                    <Rich text={text.checks[r.id]} />
                    <details>
                      <summary>{t('lesson.checkRan')}</summary>
                      <pre className="lesson-output">{r.transcript}</pre>
                    </details>
                  </div>
                </li>
              ))}
          </ul>
          {failed.length > 0 && failed.length < results.length && (
            <p className="check-ok">✓ {t('lesson.passingCount', { n: results.length - failed.length })}</p>
          )}
        </div>
      )}
      {text.hints.slice(0, hints).map((h, i) => (
        <div className="lesson-hint" key={h} data-testid="hint">
          <strong>{t('lesson.hintN', { n: i + 1 })}</strong>
          <Rich text={h} />
        </div>
      ))}
      {run?.solution && (
        <div className="lesson-solution" data-testid="solution">
          <strong>{t('lesson.solutionTitle')}</strong>
          <Rich text={text.solution ?? ''} />
          <Commands lines={s.solution} run={undefined} />
          <button
            type="button"
            className="btn"
            data-testid="lesson-apply"
            disabled={busy}
            onClick={() => void applySolution()}
          >
            {t('lesson.applySolution')}
          </button>
        </div>
      )}
      {run?.error && <p className="lesson-error">{t('lesson.error', { error: run.error })}</p>}
    </div>
  );
}
