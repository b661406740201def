// The lesson format (lessons/NN-id/lesson.json): what the engine runs and checks. The words a
// learner reads are in the lesson's language files (text.ts); this file holds only commands,
// choices, checks and solutions, so the two languages can never disagree about what happens.

import { z } from 'zod';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'an id is lower-case letters, digits and dashes (at most 41)');
const command = z.string().min(1).max(500);
const regex = z
  .string()
  .min(1)
  .max(500)
  .refine((s) => {
    try {
      new RegExp(s, 'm');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

/** Which trace events a check or a packet section points at: every given field must match. */
export const eventMatchSchema = z.strictObject({
  kind: z.string().max(40).optional(),
  /** The namespace ("" is the host). */
  ns: z.string().max(64).optional(),
  dev: z.string().max(64).optional(),
  /** A regular expression over the event's English sentence (its data, not its translation). */
  text: regex.optional(),
});
export type EventMatch = z.infer<typeof eventMatchSchema>;

/**
 * A check runs `run` on a copy of the learner's lab (their document, then the traffic they sent)
 * and looks at the last command: its output must match `match` and not match `absent`, its exit
 * status must be `status`, and among the trace events the commands emitted there must be (or, with
 * `present: false`, must not be) one matching `event`.
 */
export const checkSchema = z
  .strictObject({
    id,
    run: z.array(command).min(1).max(10),
    match: regex.optional(),
    absent: regex.optional(),
    status: z.number().int().min(0).max(255).optional(),
    event: eventMatchSchema.optional(),
    present: z.boolean().optional(),
  })
  .refine(
    (c) => c.match !== undefined || c.absent !== undefined || c.status !== undefined || c.event,
    'a check needs match, absent, status or event',
  );
export type Check = z.infer<typeof checkSchema>;

const text = z.strictObject({ id, kind: z.literal('text') });
/** Commands that build or change the lab one at a time, each drawn as it runs. */
const steps = z.strictObject({ id, kind: z.literal('steps'), commands: z.array(command).min(1).max(40) });
/** A question before `run`: the learner picks a choice, then sees what the engine does. */
const predict = z.strictObject({
  id,
  kind: z.literal('predict'),
  choices: z.array(id).min(2).max(6),
  answer: id,
  run: z.array(command).min(1).max(10),
});
/** Traffic to step through; `highlight` picks the steps the text talks about. */
const packet = z.strictObject({
  id,
  kind: z.literal('packet'),
  run: z.array(command).min(1).max(5),
  highlight: z.array(eventMatchSchema).min(1).max(8),
});
/** A table (or any look) to read: its output is shown beside the text. */
const table = z.strictObject({ id, kind: z.literal('table'), run: z.array(command).min(1).max(5) });
/** Something the learner builds or fixes; `start` sets it up, the checks say what is still wrong. */
const exercise = z.strictObject({
  id,
  kind: z.literal('exercise'),
  start: z.array(command).max(20).default([]),
  checks: z.array(checkSchema).min(1).max(8),
  hints: z.number().int().min(1).max(5),
  solution: z.array(command).min(1).max(20),
});

export const sectionSchema = z.discriminatedUnion('kind', [text, steps, predict, packet, table, exercise]);
export type Section = z.infer<typeof sectionSchema>;
export type SectionKind = Section['kind'];

const ROLES = ['container', 'pod', 'router', 'outside', 'node'] as const;

export const lessonSchema = z
  .strictObject({
    id,
    /** Its place in the course (1…15). */
    number: z.number().int().min(1).max(99),
    /** "coming": listed, not playable, because the engine does not model what it needs yet. */
    status: z.enum(['ready', 'coming']),
    minutes: z.number().int().min(1).max(60),
    /** The lab the lesson starts from (topology lines only; traffic comes in the sections). */
    setup: z.array(command).max(60).default([]),
    roles: z.record(z.string().max(64), z.enum(ROLES)).default({}),
    /** What a "coming" lesson waits for (an issue or a feature), said in the course list. */
    needs: z.string().max(200).optional(),
    sections: z.array(sectionSchema).max(30),
  })
  .superRefine((l, ctx) => {
    const seen = new Set<string>();
    l.sections.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: 'repeated' });
      seen.add(s.id);
      if (s.kind === 'predict' && !s.choices.includes(s.answer))
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'answer'], message: 'not one of the choices' });
      if (s.kind === 'exercise') {
        const ids = new Set<string>();
        s.checks.forEach((c, j) => {
          if (ids.has(c.id))
            ctx.addIssue({ code: 'custom', path: ['sections', i, 'checks', j, 'id'], message: 'repeated' });
          ids.add(c.id);
        });
      }
    });
    if (l.status === 'ready' && l.sections.length === 0)
      ctx.addIssue({ code: 'custom', path: ['sections'], message: 'a ready lesson has sections' });
    if (l.status === 'coming' && !l.needs)
      ctx.addIssue({ code: 'custom', path: ['needs'], message: 'a coming lesson says what it needs' });
  });
export type LessonDef = z.infer<typeof lessonSchema>;
