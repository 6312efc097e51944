import type { Agency } from '../generated/prisma/client';

/** An agency as answers carry it. */
export type AgencyRecord = Pick<
  Agency,
  'id' | 'name' | 'createdAt' | 'displayName' | 'logoUrl' | 'primaryColor' | 'supportEmail' | 'loginSlug'
>;
