/**
 * The seeded dossiers: one named scenario per state a widget must show
 * (every dossier state, overdue, every payment state, surveys answered and
 * not, a custom survey), plus a deterministic crowd of ordinary dossiers.
 *
 * Receipt codes are fixed: the date inside a code is taken from the default
 * "now" ({@link DEFAULT_NOW}) so that the README, stories and tests can name
 * them; the timestamps inside the records follow the store's clock.
 */
import type { DossierState, DossierStep, PaymentState, Procedure } from '@dvc-kit/client';
import { DEFAULT_NOW } from '../clock';
import type { DossierRecord, PaymentRecord, SurveyResponseRecord } from '../store/types';
import { DISTRICTS } from './agencies';
import { CITIZEN_AN, CITIZEN_BINH, type Citizen } from './citizens';
import { paymentFailure, type PaymentFailureCode } from './payments';
import type { Prng } from './prng';
import { CUSTOM_SURVEY, STATUTORY_SURVEY } from './surveys';
import { addWorkingDays, daysBefore, yymmdd } from './time';

interface ScenarioSpec {
  /** What the scenario is for (README table). */
  readonly about: string;
  readonly procedure: string;
  readonly owner: Citizen;
  readonly status: DossierState;
  readonly daysAgo: number;
  readonly seq: number;
  readonly payment: PaymentState;
  readonly failure?: PaymentFailureCode;
  readonly survey?: 'open' | 'answered';
  readonly customSurvey?: boolean;
  /** Receive at Hải Châu district instead of the catalogue's agency. */
  readonly haiChau?: boolean;
}

