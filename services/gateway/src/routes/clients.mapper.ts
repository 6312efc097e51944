import type { tenancy } from '@atrium/proto';
import { z } from '../openapi/zod';
import { progressOf } from './client-progress';
import { oneOf, orNull } from './contract';

export const CLIENT_STATUSES = ['active', 'inactive', 'deleting', 'deleted'] as const;
export const ACCOUNT_TYPES = ['full', 'ads_only'] as const;
export const REGIONS = ['US', 'EU', 'AU_CA_NZ', 'OTHER'] as const;

const dateTime = z.string().openapi({ format: 'date-time' });
const count = z.number().int().min(0);

export const ClientSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    website: z.string().nullable(),
    tags: z.array(z.string()),
    status: z.enum(CLIENT_STATUSES),
    accountType: z.enum(ACCOUNT_TYPES),
    region: z.enum(REGIONS),
    isMaster: z.boolean().openapi({ description: "The agency's own (master) client account." }),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    accountManagerId: z.string().nullable(),
    createdAt: dateTime,
    lastActivityAt: dateTime.nullable(),
    renewalDueSoon: z.boolean().openapi({ description: 'The contract renewal date is within 60 days.' }),
    counters: z
      .object({
        storedProspects: count.openapi({
          description: "Prospects in the client's database, deleted ones excluded.",
        }),
        connectedProspects: count.openapi({
          description: 'Stored prospects on which any action was performed.',
        }),
        runningCampaigns: count,
        toBeContacted: count.openapi({
          description: 'Enrolments in running campaigns that completed no step yet.',
        }),
        progress: z
          .object({
            total: count.openapi({ description: 'Enrolments in running campaigns.' }),
            percent: z.number().int().min(0).max(100).openapi({
              description:
                '(total − toBeContacted) / total as a whole percentage, rounded down; 0 when total is 0.',
            }),
            colour: z.enum(['grey', 'red', 'green']).openapi({
              description:
                'grey: no running campaign; red: less than 15 % of total left to contact; green otherwise.',
            }),
          })
          .openapi('ClientProgress'),
      })
      .openapi('ClientCounters'),
  })
  .openapi('Client');

export type ClientJson = z.input<typeof ClientSchema>;

const NO_COUNTERS: tenancy.ClientCounters__Output = {
  storedProspects: 0,
  connectedProspects: 0,
  runningCampaigns: 0,
  toBeContacted: 0,
  enrolments: 0,
};

/** A tenancy client as the API shows it. */
export function clientJsonOf(client: tenancy.Client__Output): ClientJson {
  const counters = client.counters ?? NO_COUNTERS;
  return {
    id: client.id,
    name: client.name,
    description: orNull(client.description),
    website: orNull(client.website),
    tags: client.tags,
    status: oneOf(CLIENT_STATUSES, client.status, 'client status'),
    accountType: oneOf(ACCOUNT_TYPES, client.accountType, 'account type'),
    region: oneOf(REGIONS, client.region, 'region'),
    isMaster: client.isMaster,
    ownerId: orNull(client.ownerId),
    ownerName: orNull(client.ownerName),
    accountManagerId: orNull(client.accountManagerId),
    createdAt: client.createdAt,
    lastActivityAt: orNull(client.lastActivityAt),
    // Tenancy does not hold renewal dates yet, so no client can be due.
    renewalDueSoon: false,
    counters: {
      storedProspects: counters.storedProspects,
      connectedProspects: counters.connectedProspects,
      runningCampaigns: counters.runningCampaigns,
      toBeContacted: counters.toBeContacted,
      progress: progressOf(counters),
    },
  };
}
