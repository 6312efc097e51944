import type { tenancy } from '@atrium/proto';
import type { AgencyProfilePatch } from '../domain/agency-profile';
import type { AgencyBranding } from '../domain/branding';
import type { ClientPatch } from '../domain/client-fields';

/** The fields a message with optional fields has set, without proto-loader's synthetic oneof names. */
function present<T extends object>(message: T | null | undefined): Partial<T> | undefined {
  if (!message) return undefined;
  return Object.fromEntries(
    Object.entries(message).filter(([key, value]) => !key.startsWith('_') && value !== undefined),
  ) as Partial<T>;
}

function settingsOf(settings: tenancy.ClientSettings__Output | null): ClientPatch['settings'] {
  return present(settings);
}

/** CreateClient's request: empty strings take the defaults. */
export function newClientOf(request: tenancy.CreateClientRequest__Output): ClientPatch & { name: string } {
  return {
    name: request.name,
    description: request.description,
    website: request.website,
    tags: request.tags,
    customProperties: request.customProperties,
    accountType: request.accountType || undefined,
    region: request.region || undefined,
    isMaster: request.isMaster,
    ownerId: request.ownerId || undefined,
    accountManagerId: request.accountManagerId || undefined,
    companyProfile: present(request.companyProfile),
    profileContact: present(request.profileContact),
    billingContact: present(request.billingContact),
    billingMode: request.billingMode || undefined,
    renewalDate: request.renewalDate || undefined,
    settings: settingsOf(request.settings),
  };
}

/** UpdateClient's request: only what it sets (proto3 presence). */
export function clientPatchOf(request: tenancy.UpdateClientRequest__Output): ClientPatch {
  return {
    name: request.name,
    description: request.description,
    website: request.website,
    tags: request.tags?.tags,
    customProperties: request.customProperties?.properties,
    accountType: request.accountType,
    region: request.region,
    isMaster: request.isMaster,
    ownerId: request.ownerId,
    accountManagerId: request.accountManagerId,
    companyProfile: present(request.companyProfile),
    profileContact: present(request.profileContact),
    billingContact: present(request.billingContact),
    billingMode: request.billingMode,
    renewalDate: request.renewalDate,
    settings: settingsOf(request.settings),
  };
}

/** UpdateAgency's request: only what it sets. */
export function brandingPatchOf(request: tenancy.UpdateAgencyRequest__Output): Partial<AgencyBranding> {
  const { name, displayName, logoUrl, primaryColor, supportEmail, loginSlug } = present(request) ?? {};
  return present({ name, displayName, logoUrl, primaryColor, supportEmail, loginSlug }) ?? {};
}

// Custom roles and the audit log.

/** UpdateAgency's profile fields: only what it sets, the address merged field by field. */
export function agencyPatchOf(request: tenancy.UpdateAgencyRequest__Output): AgencyProfilePatch {
  const { contactEmail, phone, currency, timeZone } = present(request) ?? {};
  return present({
    contactEmail,
    phone,
    currency,
    timeZone,
    address: present(request.address),
  }) as AgencyProfilePatch;
}

/** UpdateAgencyRole's request: only what it sets. */
export function rolePatchOf(request: tenancy.UpdateAgencyRoleRequest__Output): {
  name?: string;
  description?: string;
  permissions?: string[];
} {
  return {
    ...(request.name === undefined ? {} : { name: request.name }),
    ...(request.description === undefined ? {} : { description: request.description }),
    ...(request.permissions ? { permissions: request.permissions.permissions } : {}),
  };
}