/** Scenario specs by key. Keys are stable API: stories and tests use them. */
const SPECS = {
  received: {
    about: 'just received, free procedure',
    procedure: 'Đăng ký khai sinh',
    owner: CITIZEN_AN,
    status: 'received',
    daysAgo: 0,
    seq: 1,
    payment: 'not_required',
  },
  processing: {
    about: 'being processed, fees paid',
    procedure: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    owner: CITIZEN_AN,
    status: 'processing',
    daysAgo: 3,
    seq: 12,
    payment: 'paid',
  },
  overdue: {
    about: 'processing and past its legal deadline',
    procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    owner: CITIZEN_AN,
    status: 'processing',
    daysAgo: 40,
    seq: 7,
    payment: 'paid',
  },
  supplementRequested: {
    about: 'agency asked for more documents; fees unpaid',
    procedure: 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng',
    owner: CITIZEN_AN,
    status: 'supplement_requested',
    daysAgo: 6,
    seq: 23,
    payment: 'unpaid',
  },
  paymentUnpaid: {
    about: 'awaiting payment, nothing started (owner: Trần Thị Bình)',
    procedure: 'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    owner: CITIZEN_BINH,
    status: 'awaiting_payment',
    daysAgo: 2,
    seq: 31,
    payment: 'unpaid',
  },
  paymentPending: {
    about: 'payment started at the gateway, not settled',
    procedure: 'Đăng ký thành lập hộ kinh doanh',
    owner: CITIZEN_AN,
    status: 'awaiting_payment',
    daysAgo: 1,
    seq: 44,
    payment: 'pending',
  },
  paymentFailedDeclined: {
    about: 'payment failed: BANK_DECLINED',
    procedure: 'Cấp bản sao trích lục hộ tịch',
    owner: CITIZEN_AN,
    status: 'awaiting_payment',
    daysAgo: 1,
    seq: 52,
    payment: 'failed',
    failure: 'BANK_DECLINED',
  },
  paymentFailedFunds: {
    about: 'payment failed: INSUFFICIENT_FUNDS',
    procedure: 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    owner: CITIZEN_AN,
    status: 'awaiting_payment',
    daysAgo: 2,
    seq: 58,
    payment: 'failed',
    failure: 'INSUFFICIENT_FUNDS',
  },
  paymentExpired: {
    about: 'payment window expired',
    procedure: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    owner: CITIZEN_AN,
    status: 'awaiting_payment',
    daysAgo: 9,
    seq: 63,
    payment: 'expired',
  },
  paymentCancelled: {
    about: 'citizen cancelled on the payment page',
    procedure: 'Đăng ký xe máy chuyên dùng lần đầu',
    owner: CITIZEN_AN,
    status: 'awaiting_payment',
    daysAgo: 3,
    seq: 71,
    payment: 'cancelled',
  },
  resultReady: {
    about: 'result ready, paid with e-receipt; statutory survey not answered',
    procedure: 'Cấp lại giấy phép lái xe',
    owner: CITIZEN_AN,
    status: 'result_ready',
    daysAgo: 12,
    seq: 85,
    payment: 'paid',
    survey: 'open',
  },
  surveyAnswered: {
    about: 'result returned; statutory survey already answered',
    procedure: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    owner: CITIZEN_AN,
    status: 'result_returned',
    daysAgo: 8,
    seq: 96,
    payment: 'paid',
    survey: 'answered',
  },
  refunded: {
    about: 'rejected, fees fully refunded; survey open',
    procedure: 'Cấp giấy phép hoạt động dịch vụ việc làm',
    owner: CITIZEN_AN,
    status: 'rejected',
    daysAgo: 15,
    seq: 104,
    payment: 'refunded',
    survey: 'open',
  },
  partiallyRefunded: {
    about: 'result returned, part of the fees refunded; survey open',
    procedure: 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu',
    owner: CITIZEN_AN,
    status: 'result_returned',
    daysAgo: 45,
    seq: 117,
    payment: 'partially_refunded',
    survey: 'open',
  },
  withdrawn: {
    about: 'withdrawn by the citizen, free procedure',
    procedure: 'Đăng ký kết hôn',
    owner: CITIZEN_AN,
    status: 'withdrawn',
    daysAgo: 4,
    seq: 125,
    payment: 'not_required',
  },
  customSurvey: {
    about: "result returned at Hải Châu; the district's custom survey, not answered",
    procedure: 'Đăng ký thành lập hộ kinh doanh',
    owner: CITIZEN_AN,
    status: 'result_returned',
    daysAgo: 10,
    seq: 133,
    payment: 'paid',
    survey: 'open',
    customSurvey: true,
    haiChau: true,
  },
  customSurveyAnswered: {
    about: 'result returned at Hải Châu; custom survey answered; free',
    procedure: 'Chuyển trường đối với học sinh trung học cơ sở',
    owner: CITIZEN_AN,
    status: 'result_returned',
    daysAgo: 7,
    seq: 141,
    payment: 'not_required',
    survey: 'answered',
    customSurvey: true,
    haiChau: true,
  },
  levelOneResultReady: {
    about: 'result ready for the level-1 citizen (Trần Thị Bình); survey open',
    procedure: 'Chứng thực chữ ký trong các giấy tờ, văn bản',
    owner: CITIZEN_BINH,
    status: 'result_ready',
    daysAgo: 1,
    seq: 150,
    payment: 'paid',
    survey: 'open',
  },
} as const satisfies Record<string, ScenarioSpec>;

/** The name of a seeded scenario, e.g. `paymentPending`. */
export type ScenarioKey = keyof typeof SPECS;

/** What a seeded scenario is for, for docs and pickers. */
export const SCENARIO_DESCRIPTIONS: Readonly<Record<ScenarioKey, string>> = Object.fromEntries(
  Object.entries(SPECS).map(([key, spec]) => [key, spec.about]),
) as Record<ScenarioKey, string>;

/** Which steps a dossier went through to reach `status`. */
function path(status: DossierState, paid: boolean): DossierState[] {
  const pay: DossierState[] = paid ? ['awaiting_payment'] : [];
  switch (status) {
    case 'received':
      return ['received'];
    case 'processing':
      return ['received', 'processing'];
    case 'supplement_requested':
      return ['received', 'processing', 'supplement_requested'];
    case 'awaiting_payment':
      return ['received', 'processing', 'awaiting_payment'];
    case 'result_ready':
      return ['received', 'processing', ...pay, 'result_ready'];
    case 'result_returned':
      return ['received', 'processing', ...pay, 'result_ready', 'result_returned'];
    case 'rejected':
      return ['received', 'processing', 'rejected'];
    case 'withdrawn':
      return ['received', 'withdrawn'];
  }
}

