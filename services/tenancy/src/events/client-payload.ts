import type { tenancy } from '@atrium/proto';
import { isCompanyProfileComplete, isRenewalDueSoon } from '../domain/client-fields';
import type { ClientRecord } from '../store/clients';

/** A client as the Client proto message: what RPC answers and the client events carry. */
export function clientPayload(client: ClientRecord, now = new Date()): tenancy.Client {
  return {
    id: client.id,
    agencyId: client.agencyId,
    name: client.name,
    description: client.description,
    website: client.website,
    tags: client.tags,
    status: client.status,
    accountType: client.accountType,
    region: client.region,
    isMaster: client.isMaster,
    ownerId: client.ownerId,
    ownerName: client.ownerName,
    accountManagerId: client.accountManagerId ?? '',
    createdAt: client.createdAt.toISOString(),
    lastActivityAt: client.lastActivityAt.toISOString(),
    counters: {
      storedProspects: client.storedProspects,
      connectedProspects: client.connectedProspects,
      runningCampaigns: client.runningCampaigns,
      toBeContacted: client.toBeContacted,
      enrolments: client.enrolments,
    },
    customProperties: Object.entries(client.customProperties).map(([key, value]) => ({ key, value })),
    companyProfile: { ...client.companyProfile },
    companyProfileComplete: isCompanyProfileComplete(client.companyProfile),
    profileContact: { ...client.profileContact },
    billingContact: { ...client.billingContact },
    billingMode: client.billingMode,
    renewalDate: client.renewalDate ?? '',
    renewalDueSoon: isRenewalDueSoon(client.renewalDate, now),
    settings: { ...client.settings, emailSendLimitPerMonth: client.settings.emailSendLimitPerMonth ?? 0 },
    updatedAt: client.updatedAt.toISOString(),
  };
}
