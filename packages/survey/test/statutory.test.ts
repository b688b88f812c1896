/**
 * The built-in statutory survey is the one the backend serves (the mock
 * backend's seed is the reference), and English only ever replaces text.
 */
import { checkSurveyAnswers, SurveyDefinitionSchema, type SurveyDefinition } from '@dvc-kit/client';
import { STATUTORY_SURVEY } from '@dvc-kit/mock-api';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { localizeDefinition, STATUTORY_SURVEY_ID, statutorySurvey } from '../src/statutory';

const shape = (d: SurveyDefinition) =>
  d.questions.map((q) => ({
    id: q.id,
    type: q.type,
    required: q.required,
    ...(q.type === 'rating' ? { scale: q.scale, points: q.labels.length } : {}),
    ...(q.type === 'single_choice' ? { values: q.options.map((o) => o.value) } : {}),
    ...(q.type === 'text' ? { maxLength: q.maxLength } : {}),
  }));

describe('statutory survey', () => {
  it('in Vietnamese is exactly what the backend serves as tt01-2018', () => {
    expect(statutorySurvey('vi')).toEqual(STATUTORY_SURVEY);
    expect(statutorySurvey()).toEqual(STATUTORY_SURVEY);
  });

  it('in English has the same structure and valid, fully translated text', () => {
    const en = statutorySurvey('en');
    expect(z.safeParse(SurveyDefinitionSchema, en).success).toBe(true);
    expect(en.id).toBe(STATUTORY_SURVEY_ID);
    expect(shape(en)).toEqual(shape(STATUTORY_SURVEY));
    const vi = statutorySurvey('vi');
    const texts = (d: SurveyDefinition) =>
      d.questions.flatMap((q) => [
        q.label,
        ...(q.type === 'rating'
          ? q.labels
          : q.type === 'single_choice'
            ? q.options.map((o) => o.label)
            : []),
      ]);
    const viTexts = new Set(texts(vi));
    for (const text of texts(en)) expect(viTexts.has(text), text).toBe(false);
  });

  it('English replaces the text of matching questions only, never the structure', () => {
    expect(localizeDefinition(STATUTORY_SURVEY, 'vi')).toBe(STATUTORY_SURVEY);
    const en = localizeDefinition(STATUTORY_SURVEY, 'en');
    expect(en).toEqual(statutorySurvey('en'));

    // An agency changed one question (4 options) and added one: those stay as the API wrote them.
    const changed: SurveyDefinition = {
      ...STATUTORY_SURVEY,
      questions: [
        {
          id: 'thoi_gian',
          type: 'single_choice',
          label: 'Thời gian giải quyết',
          required: true,
          options: [
            { value: 'som_han', label: 'Sớm' },
            { value: 'dung_han', label: 'Đúng' },
            { value: 'tre_han', label: 'Trễ' },
            { value: 'khong_biet', label: 'Không rõ' },
          ],
        },
        ...STATUTORY_SURVEY.questions.slice(1),
      ],
    };
    const mixed = localizeDefinition(changed, 'en');
    expect(mixed.title).toBe(STATUTORY_SURVEY.title);
    expect(mixed.questions[0]).toBe(changed.questions[0]);
    expect(mixed.questions[3]!.label).toMatch(/^Attitude of the staff/);
    expect(shape(mixed)).toEqual(shape(changed));
    // Answers keyed by the API's ids still validate against the API's definition.
    expect(
      checkSurveyAnswers(changed, {
        thoi_gian: 'khong_biet',
        so_co_quan: '1',
        so_lan_lien_he: '1',
        thai_do: 5,
        thong_tin: 4,
        ket_qua: 3,
      }),
    ).toEqual([]);

    // Another survey is never touched.
    const other = { ...STATUTORY_SURVEY, id: 'khac' };
    expect(localizeDefinition(other, 'en')).toBe(other);
  });
});
