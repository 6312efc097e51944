import type { FieldProblem } from '@atrium/errors';
import { COUNTRY_CODES } from './countries';
import { isPhoneNumber, PHONE_LIMITS } from './phone';

/** An agency's postal address; '' means not set. */
export interface AgencyAddress {
  street: string;
  city: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** The agency profile of docs/product.md "Agencies" besides name and branding. */
export interface AgencyProfile {
  contactEmail: string;
  phone: string;
  address: AgencyAddress;
  /** ISO 4217. */
  currency: string;
  /** IANA time zone name. */
  timeZone: string;
}

export type AgencyProfilePatch = Partial<Omit<AgencyProfile, 'address'>> & {
  address?: Partial<AgencyAddress>;
};

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{0,19}$/;
// The currencies and zones of the ICU data Node ships, so what is stored can always be formatted.
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** The zone's canonical name ("europe/berlin" → "Europe/Berlin"), or null when it names no zone. */
export function canonicalTimeZone(value: string): string | null {
  if (!value) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * Applies a change to the profile and pushes a problem per bad field (nested ones as "address.city");
 * says which fields changed, address fields as "address.<field>".
 */
export function applyProfilePatch(
  current: AgencyProfile,
  patch: AgencyProfilePatch,
  problems: FieldProblem[],
): { next: AgencyProfile; changed: string[] } {
  const next: AgencyProfile = { ...current, address: { ...current.address } };
  if (patch.contactEmail !== undefined) {
    next.contactEmail = patch.contactEmail.trim().toLowerCase();
    if (next.contactEmail && (next.contactEmail.length > 254 || !EMAIL.test(next.contactEmail)))
      problems.push({ field: 'contactEmail', message: 'must be an email' });
  }
  if (patch.phone !== undefined) {
    next.phone = patch.phone.trim();
    if (next.phone && !isPhoneNumber(next.phone, PHONE_LIMITS.contact))
      problems.push({ field: 'phone', message: 'must be a phone number of 3 to 32 characters' });
  }
  const address = patch.address ?? {};
  if (address.street !== undefined) {
    next.address.street = address.street.trim();
    if (next.address.street.length > 200)
      problems.push({ field: 'address.street', message: 'must be at most 200 characters' });
  }
  if (address.city !== undefined) {
    next.address.city = address.city.trim();
    if (next.address.city.length > 100)
      problems.push({ field: 'address.city', message: 'must be at most 100 characters' });
  }
  if (address.postalCode !== undefined) {
    next.address.postalCode = address.postalCode.trim();
    if (next.address.postalCode && !POSTAL_CODE.test(next.address.postalCode))
      problems.push({
        field: 'address.postalCode',
        message: 'must be at most 20 letters, digits, spaces and hyphens',
      });
  }
  if (address.country !== undefined) {
    next.address.country = address.country.trim().toUpperCase();
    if (next.address.country && !COUNTRY_CODES.has(next.address.country))
      problems.push({ field: 'address.country', message: 'must be an ISO 3166-1 alpha-2 country code' });
  }
  if (patch.currency !== undefined) {
    next.currency = patch.currency.trim().toUpperCase();
    if (!CURRENCIES.has(next.currency))
      problems.push({ field: 'currency', message: 'must be an ISO 4217 currency code' });
  }
  if (patch.timeZone !== undefined) {
    const zone = canonicalTimeZone(patch.timeZone.trim());
    if (zone) next.timeZone = zone;
    else problems.push({ field: 'timeZone', message: 'must be an IANA time zone, e.g. Europe/Berlin' });
  }
  const changed: string[] = [];
  for (const key of ['contactEmail', 'phone', 'currency', 'timeZone'] as const)
    if (next[key] !== current[key]) changed.push(key);
  for (const key of ['street', 'city', 'postalCode', 'country'] as const)
    if (next.address[key] !== current.address[key]) changed.push(`address.${key}`);
  return { next, changed };
}
