import { PHONE_PATTERN } from '@atrium/proto';

/** How long a phone number of each tenancy field may be; the shape is the contract's, for all of them. */
export const PHONE_LIMITS = {
  /** Agency profile and client contact people: at least 3 digits. */
  contact: { minLength: 3, maxLength: 32, minDigits: 3 },
  clientUser: { minLength: 1, maxLength: 40, minDigits: 1 },
} as const;

export type PhoneLimits = (typeof PHONE_LIMITS)[keyof typeof PHONE_LIMITS];

/** A trimmed, non-empty phone number of the shape every service shares (PHONE_PATTERN) within the limits. */
export function isPhoneNumber(phone: string, limits: PhoneLimits): boolean {
  return (
    phone.length >= limits.minLength &&
    phone.length <= limits.maxLength &&
    PHONE_PATTERN.test(phone) &&
    phone.replace(/\D/g, '').length >= limits.minDigits
  );
}
