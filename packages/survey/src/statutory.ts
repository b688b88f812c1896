/**
 * The built-in statutory survey: the satisfaction criteria of Decree
 * 61/2018/NĐ-CP and Circular 01/2018/TT-VPCP, in Vietnamese and English.
 * The texts of each language are a separate object, so the element (which
 * needs only the English ones, see {@link localizeDefinition}) does not
 * carry the Vietnamese copy that kiosks get from {@link statutorySurvey}.
 */
import type { SurveyDefinition, SurveyQuestion } from '@dvc-kit/client';
import type { Lang } from '@dvc-kit/ui-core';

/**
 * The id under which the API serves the statutory survey.
 *
 * @summary Id of the statutory survey (`tt01-2018`).
 */
export const STATUTORY_SURVEY_ID = 'tt01-2018';

/** The texts of the statutory survey in one language. */
interface StatutoryTexts {
  title: string;
  description: string;
  scale: string[];
  /** Question label, then option labels in the order of `shape`. */
  questions: Record<string, readonly [label: string, ...options: string[]]>;
  help: string;
}

/** The structure: question id → option values (single choice), `5` (rating) or max length (text). */
const shape: readonly (readonly [id: string, values: readonly string[] | 'rating' | number])[] = [
  ['thoi_gian', ['som_han', 'dung_han', 'tre_han']],
  ['so_co_quan', ['1', '2', '3_tro_len']],
  ['so_lan_lien_he', ['1', '2', '3_tro_len']],
  ['thai_do', 'rating'],
  ['thong_tin', 'rating'],
  ['ket_qua', 'rating'],
  ['gop_y', 1000],
];

const vi: StatutoryTexts = {
  title: 'Đánh giá mức độ hài lòng về việc giải quyết thủ tục hành chính',
  description:
    'Theo Nghị định 61/2018/NĐ-CP và Thông tư 01/2018/TT-VPCP. Câu trả lời không gắn với danh tính của người đánh giá.',
  scale: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  questions: {
    thoi_gian: [
      'Thời gian giải quyết hồ sơ so với thời hạn theo quy định',
      'Sớm hơn thời hạn',
      'Đúng thời hạn',
      'Trễ hạn',
    ],
    so_co_quan: [
      'Số cơ quan, tổ chức phải liên hệ để hoàn thành thủ tục',
      'Một cơ quan',
      'Hai cơ quan',
      'Ba cơ quan trở lên',
    ],
    so_lan_lien_he: [
      'Số lần phải liên hệ với cơ quan giải quyết (kể cả nộp, bổ sung hồ sơ, nhận kết quả)',
      'Một lần',
      'Hai lần',
      'Ba lần trở lên',
    ],
    thai_do: ['Thái độ của công chức tiếp nhận, giải quyết hồ sơ (lịch sự, lắng nghe, tôn trọng)'],
    thong_tin: ['Công chức hướng dẫn, cung cấp thông tin đầy đủ, dễ hiểu'],
    ket_qua: ['Kết quả giải quyết đúng quy định, thông tin chính xác'],
    gop_y: ['Ý kiến góp ý khác (nếu có)'],
  },
  help: 'Không ghi họ tên, số định danh hay số điện thoại.',
};

const en: StatutoryTexts = {
  title: 'How satisfied are you with how your application was handled?',
  description:
    'Under Decree 61/2018/NĐ-CP and Circular 01/2018/TT-VPCP. Your answers are not linked to who you are.',
  scale: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  questions: {
    thoi_gian: [
      'Time taken to handle the application, against the legal time limit',
      'Earlier than the limit',
      'On time',
      'Late',
    ],
    so_co_quan: [
      'Number of agencies and organisations you had to deal with',
      'One',
      'Two',
      'Three or more',
    ],
    so_lan_lien_he: [
      'Number of times you had to contact the agency (including submitting, supplementing and collecting the result)',
      'Once',
      'Twice',
      'Three times or more',
    ],
    thai_do: [
      'Attitude of the staff who received and handled the application (polite, listening, respectful)',
    ],
    thong_tin: ['Staff gave complete, easy-to-understand guidance and information'],
    ket_qua: ['The result follows the regulations and its information is accurate'],
    gop_y: ['Other comments (optional)'],
  },
  help: 'Do not write your name, identity number or phone number.',
};

function build(texts: StatutoryTexts): SurveyDefinition {
  return {
    id: STATUTORY_SURVEY_ID,
    title: texts.title,
    description: texts.description,
    questions: shape.map(([id, values]): SurveyQuestion => {
      const [label, ...options] = texts.questions[id] ?? [id];
      if (values === 'rating') {
        return { id, type: 'rating', label, required: true, scale: 5, labels: texts.scale };
      }
      if (typeof values === 'number') {
        return { id, type: 'text', label, required: false, help: texts.help, maxLength: values };
      }
      return {
        id,
        type: 'single_choice',
        label,
        required: true,
        options: values.map((value, i) => ({ value, label: options[i] ?? value })),
      };
    }),
  };
}

/**
 * The statutory survey in `lang`: what agencies (and the mock backend) serve
 * under id `tt01-2018`. A kiosk can give it to `<dvc-survey>` through the
 * `definition` property to render without fetching it first.
 *
 * @summary The built-in statutory survey definition, in vi or en.
 */
export function statutorySurvey(lang: Lang = 'vi'): SurveyDefinition {
  return build(lang === 'en' ? en : vi);
}

/** Whether two questions ask the same thing the same way (same id, type, required flag, scale or options). */
function sameShape(a: SurveyQuestion, b: SurveyQuestion): boolean {
  if (a.id !== b.id || a.type !== b.type || a.required !== b.required) return false;
  if (a.type === 'rating' && b.type === 'rating') return a.scale === b.scale;
  if (a.type === 'single_choice' && b.type === 'single_choice') {
    return a.options.map((o) => o.value).join('\n') === b.options.map((o) => o.value).join('\n');
  }
  return a.type === 'text' && b.type === 'text' && a.maxLength === b.maxLength;
}

let english: SurveyDefinition | undefined;

/**
 * The definition to show in `lang`. The API's definition is authoritative
 * and shown as it came — except that the API speaks Vietnamese only, so in
 * English the statutory survey's questions that match the built-in ones
 * exactly (same id, type, required flag, scale or option values) take the
 * built-in English text. The title and introduction are translated only
 * when every question was. Anything else stays as the API wrote it.
 *
 * @summary Localizes the statutory survey's text, never its structure.
 */
export function localizeDefinition(definition: SurveyDefinition, lang: Lang): SurveyDefinition {
  if (lang === 'vi' || definition.id !== STATUTORY_SURVEY_ID) return definition;
  english ??= build(en);
  const known = new Map(english.questions.map((q) => [q.id, q]));
  const questions = definition.questions.map((q) => {
    const ours = known.get(q.id);
    return ours && sameShape(q, ours) ? ours : q;
  });
  const all = questions.every((q, i) => q !== definition.questions[i]);
  return {
    ...definition,
    ...(all ? { title: english.title, description: english.description } : {}),
    questions,
  };
}
