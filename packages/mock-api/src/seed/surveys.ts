/**
 * Survey definitions. The default follows the satisfaction criteria of
 * Decree 61/2018/NĐ-CP and Circular 01/2018/TT-VPCP (time taken against the
 * legal limit, how many agencies and contacts it took, staff attitude,
 * information given, the result); the custom one is an agency's own short
 * survey, to show that widgets render whatever definition the API returns.
 */
import type { SurveyDefinition } from '@dvc-kit/client';

const SATISFACTION_LABELS = [
  'Rất không hài lòng',
  'Không hài lòng',
  'Bình thường',
  'Hài lòng',
  'Rất hài lòng',
];

/** The statutory default survey (id `tt01-2018`). */
export const STATUTORY_SURVEY: SurveyDefinition = {
  id: 'tt01-2018',
  title: 'Đánh giá mức độ hài lòng về việc giải quyết thủ tục hành chính',
  description:
    'Theo Nghị định 61/2018/NĐ-CP và Thông tư 01/2018/TT-VPCP. Câu trả lời không gắn với danh tính của người đánh giá.',
  questions: [
    {
      id: 'thoi_gian',
      type: 'single_choice',
      label: 'Thời gian giải quyết hồ sơ so với thời hạn theo quy định',
      required: true,
      options: [
        { value: 'som_han', label: 'Sớm hơn thời hạn' },
        { value: 'dung_han', label: 'Đúng thời hạn' },
        { value: 'tre_han', label: 'Trễ hạn' },
      ],
    },
    {
      id: 'so_co_quan',
      type: 'single_choice',
      label: 'Số cơ quan, tổ chức phải liên hệ để hoàn thành thủ tục',
      required: true,
      options: [
        { value: '1', label: 'Một cơ quan' },
        { value: '2', label: 'Hai cơ quan' },
        { value: '3_tro_len', label: 'Ba cơ quan trở lên' },
      ],
    },
    {
      id: 'so_lan_lien_he',
      type: 'single_choice',
      label: 'Số lần phải liên hệ với cơ quan giải quyết (kể cả nộp, bổ sung hồ sơ, nhận kết quả)',
      required: true,
      options: [
        { value: '1', label: 'Một lần' },
        { value: '2', label: 'Hai lần' },
        { value: '3_tro_len', label: 'Ba lần trở lên' },
      ],
    },
    {
      id: 'thai_do',
      type: 'rating',
      label: 'Thái độ của công chức tiếp nhận, giải quyết hồ sơ (lịch sự, lắng nghe, tôn trọng)',
      required: true,
      scale: 5,
      labels: SATISFACTION_LABELS,
    },
    {
      id: 'thong_tin',
      type: 'rating',
      label: 'Công chức hướng dẫn, cung cấp thông tin đầy đủ, dễ hiểu',
      required: true,
      scale: 5,
      labels: SATISFACTION_LABELS,
    },
    {
      id: 'ket_qua',
      type: 'rating',
      label: 'Kết quả giải quyết đúng quy định, thông tin chính xác',
      required: true,
      scale: 5,
      labels: SATISFACTION_LABELS,
    },
    {
      id: 'gop_y',
      type: 'text',
      label: 'Ý kiến góp ý khác (nếu có)',
      required: false,
      help: 'Không ghi họ tên, số định danh hay số điện thoại.',
      maxLength: 1000,
    },
  ],
};

/** A district's own quick survey (id `hai-chau-nhanh-2024`), on a 3-point scale. */
export const CUSTOM_SURVEY: SurveyDefinition = {
  id: 'hai-chau-nhanh-2024',
  title: 'Khảo sát nhanh của UBND quận Hải Châu',
  questions: [
    {
      id: 'chung',
      type: 'rating',
      label: 'Anh/Chị đánh giá chung thế nào về việc giải quyết hồ sơ?',
      required: true,
      scale: 3,
      labels: ['Không hài lòng', 'Bình thường', 'Hài lòng'],
    },
    {
      id: 'kenh_nop',
      type: 'single_choice',
      label: 'Anh/Chị đã nộp hồ sơ qua kênh nào?',
      required: true,
      options: [
        { value: 'truc_tuyen', label: 'Trực tuyến' },
        { value: 'buu_chinh', label: 'Bưu chính công ích' },
        { value: 'truc_tiep', label: 'Trực tiếp tại Bộ phận một cửa' },
      ],
    },
    {
      id: 'de_xuat',
      type: 'text',
      label: 'Đề xuất để phục vụ tốt hơn',
      required: false,
      maxLength: 500,
    },
  ],
};

/** Every survey definition, by id. */
export const SURVEYS: ReadonlyMap<string, SurveyDefinition> = new Map(
  [STATUTORY_SURVEY, CUSTOM_SURVEY].map((s) => [s.id, s]),
);
