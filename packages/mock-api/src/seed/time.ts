/** Calendar helpers in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). */

const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYMMDD` of the local date of `ms`, as used inside receipt codes. */
export function yymmdd(ms: number): string {
  const d = new Date(ms + OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}`;
}

/** Local 17:00 on the `days`-th working day (Mon–Fri) after `from`; same day when 0. */
export function addWorkingDays(from: number, days: number): number {
  const local = new Date(from + OFFSET_MS);
  let remaining = days;
  while (remaining > 0) {
    local.setUTCDate(local.getUTCDate() + 1);
    const weekday = local.getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  local.setUTCHours(17, 0, 0, 0);
  return local.getTime() - OFFSET_MS;
}

/** `days` calendar days before `ms`, at local `hour`:`minute`. */
export function daysBefore(ms: number, days: number, hour = 8, minute = 0): number {
  const local = new Date(ms + OFFSET_MS - days * DAY_MS);
  local.setUTCHours(hour, minute, 0, 0);
  return local.getTime() - OFFSET_MS;
}