const STEP_TEXT: Record<DossierState, { actor: string; note?: string }> = {
  received: { actor: 'Bộ phận tiếp nhận và trả kết quả', note: 'Đã tiếp nhận hồ sơ trực tuyến.' },
  processing: { actor: 'Phòng chuyên môn', note: 'Hồ sơ đang được thẩm định.' },
  supplement_requested: {
    actor: 'Phòng chuyên môn',
    note: 'Đề nghị bổ sung bản sao có chứng thực hợp đồng chuyển nhượng.',
  },
  awaiting_payment: { actor: 'Bộ phận tiếp nhận và trả kết quả', note: 'Đề nghị nộp phí, lệ phí.' },
  result_ready: { actor: 'Bộ phận tiếp nhận và trả kết quả', note: 'Đã có kết quả giải quyết.' },
  result_returned: { actor: 'Bộ phận tiếp nhận và trả kết quả', note: 'Đã trả kết quả.' },
  rejected: {
    actor: 'Phòng chuyên môn',
    note: 'Hồ sơ không đủ điều kiện giải quyết theo quy định.',
  },
  withdrawn: { actor: 'Bộ phận tiếp nhận và trả kết quả', note: 'Công dân rút hồ sơ.' },
};

function history(states: DossierState[], from: number, to: number): DossierStep[] {
  const span = Math.max(to - from, 0);
  return states.map((status, i) => ({
    status,
    at: new Date(
      states.length === 1 ? from : from + Math.round((span * i) / (states.length - 1)),
    ).toISOString(),
    ...STEP_TEXT[status],
  }));
}

const PAID_LIKE: ReadonlySet<PaymentState> = new Set(['paid', 'refunded', 'partially_refunded']);
const FINAL: ReadonlySet<DossierState> = new Set([
  'result_ready',
  'result_returned',
  'rejected',
  'withdrawn',
]);

/** Everything the seed produces. */
export interface SeededDossiers {
  dossiers: DossierRecord[];
  payments: PaymentRecord[];
  responses: SurveyResponseRecord[];
  /** Scenario key → receipt code. */
  scenarios: Record<ScenarioKey, string>;
}

interface BuildArgs {
  readonly key: string;
  readonly spec: ScenarioSpec;
  readonly procedure: Procedure;
  readonly now: number;
  readonly serial: number;
}

function build({ key, spec, procedure, now, serial }: BuildArgs) {
  const agency = spec.haiChau ? (DISTRICTS[0] as (typeof DISTRICTS)[number]) : procedure.agency;
  const code = `${agency.code}-${yymmdd(daysBefore(DEFAULT_NOW, spec.daysAgo))}-${String(spec.seq).padStart(4, '0')}`;
  const receivedAt = Math.min(daysBefore(now, spec.daysAgo, 8, (spec.seq * 7) % 60), now);
  const dueAt = addWorkingDays(receivedAt, procedure.processingDays);
  const final = FINAL.has(spec.status);
  // A dossier handled on time ends before its deadline; an open one was last touched recently.
  const updatedAt = final ? Math.min(dueAt, now) : Math.max(receivedAt, daysBefore(now, 0, 7));
  const steps = history(path(spec.status, PAID_LIKE.has(spec.payment)), receivedAt, updatedAt);
  const dossier: DossierRecord = {
    code,
    procedureCode: procedure.code,
    agency,
    ownerId: spec.owner.id,
    status: spec.status,
    receivedAt,
    dueAt,
    updatedAt,
    history: steps,
    surveyId: spec.customSurvey ? CUSTOM_SURVEY.id : STATUTORY_SURVEY.id,
  };
  const payment = seedPayment(spec, procedure, code, receivedAt, now, serial);
  const response: SurveyResponseRecord | undefined =
    spec.survey === 'answered'
      ? {
          dossierCode: code,
          surveyId: dossier.surveyId,
          answers: spec.customSurvey
            ? { chung: 3, kenh_nop: 'truc_tuyen' }
            : {
                thoi_gian: 'dung_han',
                so_co_quan: '1',
                so_lan_lien_he: '1',
                thai_do: 5,
                thong_tin: 4,
                ket_qua: 5,
              },
          receiptId: `SR-${String(serial).padStart(6, '0')}`,
          submittedAt: Math.min(updatedAt + 60 * 60 * 1000, now),
        }
      : undefined;
  return { key, dossier, payment, response };
}

