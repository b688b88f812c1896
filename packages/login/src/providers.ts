import type { Lang } from '@dvc-kit/ui-core';

/**
 * An identity provider offered by `<dvc-login>`. Its button keeps the
 * provider's own label and colours whatever the portal's theme.
 */
export interface LoginProvider {
  /** Sent to the backend as `provider=` (BFF mode); e.g. `vneid`. */
  readonly id: string;
  /** Name in the button: "Đăng nhập bằng {name}". One string, or one per language. */
  readonly name: string | { readonly vi: string; readonly en: string };
  /** Button background (the provider's colour). Keep 4.5:1 against `color`. */
  readonly background?: string;
  /** Button text colour. */
  readonly color?: string;
}

/** The built-in providers' official colours: white text, AA (≥ 4.5:1) on each. */
export const BUILT_IN_PROVIDERS: Readonly<Record<'vneid' | 'dvcqg', LoginProvider>> = {
  // VNeID red; 5.9:1 with white.
  vneid: { id: 'vneid', name: 'VNeID', background: '#c8102e', color: '#ffffff' },
  // National public-service portal blue; 8.6:1 with white.
  dvcqg: {
    id: 'dvcqg',
    name: {
      vi: 'tài khoản Cổng Dịch vụ công quốc gia',
      en: 'a National Public Service Portal account',
    },
    background: '#0b4a8f',
    color: '#ffffff',
  },
};

/** Ids offered when the page configures nothing. */
export const DEFAULT_PROVIDERS = ['vneid', 'dvcqg'] as const;

/**
 * Resolves the `providers` setting: ids of built-in providers (from the
 * attribute, `"vneid dvcqg"` or `"vneid,dvcqg"`) or provider objects.
 * Unknown ids become a plain provider named by the id, so a typo is visible
 * rather than a silently missing button.
 */
export function resolveProviders(
  value: string | readonly (string | LoginProvider)[] | null | undefined,
): LoginProvider[] {
  const list =
    typeof value === 'string'
      ? value.split(/[\s,]+/).filter(Boolean)
      : Array.isArray(value)
        ? value
        : [...DEFAULT_PROVIDERS];
  const seen = new Set<string>();
  const out: LoginProvider[] = [];
  for (const item of list.length > 0 ? list : [...DEFAULT_PROVIDERS]) {
    const provider =
      typeof item === 'string'
        ? (BUILT_IN_PROVIDERS[item as keyof typeof BUILT_IN_PROVIDERS] ?? { id: item, name: item })
        : item;
    if (!provider?.id || seen.has(provider.id)) continue;
    seen.add(provider.id);
    out.push(provider);
  }
  return out;
}

/** The provider's name in `lang`. */
export function providerName(provider: LoginProvider, lang: Lang): string {
  return typeof provider.name === 'string' ? provider.name : provider.name[lang];
}

/** `001090001234` → `0010****1234`; anything that is not a 12-digit number → undefined. */
export function maskIdentityNumber(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}\*{4}\d{4}$/.test(value)) return value;
  if (!/^\d{12}$/.test(value)) return undefined;
  return `${value.slice(0, 4)}****${value.slice(-4)}`;
}

/**
 * Requested assurance level from the `acr` attribute: `"2"` or a VNeID
 * `urn:vneid:loa:2` value → 2. Other values pass through unchanged with no
 * level the widget can check.
 */
export function acrLevel(acr: string | undefined): 1 | 2 | undefined {
  if (!acr) return undefined;
  const match = /^(?:urn:vneid:loa:)?([12])$/.exec(acr.trim());
  return match ? (Number(match[1]) as 1 | 2) : undefined;
}

/** The `acr_values` to send for the `acr` attribute (`"2"` → `urn:vneid:loa:2`). */
export function acrValue(acr: string | undefined): string | undefined {
  if (!acr?.trim()) return undefined;
  const trimmed = acr.trim();
  return /^[12]$/.test(trimmed) ? `urn:vneid:loa:${trimmed}` : trimmed;
}
