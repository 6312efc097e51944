import { DomainError, type FieldProblem } from '@atrium/errors';
import { ACCOUNT_TYPES, BILLING_MODES, CLIENT_STATUSES } from '@atrium/proto';
import { COUNTRY_CODES } from './countries';
import { isUuid } from './ids';
import { TENANCY_ERRORS } from './errors';
import { isPhoneNumber, PHONE_LIMITS } from './phone';

// The closed sets come from the protos' enums (tools/gen-closed-sets.js).
export { ACCOUNT_TYPES, BILLING_MODES, CLIENT_STATUSES };
export const REGIONS = ['US', 'EU', 'AU_CA_NZ', 'OTHER'] as const;

export type AccountType = (typeof ACCOUNT_TYPES)[number];
export type Region = (typeof REGIONS)[number];
export type BillingMode = (typeof BILLING_MODES)[number];

export interface CompanyProfile {
  legalName: string;
  street: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface ContactPerson {
  name: string;
  email: string;
  phone: string;
}

export interface ClientSettings {
  adsEnabled: boolean;
  clientMayRebrand: boolean;
  directSupport: boolean;
  /** null: no limit. */
  emailSendLimitPerMonth: number | null;
  engagementSuppression: boolean;
}

/** Everything about a client account that people edit (docs/product.md "Client accounts"). */
export interface ClientFields {
  name: string;
  description: string;
  website: string;
  tags: string[];
  customProperties: Record<string, string>;
  accountType: AccountType;
  region: Region;
  isMaster: boolean;
  ownerId: string;
  accountManagerId: string | null;
  companyProfile: CompanyProfile;
  profileContact: ContactPerson;
  billingContact: ContactPerson;
  billingMode: BillingMode;
  /** YYYY-MM-DD */
  renewalDate: string | null;
  settings: ClientSettings;
}

export interface CustomPropertyInput {
  key: string;
  value: string;
}

/** A change to a client: what is undefined stays as it is; nested objects change field by field. */
export interface ClientPatch {
  name?: string;
  description?: string;
  website?: string;
  tags?: string[];
  customProperties?: CustomPropertyInput[];
  accountType?: string;
  region?: string;
  isMaster?: boolean;
  ownerId?: string;
  /** '' removes the account manager. */
  accountManagerId?: string;
  companyProfile?: Partial<CompanyProfile>;
  profileContact?: Partial<ContactPerson>;
  billingContact?: Partial<ContactPerson>;
  billingMode?: string;
  /** '' removes the date. */
  renewalDate?: string;
  /** emailSendLimitPerMonth 0 removes the limit. */
  settings?: Partial<ClientSettings> & { emailSendLimitPerMonth?: number | null };
}

export const LIMITS = {
  tags: 20,
  tagLength: 40,
  description: 2000,
  website: 2048,
  customPropertyValue: 1000,
  emailSendLimitPerMonth: 100_000_000,
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{0,19}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The fields of a new client: the defaults with `input` applied over them, so creation and update
 * share every rule. The owner defaults to the caller; direct support defaults on for agency-managed
 * billing and off for clients paying by card.
 */
export function newClientFields(input: ClientPatch & { name: string }, actorUserId: string): ClientFields {
  const billingMode: BillingMode = input.billingMode === 'client_card' ? 'client_card' : 'agency_managed';
  const defaults: ClientFields = {
    name: '',
    description: '',
    website: '',
    tags: [],
    customProperties: {},
    accountType: 'full',
    region: 'OTHER',
    isMaster: false,
    ownerId: actorUserId,
    accountManagerId: null,
    companyProfile: { legalName: '', street: '', city: '', postalCode: '', country: '' },
    profileContact: { name: '', email: '', phone: '' },
    billingContact: { name: '', email: '', phone: '' },
    billingMode,
    renewalDate: null,
    settings: {
      adsEnabled: true,
      clientMayRebrand: true,
      directSupport: billingMode === 'agency_managed',
      emailSendLimitPerMonth: null,
      engagementSuppression: true,
    },
  };
  return applyClientPatch(defaults, input).next;
}

/**
 * Applies a change, checking every field it sets; all bad fields are named at once. Returns the new
 * fields and the names of those whose value changed ("name", "companyProfile.city", …).
 */
export function applyClientPatch(
  current: ClientFields,
  patch: ClientPatch,
): { next: ClientFields; changed: string[] } {
  const problems: FieldProblem[] = [];
  const bad = (field: string, message: string) => problems.push({ field, message });
  const next: ClientFields = structuredClone(current);

  if (patch.name !== undefined) {
    const name = patch.name.trim();
    if (name.length < 2 || name.length > 120) bad('name', 'must be 2 to 120 characters');
    next.name = name;
  }
  if (patch.description !== undefined) {
    next.description = patch.description.trim();
    if (next.description.length > LIMITS.description)
      bad('description', `must be at most ${LIMITS.description} characters`);
  }
  if (patch.website !== undefined) {
    next.website = patch.website.trim();
    if (next.website && (next.website.length > LIMITS.website || !isHttpUrl(next.website)))
      bad('website', 'must be an http(s) URL');
  }
  if (patch.tags !== undefined) next.tags = normaliseTags(patch.tags, bad);
  if (patch.customProperties !== undefined)
    next.customProperties = normaliseProperties(patch.customProperties, bad);
  if (patch.accountType !== undefined) {
    if (isOneOf(ACCOUNT_TYPES, patch.accountType)) next.accountType = patch.accountType;
    else bad('accountType', `must be one of ${ACCOUNT_TYPES.join(', ')}`);
  }
  if (patch.region !== undefined) {
    if (isOneOf(REGIONS, patch.region)) next.region = patch.region;
    else bad('region', `must be one of ${REGIONS.join(', ')}`);
  }
  if (patch.isMaster !== undefined) next.isMaster = patch.isMaster;
  if (patch.ownerId !== undefined) {
    if (isUuid(patch.ownerId)) next.ownerId = patch.ownerId.toLowerCase();
    else bad('ownerId', 'must be a user id');
  }
  if (patch.accountManagerId !== undefined) {
    if (patch.accountManagerId === '') next.accountManagerId = null;
    else if (isUuid(patch.accountManagerId)) next.accountManagerId = patch.accountManagerId.toLowerCase();
    else bad('accountManagerId', 'must be a user id');
  }
  if (patch.companyProfile)
    next.companyProfile = companyProfileOf(next.companyProfile, patch.companyProfile, bad);
  if (patch.profileContact)
    next.profileContact = contactOf('profileContact', next.profileContact, patch.profileContact, bad);
  if (patch.billingContact)
    next.billingContact = contactOf('billingContact', next.billingContact, patch.billingContact, bad);
  if (patch.billingMode !== undefined) {
    if (isOneOf(BILLING_MODES, patch.billingMode)) next.billingMode = patch.billingMode;
    else bad('billingMode', `must be one of ${BILLING_MODES.join(', ')}`);
  }
  if (patch.renewalDate !== undefined) {
    if (patch.renewalDate === '') next.renewalDate = null;
    else if (isCalendarDate(patch.renewalDate)) next.renewalDate = patch.renewalDate;
    else bad('renewalDate', 'must be a date as YYYY-MM-DD');
  }
  if (patch.settings) next.settings = settingsOf(next.settings, patch.settings, bad);

  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The client has invalid fields.', { fields: problems });
  if (next.billingMode === 'client_card' && next.settings.emailSendLimitPerMonth !== null) {
    // Clients paying by card pay for their overages themselves (seeds: Lead Gen & CRM).
    throw new DomainError(
      TENANCY_ERRORS.limits_not_allowed,
      'A client paying by its own card cannot have an email limit.',
      {
        fields: [
          { field: 'settings.emailSendLimitPerMonth', message: 'cannot be set for client_card billing' },
        ],
      },
    );
  }
  return { next, changed: changedFields(current, next) };
}

/** True when every company profile field is set, as anti-spam law requires before sending email. */
export function isCompanyProfileComplete(profile: CompanyProfile): boolean {
  return Object.values(profile).every((value) => value !== '');
}

/**
 * A renewal is due soon when the renewal date is within 60 days. The date recurs yearly, so a date
 * already past counts from its next anniversary.
 */
export function isRenewalDueSoon(renewalDate: string | null, now: Date): boolean {
  const match = renewalDate ? DATE.exec(renewalDate) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let next = Date.UTC(year, month - 1, day);
  if (next < today) {
    next = anniversary(now.getUTCFullYear(), month, day);
    if (next < today) next = anniversary(now.getUTCFullYear() + 1, month, day);
  }
  return next - today <= 60 * DAY_MS;
}

/** 29 February falls on 28 February in common years. */
function anniversary(year: number, month: number, day: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Date.UTC(year, month - 1, Math.min(day, lastDay));
}

type Report = (field: string, message: string) => void;

function normaliseTags(tags: string[], bad: Report): string[] {
  const unique = [
    ...new Set(tags.map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase()).filter((tag) => tag)),
  ];
  if (unique.length > LIMITS.tags) bad('tags', `at most ${LIMITS.tags} tags`);
  if (unique.some((tag) => tag.length > LIMITS.tagLength))
    bad('tags', `each tag at most ${LIMITS.tagLength} characters`);
  return unique;
}

/** The tag a filter compares with stored tags. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Keys are checked against the agency's definitions by the use case; empty values set nothing. */
function normaliseProperties(properties: CustomPropertyInput[], bad: Report): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { key, value } of properties) {
    const field = `customProperties.${key}`;
    if (Object.hasOwn(result, key)) bad(field, 'is given twice');
    const trimmed = value.trim();
    if (trimmed.length > LIMITS.customPropertyValue)
      bad(field, `must be at most ${LIMITS.customPropertyValue} characters`);
    if (trimmed) result[key] = trimmed;
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}

