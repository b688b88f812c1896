/** Valid answers of every endpoint, shaped like the sandbox's seed data. */
import type {
  Dossier,
  DossierStatus,
  Payment,
  PaymentStarted,
  Procedure,
  ProcedurePage,
  ProcedureSummary,
  Session,
  SurveyReceipt,
  SurveyResponse,
  SurveyState,
} from '../src/index';

export const DOSSIER = '000.00.12.H48-241120-0001';
export const PROCEDURE = '1.004227';
export const T0 = '2024-11-20T08:15:00+07:00';

export const procedureSummary: ProcedureSummary = {
  code: PROCEDURE,
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  level: 'xa',
  onlineMode: 'toan_trinh',
  agency: { code: '000.00.12.H48', name: 'UBND phường Hải Châu I' },
  processingDays: 1,
};

export const procedurePage: ProcedurePage = {
  items: [procedureSummary],
  page: 1,
  pageSize: 20,
  total: 1,
};

export const procedure: Procedure = {
  ...procedureSummary,
  fees: [{ code: 'LP-KS', name: 'Lệ phí đăng ký khai sinh', amount: 0 }],
  description: 'Đăng ký khai sinh cho trẻ em.',
  url: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004227',
};

export const dossierStatus: DossierStatus = {
  code: DOSSIER,
  procedure: { code: PROCEDURE, name: 'Đăng ký khai sinh' },
  status: 'processing',
  receivedAt: T0,
  dueAt: '2024-11-21T17:00:00+07:00',
  overdue: false,
  updatedAt: '2024-11-20T09:00:00+07:00',
};

export const dossier: Dossier = {
  ...dossierStatus,
  applicantName: 'Nguyễn Văn An',
  history: [
    { status: 'received', at: T0, actor: 'Bộ phận một cửa' },
    { status: 'processing', at: '2024-11-20T09:00:00+07:00' },
  ],
};

export const payment: Payment = {
  dossierCode: DOSSIER,
  items: [
    { code: 'PHI-01', name: 'Phí thẩm định', amount: 50_000 },
    { code: 'LP-01', name: 'Lệ phí cấp giấy', amount: 20_000 },
  ],
  total: 70_000,
  currency: 'VND',
  status: 'unpaid',
  expiresAt: '2024-11-22T08:15:00+07:00',
  updatedAt: T0,
};

export const paymentStarted: PaymentStarted = {
  ...payment,
  status: 'pending',
  payUrl: 'https://payment.example.gov.vn/pay/abc123',
  expiresAt: '2024-11-20T08:30:00+07:00',
  transactionRef: 'TX-20241120-0001',
};

export const surveyState: SurveyState = {
  dossierCode: DOSSIER,
  answered: false,
  definition: {
    id: 'tt01-2018-v1',
    title: 'Đánh giá mức độ hài lòng',
    questions: [
      {
        id: 'time',
        type: 'rating',
        label: 'Thời gian giải quyết so với quy định',
        required: true,
        scale: 3,
        labels: ['Không hài lòng', 'Hài lòng', 'Rất hài lòng'],
      },
      {
        id: 'contacts',
        type: 'single_choice',
        label: 'Số lần phải liên hệ',
        required: false,
        options: [
          { value: 'once', label: 'Một lần' },
          { value: 'more', label: 'Nhiều hơn một lần' },
        ],
      },
      { id: 'comment', type: 'text', label: 'Góp ý', required: false, maxLength: 500 },
    ],
  },
};

export const surveyResponse: SurveyResponse = {
  surveyId: 'tt01-2018-v1',
  answers: { time: 3, contacts: 'once', comment: 'Nhanh' },
};

export const surveyReceipt: SurveyReceipt = { id: 'sr_01', submittedAt: T0 };

export const session: Session = {
  authenticated: true,
  citizen: {
    name: 'Nguyễn Văn An',
    maskedId: '0010****1234',
    assuranceLevel: 2,
    provider: 'vneid',
  },
  csrfToken: 'csrf-abc',
};

/**
 * Values that must never appear in an error: a body that breaks its schema
 * carries them, and the error must report where, not what.
 */
export const PERSONAL = { id: '001099012345', name: 'Trần Thị Bí Mật' };
