import type { Agency } from '../generated/prisma/client';

/** An agency as answers carry it: name, branding and profile. */
export type AgencyRecord = Pick<
  Agency,
  | 'id'
  | 'name'
  | 'createdAt'
  | 'displayName'
  | 'logoUrl'
  | 'primaryColor'
  | 'supportEmail'
  | 'loginSlug'
  | 'contactEmail'
  | 'phone'
  | 'addressStreet'
  | 'addressCity'
  | 'addressPostalCode'
  | 'addressCountry'
  | 'currency'
  | 'timeZone'
>;