function seedPayment(
  spec: ScenarioSpec,
  procedure: Procedure,
  code: string,
  receivedAt: number,
  now: number,
  serial: number,
): PaymentRecord {
  const items = spec.payment === 'not_required' ? [] : procedure.fees.map((f) => ({ ...f }));
  const total = items.reduce((sum, i) => sum + i.amount, 0);
  const hour = 60 * 60 * 1000;
  const base: PaymentRecord = {
    dossierCode: code,
    items,
    status: spec.payment,
    updatedAt: Math.min(receivedAt + 2 * hour, now),
  };
  const ref = `DVCQG${String(2411200000 + serial * 37).padStart(12, '0')}`;
  const receipt = {
    number: `BL24-${String(10_000 + serial * 13).padStart(7, '0')}`,
    issuedAt: base.updatedAt,
  };
  switch (spec.payment) {
    case 'unpaid':
      return { ...base, expiresAt: now + 3 * 24 * hour };
    case 'pending':
      return {
        ...base,
        updatedAt: now - 5 * 60 * 1000,
        expiresAt: now + 10 * 60 * 1000,
        transactionRef: ref,
        attempt: { id: `att-seed-${serial}`, startedAt: now - 5 * 60 * 1000, polls: 0 },
      };
    case 'paid':
      return { ...base, transactionRef: ref, receipt };
    case 'failed':
      return {
        ...base,
        transactionRef: ref,
        failure: paymentFailure(spec.failure ?? 'BANK_DECLINED'),
      };
    case 'expired':
      return { ...base, expiresAt: base.updatedAt + 24 * hour };
    case 'cancelled':
      return { ...base, transactionRef: ref };
    case 'refunded':
      return {
        ...base,
        transactionRef: ref,
        receipt,
        refund: {
          amount: total,
          refundedAt: Math.min(receivedAt + 10 * 24 * hour, now),
          reason: 'Hồ sơ bị từ chối, hoàn trả toàn bộ phí, lệ phí.',
        },
      };
    case 'partially_refunded':
      return {
        ...base,
        transactionRef: ref,
        receipt,
        refund: {
          amount: Math.max(1, Math.floor(total / 2 / 1000) * 1000),
          refundedAt: Math.min(receivedAt + 20 * 24 * hour, now),
          reason: 'Hoàn trả phí thẩm định do không phải thẩm định thực địa.',
        },
      };
    case 'not_required':
      return base;
  }
}

/** Ordinary dossiers that fill the store around the named scenarios. */
function crowd(procedures: Procedure[], now: number, prng: Prng, count: number) {
  const states: DossierState[] = ['received', 'processing', 'result_ready', 'result_returned'];
  const out: ReturnType<typeof build>[] = [];
  for (let i = 0; i < count; i += 1) {
    const procedure = prng.pick(procedures);
    const status = prng.pick(states);
    const spec: ScenarioSpec = {
      about: 'crowd',
      procedure: procedure.name,
      owner: prng.chance(0.7) ? CITIZEN_AN : CITIZEN_BINH,
      status,
      daysAgo: prng.int(0, 20),
      seq: 200 + i,
      payment:
        procedure.fees.length === 0 ? 'not_required' : status === 'received' ? 'unpaid' : 'paid',
      survey: status === 'result_ready' || status === 'result_returned' ? 'open' : undefined,
    };
    out.push(build({ key: `crowd${i}`, spec, procedure, now, serial: 1000 + i }));
  }
  return out;
}

/** Builds the seeded dossiers, payments and survey responses relative to `now`. */
export function seedDossiers(procedures: Procedure[], now: number, prng: Prng): SeededDossiers {
  const byName = new Map(procedures.map((p) => [p.name, p]));
  const built = Object.entries(SPECS).map(([key, spec], serial) => {
    const procedure = byName.get(spec.procedure);
    if (!procedure) throw new Error(`seed: no procedure named ${spec.procedure}`);
    return build({ key, spec, procedure, now, serial: serial + 1 });
  });
  const all = [...built, ...crowd(procedures, now, prng, 40)];
  const scenarios = Object.fromEntries(built.map((b) => [b.key, b.dossier.code])) as Record<
    ScenarioKey,
    string
  >;
  return {
    dossiers: all.map((b) => b.dossier),
    payments: all.map((b) => b.payment),
    responses: all.flatMap((b) => (b.response ? [b.response] : [])),
    scenarios,
  };
}
