/** Procedure search: diacritic-insensitive, as citizens often type without marks. */
import type { Procedure, ProcedureLevel } from '@dvc-kit/client';

/** `Đăng ký` → `dang ky`: lower case, no diacritics, đ → d. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'd')
    .toLowerCase();
}

/** Filters of `GET /procedures`. */
export interface ProcedureQuery {
  q?: string;
  agency?: string;
  level?: ProcedureLevel;
  page: number;
  pageSize: number;
}

/** Matches every word of `q` against code, name and field; filters by agency and level. */
export function searchProcedures(
  all: readonly Procedure[],
  query: ProcedureQuery,
): { items: Procedure[]; total: number } {
  const words = query.q ? fold(query.q).split(/\s+/).filter(Boolean) : [];
  const matches = all.filter((p) => {
    if (query.level && p.level !== query.level) return false;
    if (query.agency && p.agency.code !== query.agency) return false;
    if (words.length === 0) return true;
    const hay = fold(`${p.code} ${p.name} ${p.field}`);
    return words.every((w) => hay.includes(w));
  });
  const start = (query.page - 1) * query.pageSize;
  return { items: matches.slice(start, start + query.pageSize), total: matches.length };
}
