/**
 * Satisfaction surveys (đánh giá mức độ hài lòng, Decree 61/2018, Circular
 * 01/2018/TT-VPCP): one rating per dossier, not linked to the person.
 */
import * as z from 'zod/mini';
import { DossierCodeSchema, TextSchema, TimestampSchema } from './common';

/** An identifier of a survey or a question: letters, digits, `_`, `-`, `.`. */
export const SurveyIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,64}$/));

const questionBase = {
  /** Question id, unique within the survey; answers are keyed by it. */
  id: SurveyIdSchema,
  /** The question, as plain text. */
  label: TextSchema,
  /** Whether an answer is needed to submit. */
  required: z.boolean(),
  /** Optional plain-text help shown under the question. */
  help: z.optional(z.string()),
};

/**
 * A rating on a labelled 3- or 5-point scale. `labels[i]` names point `i + 1`
 * (e.g. "Rất không hài lòng" … "Rất hài lòng"); the answer is `1..scale`.
 */
export const RatingQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('rating'),
    scale: z.union([z.literal(3), z.literal(5)]),
    labels: z.array(TextSchema),
  })
  .check(
    z.refine((q) => q.labels.length === q.scale, {
      message: 'a rating scale has one label per point',
      path: ['labels'],
    }),
  );

/** A choice among options; the answer is one option's `value`. */
export const SingleChoiceQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('single_choice'),
    options: z.array(z.object({ value: SurveyIdSchema, label: TextSchema })).check(z.minLength(2)),
  })
  .check(
    z.refine((q) => new Set(q.options.map((o) => o.value)).size === q.options.length, {
      message: 'option values are unique',
      path: ['options'],
    }),
  );

/** A free-text answer of at most `maxLength` characters. */
export const TextQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('text'),
  maxLength: z.int().check(z.gte(1), z.lte(5000)),
});

/** One survey question, discriminated by `type`. */
export const SurveyQuestionSchema = z.discriminatedUnion('type', [
  RatingQuestionSchema,
  SingleChoiceQuestionSchema,
  TextQuestionSchema,
]);

/** One survey question, discriminated by `type`. */
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;
/** A rating question. */
export type RatingQuestion = z.infer<typeof RatingQuestionSchema>;
/** A single-choice question. */
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestionSchema>;
/** A free-text question. */
export type TextQuestion = z.infer<typeof TextQuestionSchema>;

/** A survey: its questions, in order. */
export const SurveyDefinitionSchema = z
  .object({
    /** Survey id (identifies the version of the questions too). */
    id: SurveyIdSchema,
    /** Title, as plain text. */
    title: TextSchema,
    /** Optional plain-text introduction. */
    description: z.optional(z.string()),
    /** Questions in display order. */
    questions: z.array(SurveyQuestionSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((s) => new Set(s.questions.map((q) => q.id)).size === s.questions.length, {
      message: 'question ids are unique',
      path: ['questions'],
    }),
  );

/** A survey: its questions, in order. */
export type SurveyDefinition = z.infer<typeof SurveyDefinitionSchema>;

/** Acknowledgement of a submitted survey response. */
export const SurveyReceiptSchema = z.object({
  /** Receipt id. */
  id: TextSchema,
  /** When the server stored the response. */
  submittedAt: TimestampSchema,
});

/** Acknowledgement of a submitted survey response. */
export type SurveyReceipt = z.infer<typeof SurveyReceiptSchema>;

/** The survey of one dossier, and whether it has been answered. */
export const SurveyStateSchema = z
  .object({
    /** The dossier it rates. */
    dossierCode: DossierCodeSchema,
    /** The questions. */
    definition: SurveyDefinitionSchema,
    /** Whether a response was already stored (one per dossier). */
    answered: z.boolean(),
    /** Present exactly when `answered`. */
    receipt: z.optional(SurveyReceiptSchema),
  })
  .check(
    z.refine((s) => s.answered === (s.receipt !== undefined), {
      message: 'receipt is present exactly when answered',
      path: ['receipt'],
    }),
  );

/** The survey of one dossier, and whether it has been answered. */
export type SurveyState = z.infer<typeof SurveyStateSchema>;

/**
 * One answer: a rating point (`1..scale`), an option `value`, or text.
 */
export const SurveyAnswerSchema = z.union([z.int().check(z.gte(1), z.lte(5)), z.string()]);

/** One answer: a rating point, an option value, or text. */
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>;

/**
 * Body of `POST /dossiers/{code}/survey-responses`: answers keyed by question
 * id. Unanswered optional questions are left out.
 */
export const SurveyResponseSchema = z.object({
  /** The survey (version) that was answered. */
  surveyId: SurveyIdSchema,
  /** Answers keyed by question id. */
  answers: z.record(SurveyIdSchema, SurveyAnswerSchema),
});

/** Body of `POST /dossiers/{code}/survey-responses`. */
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;

/** A problem with an answer, as found by {@link checkSurveyAnswers}. */
export interface SurveyAnswerProblem {
  /** The question id. */
  questionId: string;
  /** What is wrong. */
  reason: 'required' | 'out_of_range' | 'unknown_option' | 'too_long' | 'wrong_type' | 'unknown';
}

/**
 * Checks a response against its definition (the schema alone cannot: which
 * answer fits depends on the question). Returns the problems, empty if none.
 * The survey widget uses it before submitting, the mock backend on receipt.
 */
export function checkSurveyAnswers(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, SurveyAnswer>>,
): SurveyAnswerProblem[] {
  const problems: SurveyAnswerProblem[] = [];
  const known = new Set<string>();
  for (const q of definition.questions) {
    known.add(q.id);
    const a = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const blank = a === undefined || (typeof a === 'string' && a.trim() === '');
    if (blank) {
      if (q.required) problems.push({ questionId: q.id, reason: 'required' });
      continue;
    }
    const reason = answerProblem(q, a);
    if (reason) problems.push({ questionId: q.id, reason });
  }
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) problems.push({ questionId: id, reason: 'unknown' });
  }
  return problems;
}

function answerProblem(q: SurveyQuestion, a: SurveyAnswer): SurveyAnswerProblem['reason'] | null {
  switch (q.type) {
    case 'rating':
      if (typeof a !== 'number') return 'wrong_type';
      return a >= 1 && a <= q.scale ? null : 'out_of_range';
    case 'single_choice':
      if (typeof a !== 'string') return 'wrong_type';
      return q.options.some((o) => o.value === a) ? null : 'unknown_option';
    case 'text':
      if (typeof a !== 'string') return 'wrong_type';
      return a.length <= q.maxLength ? null : 'too_long';
  }
}