function companyProfileOf(
  current: CompanyProfile,
  patch: Partial<CompanyProfile>,
  bad: Report,
): CompanyProfile {
  const next = { ...current };
  const text = (key: 'legalName' | 'street' | 'city', max: number) => {
    const value = patch[key];
    if (value === undefined) return;
    next[key] = value.trim();
    if (next[key].length > max) bad(`companyProfile.${key}`, `must be at most ${max} characters`);
  };
  text('legalName', 200);
  text('street', 200);
  text('city', 100);
  if (patch.postalCode !== undefined) {
    next.postalCode = patch.postalCode.trim();
    if (next.postalCode && !POSTAL_CODE.test(next.postalCode))
      bad('companyProfile.postalCode', 'must be at most 20 letters, digits, spaces and hyphens');
  }
  if (patch.country !== undefined) {
    next.country = patch.country.trim().toUpperCase();
    if (next.country && !COUNTRY_CODES.has(next.country))
      bad('companyProfile.country', 'must be an ISO 3166-1 alpha-2 country code');
  }
  return next;
}

function contactOf(
  prefix: string,
  current: ContactPerson,
  patch: Partial<ContactPerson>,
  bad: Report,
): ContactPerson {
  const next = { ...current };
  if (patch.name !== undefined) {
    next.name = patch.name.trim();
    if (next.name.length > 120) bad(`${prefix}.name`, 'must be at most 120 characters');
  }
  if (patch.email !== undefined) {
    next.email = patch.email.trim().toLowerCase();
    if (next.email && (next.email.length > 254 || !EMAIL.test(next.email)))
      bad(`${prefix}.email`, 'must be an email');
  }
  if (patch.phone !== undefined) {
    next.phone = patch.phone.trim();
    if (next.phone && !isPhoneNumber(next.phone, PHONE_LIMITS.contact))
      bad(`${prefix}.phone`, 'must be a phone number');
  }
  return next;
}

