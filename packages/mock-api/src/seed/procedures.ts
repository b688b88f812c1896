/**
 * The procedure catalogue of the seed: real procedure names of the national
 * catalogue, grouped by field, with plausible fees and processing times.
 * Codes are generated (deterministically) except the first, `1.004227`,
 * which the docs use as their example.
 */
import type { FeeItem, OnlineMode, Procedure, ProcedureLevel } from '@dvc-kit/client';
import { DEPARTMENTS, DISTRICTS, WARDS } from './agencies';
import type { Prng } from './prng';

type Row = readonly [
  field: string,
  name: string,
  level: ProcedureLevel,
  mode: OnlineMode,
  days: number,
  fees: readonly (readonly [name: string, amount: number])[],
];

const ROWS: readonly Row[] = [
  ['Hộ tịch', 'Đăng ký khai sinh', 'xa', 'toan_trinh', 0, []],
  ['Hộ tịch', 'Đăng ký kết hôn', 'xa', 'mot_phan', 0, []],
  ['Hộ tịch', 'Đăng ký khai tử', 'xa', 'toan_trinh', 0, []],
  [
    'Hộ tịch',
    'Cấp bản sao trích lục hộ tịch',
    'xa',
    'toan_trinh',
    0,
    [['Lệ phí cấp bản sao trích lục', 8_000]],
  ],
  [
    'Hộ tịch',
    'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    'xa',
    'toan_trinh',
    3,
    [['Lệ phí đăng ký hộ tịch', 15_000]],
  ],
  [
    'Hộ tịch',
    'Cấp Giấy xác nhận tình trạng hôn nhân',
    'xa',
    'toan_trinh',
    3,
    [['Lệ phí đăng ký hộ tịch', 15_000]],
  ],
  [
    'Hộ tịch',
    'Đăng ký nhận cha, mẹ, con',
    'xa',
    'mot_phan',
    3,
    [['Lệ phí đăng ký hộ tịch', 15_000]],
  ],
  ['Hộ tịch', 'Đăng ký giám hộ', 'xa', 'mot_phan', 3, []],
  [
    'Hộ tịch',
    'Đăng ký khai sinh có yếu tố nước ngoài',
    'huyen',
    'mot_phan',
    15,
    [['Lệ phí đăng ký hộ tịch có yếu tố nước ngoài', 75_000]],
  ],
  [
    'Hộ tịch',
    'Đăng ký kết hôn có yếu tố nước ngoài',
    'huyen',
    'mot_phan',
    15,
    [['Lệ phí đăng ký kết hôn có yếu tố nước ngoài', 1_500_000]],
  ],
  [
    'Chứng thực',
    'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    'xa',
    'mot_phan',
    0,
    [['Phí chứng thực bản sao (mỗi trang)', 2_000]],
  ],
  [
    'Chứng thực',
    'Chứng thực chữ ký trong các giấy tờ, văn bản',
    'xa',
    'mot_phan',
    0,
    [['Phí chứng thực chữ ký', 10_000]],
  ],
  [
    'Chứng thực',
    'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
    'xa',
    'mot_phan',
    2,
    [['Phí chứng thực hợp đồng', 50_000]],
  ],
  [
    'Tư pháp',
    'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    'tinh',
    'toan_trinh',
    10,
    [['Phí cung cấp thông tin lý lịch tư pháp', 200_000]],
  ],
  [
    'Tư pháp',
    'Đăng ký hoạt động của tổ chức hành nghề luật sư',
    'tinh',
    'mot_phan',
    10,
    [['Lệ phí đăng ký hoạt động', 100_000]],
  ],
  ['Tư pháp', 'Bổ nhiệm công chứng viên', 'tinh', 'mot_phan', 20, []],
  [
    'Đất đai',
    'Đăng ký đất đai, tài sản gắn liền với đất lần đầu',
    'huyen',
    'mot_phan',
    30,
    [
      ['Lệ phí cấp Giấy chứng nhận', 100_000],
      ['Phí thẩm định hồ sơ', 500_000],
    ],
  ],
  [
    'Đất đai',
    'Đăng ký biến động quyền sử dụng đất do chuyển nhượng',
    'huyen',
    'mot_phan',
    10,
    [
      ['Lệ phí cấp Giấy chứng nhận', 50_000],
      ['Phí thẩm định hồ sơ', 500_000],
    ],
  ],
  [
    'Đất đai',
    'Cấp đổi Giấy chứng nhận quyền sử dụng đất',
    'huyen',
    'mot_phan',
    7,
    [['Lệ phí cấp đổi Giấy chứng nhận', 50_000]],
  ],
  [
    'Đất đai',
    'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
    'huyen',
    'toan_trinh',
    1,
    [['Phí đăng ký giao dịch bảo đảm', 80_000]],
  ],
  [
    'Đất đai',
    'Xóa đăng ký thế chấp quyền sử dụng đất',
    'huyen',
    'toan_trinh',
    1,
    [['Phí xóa đăng ký giao dịch bảo đảm', 20_000]],
  ],
  [
    'Đất đai',
    'Chuyển mục đích sử dụng đất',
    'huyen',
    'mot_phan',
    15,
    [['Phí thẩm định hồ sơ', 1_000_000]],
  ],
  [
    'Đất đai',
    'Cung cấp thông tin, dữ liệu đất đai',
    'tinh',
    'toan_trinh',
    3,
    [['Phí khai thác, sử dụng tài liệu đất đai', 200_000]],
  ],
  [
    'Xây dựng',
    'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    'huyen',
    'mot_phan',
    15,
    [['Lệ phí cấp giấy phép xây dựng', 75_000]],
  ],
  [
    'Xây dựng',
    'Cấp giấy phép sửa chữa, cải tạo công trình',
    'tinh',
    'mot_phan',
    20,
    [['Lệ phí cấp giấy phép xây dựng', 150_000]],
  ],
  [
    'Xây dựng',
    'Cấp chứng chỉ hành nghề hoạt động xây dựng',
    'tinh',
    'toan_trinh',
    20,
    [['Lệ phí cấp chứng chỉ hành nghề', 300_000]],
  ],
  [
    'Xây dựng',
    'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng',
    'tinh',
    'mot_phan',
    30,
    [['Phí thẩm định dự án', 5_000_000]],
  ],
  [
    'Xây dựng',
    'Cấp giấy phép di dời công trình',
    'tinh',
    'mot_phan',
    20,
    [['Lệ phí cấp giấy phép', 150_000]],
  ],
  [
    'Giao thông vận tải',
    'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    'tinh',
    'toan_trinh',
    5,
    [['Lệ phí cấp giấy phép lái xe', 135_000]],
  ],
  [
    'Giao thông vận tải',
    'Cấp lại giấy phép lái xe',
    'tinh',
    'mot_phan',
    10,
    [['Lệ phí cấp giấy phép lái xe', 135_000]],
  ],
  ['Giao thông vận tải', 'Cấp phù hiệu xe ô tô kinh doanh vận tải', 'tinh', 'toan_trinh', 2, []],
  [
    'Giao thông vận tải',
    'Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn',
    'tinh',
    'toan_trinh',
    2,
    [],
  ],
  [
    'Giao thông vận tải',
    'Đăng ký xe máy chuyên dùng lần đầu',
    'tinh',
    'mot_phan',
    3,
    [['Lệ phí đăng ký, cấp biển số', 200_000]],
  ],
  [
    'Lao động',
    'Cấp giấy phép lao động cho người lao động nước ngoài',
    'tinh',
    'toan_trinh',
    5,
    [['Lệ phí cấp giấy phép lao động', 600_000]],
  ],
  ['Lao động', 'Giải quyết hưởng trợ cấp thất nghiệp', 'tinh', 'mot_phan', 20, []],
  ['Lao động', 'Đăng ký nội quy lao động của doanh nghiệp', 'tinh', 'mot_phan', 7, []],
  [
    'Lao động',
    'Cấp giấy phép hoạt động dịch vụ việc làm',
    'tinh',
    'mot_phan',
    7,
    [['Lệ phí cấp giấy phép', 1_000_000]],
  ],
  [
    'Bảo trợ xã hội',
    'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng',
    'xa',
    'mot_phan',
    20,
    [],
  ],
  ['Bảo trợ xã hội', 'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở', 'xa', 'mot_phan', 10, []],
  ['Người có công', 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ', 'huyen', 'mot_phan', 20, []],
  [
    'Giáo dục và Đào tạo',
    'Chuyển trường đối với học sinh trung học cơ sở',
    'huyen',
    'toan_trinh',
    3,
    [],
  ],
  [
    'Giáo dục và Đào tạo',
    'Chuyển trường đối với học sinh trung học phổ thông',
    'tinh',
    'toan_trinh',
    3,
    [],
  ],
  [
    'Giáo dục và Đào tạo',
    'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    'tinh',
    'toan_trinh',
    1,
    [['Phí cấp bản sao', 10_000]],
  ],
  [
    'Giáo dục và Đào tạo',
    'Công nhận văn bằng tốt nghiệp do cơ sở giáo dục nước ngoài cấp',
    'tinh',
    'mot_phan',
    20,
    [],
  ],
  [
    'Giáo dục và Đào tạo',
    'Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục',
    'tinh',
    'mot_phan',
    20,
    [],
  ],
  [
    'Y tế',
    'Cấp giấy phép hành nghề khám bệnh, chữa bệnh',
    'tinh',
    'toan_trinh',
    20,
    [['Phí thẩm định cấp giấy phép hành nghề', 360_000]],
  ],
  [
    'Y tế',
    'Cấp giấy phép hoạt động đối với phòng khám đa khoa',
    'tinh',
    'mot_phan',
    30,
    [['Phí thẩm định cấp giấy phép hoạt động', 5_700_000]],
  ],
  [
    'Y tế',
    'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    'tinh',
    'mot_phan',
    15,
    [['Phí thẩm định cơ sở', 1_000_000]],
  ],
  ['Y tế', 'Cấp chứng chỉ hành nghề dược', 'tinh', 'toan_trinh', 20, [['Phí thẩm định', 500_000]]],
  [
    'Y tế',
    'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược',
    'tinh',
    'mot_phan',
    30,
    [['Phí thẩm định điều kiện kinh doanh', 4_000_000]],
  ],
  [
    'Đăng ký kinh doanh',
    'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    'tinh',
    'toan_trinh',
    3,
    [
      ['Lệ phí đăng ký doanh nghiệp', 50_000],
      ['Phí công bố nội dung đăng ký doanh nghiệp', 100_000],
    ],
  ],
  [
    'Đăng ký kinh doanh',
    'Đăng ký thành lập hộ kinh doanh',
    'huyen',
    'toan_trinh',
    3,
    [['Lệ phí đăng ký hộ kinh doanh', 100_000]],
  ],
  [
    'Đăng ký kinh doanh',
    'Đăng ký thay đổi nội dung đăng ký doanh nghiệp',
    'tinh',
    'toan_trinh',
    3,
    [
      ['Lệ phí đăng ký doanh nghiệp', 50_000],
      ['Phí công bố nội dung đăng ký doanh nghiệp', 100_000],
    ],
  ],
  ['Đăng ký kinh doanh', 'Thông báo tạm ngừng kinh doanh', 'tinh', 'toan_trinh', 3, []],
  ['Đăng ký kinh doanh', 'Giải thể doanh nghiệp', 'tinh', 'toan_trinh', 5, []],
  [
    'Đăng ký kinh doanh',
    'Đăng ký thành lập hợp tác xã',
    'huyen',
    'mot_phan',
    3,
    [['Lệ phí đăng ký hợp tác xã', 100_000]],
  ],
  [
    'Công thương',
    'Cấp Giấy phép bán lẻ sản phẩm rượu',
    'huyen',
    'mot_phan',
    10,
    [['Phí thẩm định điều kiện kinh doanh', 1_200_000]],
  ],
  [
    'Công thương',
    'Cấp Giấy phép bán lẻ sản phẩm thuốc lá',
    'tinh',
    'mot_phan',
    15,
    [['Phí thẩm định điều kiện kinh doanh', 1_200_000]],
  ],
  [
    'Văn hóa',
    'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    'huyen',
    'mot_phan',
    5,
    [['Phí thẩm định cấp giấy phép', 4_000_000]],
  ],
  ['Văn hóa', 'Thông báo tổ chức lễ hội', 'huyen', 'mot_phan', 15, []],
  [
    'Tài nguyên nước',
    'Cấp giấy phép khai thác, sử dụng nước mặt',
    'tinh',
    'mot_phan',
    30,
    [['Phí thẩm định đề án khai thác', 1_800_000]],
  ],
  ['Môi trường', 'Đăng ký môi trường', 'huyen', 'toan_trinh', 10, []],
];

/** Fields whose province-level procedures go to the Department of Justice. */
const JUSTICE_FIELDS = new Set(['Hộ tịch', 'Chứng thực', 'Tư pháp']);

/** The catalogue names one representative agency; by index so it never shifts. */
function agencyFor(field: string, level: ProcedureLevel, index: number) {
  if (level === 'xa') return WARDS[index % WARDS.length] as (typeof WARDS)[number];
  if (level === 'huyen') return DISTRICTS[index % DISTRICTS.length] as (typeof DISTRICTS)[number];
  const key = JUSTICE_FIELDS.has(field) ? 'Tư pháp' : field;
  return DEPARTMENTS[key] ?? { code: '000.00.01.H48', name: 'UBND thành phố Đà Nẵng' };
}

/** A short code for a fee, stable across runs: field initials + index. */
function feeCode(field: string, index: number, feeIndex: number): string {
  const initials = field
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/giu, 'D')
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  return `${initials}-${String(index + 1).padStart(3, '0')}-${feeIndex + 1}`;
}

