/**
 * The built-in statutory survey: the satisfaction criteria of Decree
 * 61/2018/NĐ-CP and Circular 01/2018/TT-VPCP, in Vietnamese and English.
 */
import type { SurveyDefinition, SurveyQuestion } from '@dvc-kit/client';
import type { Lang } from '@dvc-kit/ui-core';

/**
 * The id under which the API serves the statutory survey.
 *
 * @summary Id of the statutory survey (`tt01-2018`).
 */
export const STATUTORY_SURVEY_ID = 'tt01-2018';

const scaleVi = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'];
const scaleEn = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];

function build(lang: Lang): SurveyDefinition {
  const vi = lang === 'vi';
  const scale = vi ? scaleVi : scaleEn;
  const choice = (
    id: string,
    label: string,
    options: readonly (readonly [value: string, label: string])[],
  ): SurveyQuestion => ({
    id,
    type: 'single_choice',
    label,
    required: true,
    options: options.map(([value, text]) => ({ value, label: text })),
  });
  const rating = (id: string, label: string): SurveyQuestion => ({
    id,
    type: 'rating',
    label,
    required: true,
    scale: 5,
    labels: scale,
  });
  return {
    id: STATUTORY_SURVEY_ID,
    title: vi
      ? 'Đánh giá mức độ hài lòng về việc giải quyết thủ tục hành chính'
      : 'How satisfied are you with how your application was handled?',
    description: vi
      ? 'Theo Nghị định 61/2018/NĐ-CP và Thông tư 01/2018/TT-VPCP. Câu trả lời không gắn với danh tính của người đánh giá.'
      : 'Under Decree 61/2018/NĐ-CP and Circular 01/2018/TT-VPCP. Your answers are not linked to who you are.',
    questions: [
      choice(
        'thoi_gian',
        vi
          ? 'Thời gian giải quyết hồ sơ so với thời hạn theo quy định'
          : 'Time taken to handle the application, against the legal time limit',
        vi
          ? [
              ['som_han', 'Sớm hơn thời hạn'],
              ['dung_han', 'Đúng thời hạn'],
              ['tre_han', 'Trễ hạn'],
            ]
          : [
              ['som_han', 'Earlier than the limit'],
              ['dung_han', 'On time'],
              ['tre_han', 'Late'],
            ],
      ),
      choice(
        'so_co_quan',
        vi
          ? 'Số cơ quan, tổ chức phải liên hệ để hoàn thành thủ tục'
          : 'Number of agencies and organisations you had to deal with',
        vi
          ? [
              ['1', 'Một cơ quan'],
              ['2', 'Hai cơ quan'],
              ['3_tro_len', 'Ba cơ quan trở lên'],
            ]
          : [
              ['1', 'One'],
              ['2', 'Two'],
              ['3_tro_len', 'Three or more'],
            ],
      ),
      choice(
        'so_lan_lien_he',
        vi
          ? 'Số lần phải liên hệ với cơ quan giải quyết (kể cả nộp, bổ sung hồ sơ, nhận kết quả)'
          : 'Number of times you had to contact the agency (including submitting, supplementing and collecting the result)',
        vi
          ? [
              ['1', 'Một lần'],
              ['2', 'Hai lần'],
              ['3_tro_len', 'Ba lần trở lên'],
            ]
          : [
              ['1', 'Once'],
              ['2', 'Twice'],
              ['3_tro_len', 'Three times or more'],
            ],
      ),
      rating(
        'thai_do',
        vi
          ? 'Thái độ của công chức tiếp nhận, giải quyết hồ sơ (lịch sự, lắng nghe, tôn trọng)'
          : 'Attitude of the staff who received and handled the application (polite, listening, respectful)',
      ),
      rating(
        'thong_tin',
        vi
          ? 'Công chức hướng dẫn, cung cấp thông tin đầy đủ, dễ hiểu'
          : 'Staff gave complete, easy-to-understand guidance and information',
      ),
      rating(
        'ket_qua',
        vi
          ? 'Kết quả giải quyết đúng quy định, thông tin chính xác'
          : 'The result follows the regulations and its information is accurate',
      ),
      {
        id: 'gop_y',
        type: 'text',
        label: vi ? 'Ý kiến góp ý khác (nếu có)' : 'Other comments (optional)',
        required: false,
        help: vi
          ? 'Không ghi họ tên, số định danh hay số điện thoại.'
          : 'Do not write your name, identity number or phone number.',
        maxLength: 1000,
      },
    ],
  };
}

const built: Partial<Record<Lang, SurveyDefinition>> = {};

/**
 * The statutory survey in `lang`: what agencies (and the mock backend) serve
 * under id `tt01-2018`. A kiosk can give it to `<dvc-survey>` through the
 * `definition` property to render without fetching it first.
 *
 * @summary The built-in statutory survey definition, in vi or en.
 */
export function statutorySurvey(lang: Lang = 'vi'): SurveyDefinition {
  return (built[lang] ??= build(lang));
}

/** Whether two questions ask the same thing the same way (same id, type, scale or options). */
function sameShape(a: SurveyQuestion, b: SurveyQuestion): boolean {
  if (a.id !== b.id || a.type !== b.type || a.required !== b.required) return false;
  if (a.type === 'rating' && b.type === 'rating') return a.scale === b.scale;
  if (a.type === 'single_choice' && b.type === 'single_choice') {
    return a.options.map((o) => o.value).join('\n') === b.options.map((o) => o.value).join('\n');
  }
  return a.type === 'text' && b.type === 'text' && a.maxLength === b.maxLength;
}

/**
 * The definition to show in `lang`. The API's definition is authoritative
 * and shown as it came — except that the API speaks Vietnamese only, so in
 * English the statutory survey's questions that match the built-in one
 * exactly (same id, type, required flag, scale or option values) take the
 * built-in English text. Anything else stays as the API wrote it.
 *
 * @summary Localizes the statutory survey's text, never its structure.
 */
export function localizeDefinition(definition: SurveyDefinition, lang: Lang): SurveyDefinition {
  if (lang === 'vi' || definition.id !== STATUTORY_SURVEY_ID) return definition;
  const builtIn = statutorySurvey(lang);
  const known = new Map(builtIn.questions.map((q) => [q.id, q]));
  const questions = definition.questions.map((q): SurveyQuestion => {
    const ours = known.get(q.id);
    if (!ours || !sameShape(q, ours)) return q;
    return { ...ours, required: q.required };
  });
  const all = questions.every((q, i) => q !== definition.questions[i]);
  return {
    ...definition,
    // Title and introduction only when every question was translated: no half-English survey header.
    ...(all ? { title: builtIn.title, description: builtIn.description } : {}),
    questions,
  };
}
