/**
 * The shape of every phone number the protos carry (identity's User.phone, tenancy's Agency.phone,
 * ContactPerson.phone and ClientUser.phone): digits, spaces, parentheses and hyphens, with an optional
 * leading "+". Part of the contract like the closed sets (generated/closed-sets.ts): the services that
 * keep phone numbers check it and each owns its own length limits; the gateway checks and documents
 * the same shape, so a number it lets through is one no service refuses for its characters.
 */
export const PHONE_PATTERN = /^\+?[0-9 ()-]+$/;
