/**
 * Readable issue messages without touching zod's global config.
 *
 * `zod/mini` ships no locale, so its issues all read "Invalid input". Loading
 * one with `z.config(z.locales.en())` would change the messages of every
 * other zod user on the page (the config lives on `globalThis`), so instead
 * this small error map is passed to each parse (`safeParse(v, { error })`).
 * Messages never quote the input: it may be personal data.
 */
import type * as z from 'zod/mini';

const UNITS: Readonly<Record<string, string>> = {
  string: 'characters',
  array: 'items',
  set: 'items',
  map: 'entries',
};

/** The error map the client passes to every parse. */
export const issueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const unit = UNITS[issue.origin ?? ''];
      const op =
        issue.code === 'too_small' ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
      return unit
        ? `expected ${op} ${String(limit)} ${unit}`
        : `expected a value ${op} ${String(limit)}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' ? 'has the wrong format' : `expected a valid ${issue.format}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_element':
      return 'has an invalid element';
    default:
      return 'is invalid';
  }
};

/** Parse context used for every parse of the client. */
export const PARSE_CONTEXT = { error: issueMessage } as const;