/** The first code is the docs' example; the others are drawn without repeats. */
function procedureCodes(count: number, prng: Prng): string[] {
  const codes = ['1.004227'];
  const used = new Set(codes);
  while (codes.length < count) {
    const code = `${prng.pick(['1', '1', '2'])}.0${String(prng.int(1_000, 13_999)).padStart(5, '0')}`;
    if (!used.has(code)) {
      used.add(code);
      codes.push(code);
    }
  }
  return codes;
}

/** Number of real procedures in the seed catalogue. */
export const CATALOGUE_SIZE = ROWS.length;

/**
 * Builds the catalogue from `prng`: the real procedures, then, when `size` is
 * larger (load tests), clearly labelled copies of them with their own codes.
 */
export function seedProcedures(prng: Prng, size: number = ROWS.length): Procedure[] {
  const total = Math.max(size, ROWS.length);
  const codes = procedureCodes(total, prng);
  return codes.map((code, index) => {
    const row = ROWS[index % ROWS.length] as Row;
    const copy = index >= ROWS.length ? ` (bản thử tải ${Math.floor(index / ROWS.length)})` : '';
    const [field, baseName, level, onlineMode, processingDays, fees] = row;
    const name = `${baseName}${copy}`;
    const items: FeeItem[] = fees.map(([feeName, amount], feeIndex) => ({
      code: feeCode(field, index, feeIndex),
      name: feeName,
      amount,
    }));
    return {
      code,
      name,
      field,
      level,
      onlineMode,
      agency: agencyFor(field, level, index),
      processingDays,
      fees: items,
      description: `${name} (${field}). Thời hạn giải quyết: ${
        processingDays === 0 ? 'trong ngày' : `${processingDays} ngày làm việc`
      }.`,
      url: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`,
    };
  });
}
