/**
 * Agencies of the seed, modelled on Đà Nẵng (province code H48). Codes follow
 * the shape of the national agency catalogue and prefix the receipt codes
 * of the dossiers the agency receives.
 */
import type { Agency } from '@dvc-kit/client';

/** Province-level departments (sở), by field. */
export const DEPARTMENTS: Readonly<Record<string, Agency>> = {
  'Tư pháp': { code: '000.00.12.H48', name: 'Sở Tư pháp thành phố Đà Nẵng' },
  'Đất đai': { code: '000.00.15.H48', name: 'Sở Tài nguyên và Môi trường thành phố Đà Nẵng' },
  'Tài nguyên nước': {
    code: '000.00.15.H48',
    name: 'Sở Tài nguyên và Môi trường thành phố Đà Nẵng',
  },
  'Xây dựng': { code: '000.00.16.H48', name: 'Sở Xây dựng thành phố Đà Nẵng' },
  'Giao thông vận tải': { code: '000.00.17.H48', name: 'Sở Giao thông vận tải thành phố Đà Nẵng' },
  'Lao động': {
    code: '000.00.18.H48',
    name: 'Sở Lao động - Thương binh và Xã hội thành phố Đà Nẵng',
  },
  'Giáo dục và Đào tạo': {
    code: '000.00.19.H48',
    name: 'Sở Giáo dục và Đào tạo thành phố Đà Nẵng',
  },
  'Y tế': { code: '000.00.20.H48', name: 'Sở Y tế thành phố Đà Nẵng' },
  'Đăng ký kinh doanh': { code: '000.00.21.H48', name: 'Sở Kế hoạch và Đầu tư thành phố Đà Nẵng' },
  'Công thương': { code: '000.00.22.H48', name: 'Sở Công Thương thành phố Đà Nẵng' },
};

/** District people's committees (UBND quận). */
export const DISTRICTS: readonly Agency[] = [
  { code: '000.20.30.H48', name: 'UBND quận Hải Châu' },
  { code: '000.21.30.H48', name: 'UBND quận Sơn Trà' },
  { code: '000.22.30.H48', name: 'UBND quận Liên Chiểu' },
];

/** Ward people's committees (UBND phường). */
export const WARDS: readonly Agency[] = [
  { code: '000.31.30.H48', name: 'UBND phường Thạch Thang' },
  { code: '000.32.30.H48', name: 'UBND phường Hòa Cường Bắc' },
  { code: '000.33.30.H48', name: 'UBND phường An Hải Bắc' },
];