function settingsOf(
  current: ClientSettings,
  patch: ClientPatch['settings'] & object,
  bad: Report,
): ClientSettings {
  const next = { ...current };
  for (const key of ['adsEnabled', 'clientMayRebrand', 'directSupport', 'engagementSuppression'] as const) {
    if (patch[key] !== undefined) next[key] = patch[key];
  }
  const limit = patch.emailSendLimitPerMonth;
  if (limit !== undefined) {
    if (limit === null || limit === 0) next.emailSendLimitPerMonth = null;
    else if (Number.isInteger(limit) && limit > 0 && limit <= LIMITS.emailSendLimitPerMonth)
      next.emailSendLimitPerMonth = limit;
    else bad('settings.emailSendLimitPerMonth', `must be 0 (no limit) to ${LIMITS.emailSendLimitPerMonth}`);
  }
  return next;
}

/** Top-level fields by name; nested objects by "parent.child". */
function changedFields(before: ClientFields, after: ClientFields): string[] {
  const changed: string[] = [];
  for (const key of Object.keys(after) as (keyof ClientFields)[]) {
    const [was, is] = [before[key], after[key]];
    const nested =
      key === 'companyProfile' || key === 'profileContact' || key === 'billingContact' || key === 'settings';
    if (nested) {
      for (const child of Object.keys(is as object)) {
        const a = (was as unknown as Record<string, unknown>)[child];
        const b = (is as unknown as Record<string, unknown>)[child];
        if (a !== b) changed.push(`${key}.${child}`);
      }
    } else if (JSON.stringify(was) !== JSON.stringify(is)) {
      changed.push(key);
    }
  }
  return changed;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 2999 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
