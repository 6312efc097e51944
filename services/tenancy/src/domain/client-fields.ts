import { DomainError, type FieldProblem } from '@atrium/errors';

export const ACCOUNT_TYPES = ['full', 'ads_only'] as const;
export const REGIONS = ['US', 'EU', 'AU_CA_NZ', 'OTHER'] as const;
export const CLIENT_STATUSES = ['active', 'inactive', 'deleting', 'deleted'] as const;

export type AccountType = (typeof ACCOUNT_TYPES)[number];
export type Region = (typeof REGIONS)[number];

export interface NewClient {
  name: string;
  description: string;
  website: string;
  tags: string[];
  accountType: AccountType;
  region: Region;
  isMaster: boolean;
  ownerId: string;
  accountManagerId: string | null;
}

export interface NewClientInput {
  name: string;
  description?: string;
  website?: string;
  tags?: string[];
  accountType?: string;
  region?: string;
  isMaster?: boolean;
  ownerId?: string;
  accountManagerId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks a new client's fields and fills the defaults. The gateway validates
 * the same shape; this is the rule's owner, so gRPC callers get it too.
 */
export function validateNewClient(input: NewClientInput, actorUserId: string): NewClient {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  if (name.length < 2 || name.length > 120)
    problems.push({ field: 'name', message: 'must be 2 to 120 characters' });
  const description = (input.description ?? '').trim();
  if (description.length > 2000)
    problems.push({ field: 'description', message: 'must be at most 2000 characters' });
  const website = (input.website ?? '').trim();
  if (website && !isHttpUrl(website)) problems.push({ field: 'website', message: 'must be an http(s) URL' });
  const tags = normaliseTags(input.tags ?? [], problems);
  const accountType = input.accountType || 'full';
  if (!(ACCOUNT_TYPES as readonly string[]).includes(accountType)) {
    problems.push({ field: 'accountType', message: `must be one of ${ACCOUNT_TYPES.join(', ')}` });
  }
  const region = input.region || 'OTHER';
  if (!(REGIONS as readonly string[]).includes(region)) {
    problems.push({ field: 'region', message: `must be one of ${REGIONS.join(', ')}` });
  }
  const ownerId = input.ownerId || actorUserId;
  if (!UUID.test(ownerId)) problems.push({ field: 'ownerId', message: 'must be a user id' });
  const accountManagerId = input.accountManagerId || null;
  if (accountManagerId !== null && !UUID.test(accountManagerId)) {
    problems.push({ field: 'accountManagerId', message: 'must be a user id' });
  }
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The client has invalid fields.', { fields: problems });
  return {
    name,
    description,
    website,
    tags,
    accountType: accountType as AccountType,
    region: region as Region,
    isMaster: input.isMaster ?? false,
    ownerId,
    accountManagerId,
  };
}

function normaliseTags(tags: string[], problems: FieldProblem[]): string[] {
  const unique = [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag.length > 0))];
  if (unique.length > 20) problems.push({ field: 'tags', message: 'at most 20 tags' });
  if (unique.some((tag) => tag.length > 40))
    problems.push({ field: 'tags', message: 'each tag at most 40 characters' });
  return unique;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
