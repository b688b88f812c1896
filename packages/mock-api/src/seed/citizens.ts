/**
 * The two sandbox citizens. Identity numbers are fictitious but shaped like
 * a CCCD (province code, century/sex digit, birth year, six digits); they
 * are personal data all the same: the API only ever shows them masked and
 * nothing in this package logs them.
 */

/** A VNeID electronic-identification level (1 or 2). */
export type AssuranceLevel = 1 | 2;

/** A sandbox citizen account. */
export interface Citizen {
  /** Stable subject identifier at the identity provider. */
  readonly id: string;
  /** Full name with diacritics. */
  readonly name: string;
  /** 12-digit identity number (CCCD). Never log it; expose only {@link maskIdentityNumber}. */
  readonly identityNumber: string;
  /** Birth date, `YYYY-MM-DD`. */
  readonly birthdate: string;
  /** VNeID account level. */
  readonly level: AssuranceLevel;
}

/** Citizen with a level-2 VNeID account; owns most seeded dossiers. */
export const CITIZEN_AN: Citizen = {
  id: 'cit-an',
  name: 'Nguyễn Văn An',
  identityNumber: '001090001234',
  birthdate: '1990-05-14',
  level: 2,
};

/** Citizen with a level-1 VNeID account. */
export const CITIZEN_BINH: Citizen = {
  id: 'cit-binh',
  name: 'Trần Thị Bình',
  identityNumber: '048185006789',
  birthdate: '1985-11-02',
  level: 1,
};

/** Both sandbox citizens. */
export const CITIZENS: readonly Citizen[] = [CITIZEN_AN, CITIZEN_BINH];

/** `001090001234` → `0010****1234`: first four and last four digits only. */
export function maskIdentityNumber(identityNumber: string): string {
  if (identityNumber.length < 8) return '*'.repeat(identityNumber.length);
  return `${identityNumber.slice(0, 4)}****${identityNumber.slice(-4)}`;
}
