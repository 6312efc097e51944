/** How an agency's emails look. Every field is safe to use as it is: renderers still escape them. */
export interface Branding {
  /** False for Atrium's own look, used when the agency is unknown. */
  agencyKnown: boolean;
  displayName: string;
  /** http(s) URL of the logo, or empty to show the display name instead. */
  logoUrl: string;
  /** `#rrggbb` */
  primaryColor: string;
  /** Where recipients may write with questions, or empty. */
  supportEmail: string;
  /** Builds the client login URL; empty when the agency has none. */
  loginSlug: string;
}

export const ATRIUM_BRANDING: Branding = {
  agencyKnown: false,
  displayName: 'Atrium',
  logoUrl: '',
  primaryColor: '#4f46e5',
  supportEmail: '',
  loginSlug: '',
};

/** What the branding projection holds for an agency; empty strings mean "not set". */
export interface BrandingRecord {
  name: string;
  displayName: string;
  logoUrl: string;
  primaryColor: string;
  supportEmail: string;
  loginSlug: string;
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The branding an email uses: the agency's values where they are set and well-formed, Atrium's
 * otherwise. A value that fails its check is dropped rather than escaped into place, so a colour can
 * never break out of a style attribute and a logo is never a javascript: URL.
 */
export function brandingOf(record: BrandingRecord | null): Branding {
  if (!record) return ATRIUM_BRANDING;
  return {
    agencyKnown: true,
    displayName: record.displayName.trim() || record.name.trim() || ATRIUM_BRANDING.displayName,
    logoUrl: isHttpUrl(record.logoUrl) ? record.logoUrl : '',
    primaryColor: HEX_COLOR.test(record.primaryColor)
      ? expandHex(record.primaryColor)
      : ATRIUM_BRANDING.primaryColor,
    supportEmail: EMAIL.test(record.supportEmail) ? record.supportEmail : '',
    loginSlug: SLUG.test(record.loginSlug) ? record.loginSlug : '',
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function expandHex(color: string): string {
  const hex = color.slice(1).toLowerCase();
  return hex.length === 3 ? `#${[...hex].map((digit) => digit + digit).join('')}` : `#${hex}`;
}

/** Dark text on light brand colours, white on dark ones (WCAG relative luminance). */
export function textColorOn(background: string): string {
  const channels = [1, 3, 5].map((start) => {
    const value = parseInt(background.slice(start, start + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
  return luminance > 0.45 ? '#111827' : '#ffffff';
}
