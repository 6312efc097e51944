import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Agency as _atrium_tenancy_v1_Agency, Agency__Output as _atrium_tenancy_v1_Agency__Output } from './atrium/tenancy/v1/Agency';
import type { AgencyAddress as _atrium_tenancy_v1_AgencyAddress, AgencyAddress__Output as _atrium_tenancy_v1_AgencyAddress__Output } from './atrium/tenancy/v1/AgencyAddress';
import type { AgencyRole as _atrium_tenancy_v1_AgencyRole, AgencyRole__Output as _atrium_tenancy_v1_AgencyRole__Output } from './atrium/tenancy/v1/AgencyRole';
import type { AuditActor as _atrium_tenancy_v1_AuditActor, AuditActor__Output as _atrium_tenancy_v1_AuditActor__Output } from './atrium/tenancy/v1/AuditActor';
import type { AuditEntry as _atrium_tenancy_v1_AuditEntry, AuditEntry__Output as _atrium_tenancy_v1_AuditEntry__Output } from './atrium/tenancy/v1/AuditEntry';
import type { Client as _atrium_tenancy_v1_Client, Client__Output as _atrium_tenancy_v1_Client__Output } from './atrium/tenancy/v1/Client';
import type { ClientCounters as _atrium_tenancy_v1_ClientCounters, ClientCounters__Output as _atrium_tenancy_v1_ClientCounters__Output } from './atrium/tenancy/v1/ClientCounters';
import type { ClientListItem as _atrium_tenancy_v1_ClientListItem, ClientListItem__Output as _atrium_tenancy_v1_ClientListItem__Output } from './atrium/tenancy/v1/ClientListItem';
import type { ClientRoleGrant as _atrium_tenancy_v1_ClientRoleGrant, ClientRoleGrant__Output as _atrium_tenancy_v1_ClientRoleGrant__Output } from './atrium/tenancy/v1/ClientRoleGrant';
import type { ClientSettings as _atrium_tenancy_v1_ClientSettings, ClientSettings__Output as _atrium_tenancy_v1_ClientSettings__Output } from './atrium/tenancy/v1/ClientSettings';
import type { ClientUser as _atrium_tenancy_v1_ClientUser, ClientUser__Output as _atrium_tenancy_v1_ClientUser__Output } from './atrium/tenancy/v1/ClientUser';
import type { CompanyProfile as _atrium_tenancy_v1_CompanyProfile, CompanyProfile__Output as _atrium_tenancy_v1_CompanyProfile__Output } from './atrium/tenancy/v1/CompanyProfile';
import type { ContactPerson as _atrium_tenancy_v1_ContactPerson, ContactPerson__Output as _atrium_tenancy_v1_ContactPerson__Output } from './atrium/tenancy/v1/ContactPerson';
import type { CustomField as _atrium_tenancy_v1_CustomField, CustomField__Output as _atrium_tenancy_v1_CustomField__Output } from './atrium/tenancy/v1/CustomField';
import type { CustomProperty as _atrium_tenancy_v1_CustomProperty, CustomProperty__Output as _atrium_tenancy_v1_CustomProperty__Output } from './atrium/tenancy/v1/CustomProperty';
import type { Invitation as _atrium_tenancy_v1_Invitation, Invitation__Output as _atrium_tenancy_v1_Invitation__Output } from './atrium/tenancy/v1/Invitation';
import type { Job as _atrium_tenancy_v1_Job, Job__Output as _atrium_tenancy_v1_Job__Output } from './atrium/tenancy/v1/Job';
import type { Member as _atrium_tenancy_v1_Member, Member__Output as _atrium_tenancy_v1_Member__Output } from './atrium/tenancy/v1/Member';
import type { Permission as _atrium_tenancy_v1_Permission, Permission__Output as _atrium_tenancy_v1_Permission__Output } from './atrium/tenancy/v1/Permission';
import type { PublicBranding as _atrium_tenancy_v1_PublicBranding, PublicBranding__Output as _atrium_tenancy_v1_PublicBranding__Output } from './atrium/tenancy/v1/PublicBranding';
import type { Role as _atrium_tenancy_v1_Role, Role__Output as _atrium_tenancy_v1_Role__Output } from './atrium/tenancy/v1/Role';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    tenancy: {
      v1: {
        AccountType: EnumTypeDefinition
        Agency: MessageTypeDefinition<_atrium_tenancy_v1_Agency, _atrium_tenancy_v1_Agency__Output>
        AgencyAddress: MessageTypeDefinition<_atrium_tenancy_v1_AgencyAddress, _atrium_tenancy_v1_AgencyAddress__Output>
        AgencyRole: MessageTypeDefinition<_atrium_tenancy_v1_AgencyRole, _atrium_tenancy_v1_AgencyRole__Output>
        AgencyRoleKind: EnumTypeDefinition
        AuditActor: MessageTypeDefinition<_atrium_tenancy_v1_AuditActor, _atrium_tenancy_v1_AuditActor__Output>
        AuditActorKind: EnumTypeDefinition
        AuditEntry: MessageTypeDefinition<_atrium_tenancy_v1_AuditEntry, _atrium_tenancy_v1_AuditEntry__Output>
        BillingMode: EnumTypeDefinition
        BuiltInAgencyRole: EnumTypeDefinition
        Client: MessageTypeDefinition<_atrium_tenancy_v1_Client, _atrium_tenancy_v1_Client__Output>
        ClientCounters: MessageTypeDefinition<_atrium_tenancy_v1_ClientCounters, _atrium_tenancy_v1_ClientCounters__Output>
        ClientListItem: MessageTypeDefinition<_atrium_tenancy_v1_ClientListItem, _atrium_tenancy_v1_ClientListItem__Output>
        ClientRole: EnumTypeDefinition
        ClientRoleGrant: MessageTypeDefinition<_atrium_tenancy_v1_ClientRoleGrant, _atrium_tenancy_v1_ClientRoleGrant__Output>
        ClientSettings: MessageTypeDefinition<_atrium_tenancy_v1_ClientSettings, _atrium_tenancy_v1_ClientSettings__Output>
        ClientStatus: EnumTypeDefinition
        ClientUser: MessageTypeDefinition<_atrium_tenancy_v1_ClientUser, _atrium_tenancy_v1_ClientUser__Output>
        ClientUserStatus: EnumTypeDefinition
        CompanyProfile: MessageTypeDefinition<_atrium_tenancy_v1_CompanyProfile, _atrium_tenancy_v1_CompanyProfile__Output>
        ContactPerson: MessageTypeDefinition<_atrium_tenancy_v1_ContactPerson, _atrium_tenancy_v1_ContactPerson__Output>
        CustomField: MessageTypeDefinition<_atrium_tenancy_v1_CustomField, _atrium_tenancy_v1_CustomField__Output>
        CustomProperty: MessageTypeDefinition<_atrium_tenancy_v1_CustomProperty, _atrium_tenancy_v1_CustomProperty__Output>
        Invitation: MessageTypeDefinition<_atrium_tenancy_v1_Invitation, _atrium_tenancy_v1_Invitation__Output>
        InvitationStatus: EnumTypeDefinition
        Job: MessageTypeDefinition<_atrium_tenancy_v1_Job, _atrium_tenancy_v1_Job__Output>
        JobKind: EnumTypeDefinition
        JobStatus: EnumTypeDefinition
        Member: MessageTypeDefinition<_atrium_tenancy_v1_Member, _atrium_tenancy_v1_Member__Output>
        Permission: MessageTypeDefinition<_atrium_tenancy_v1_Permission, _atrium_tenancy_v1_Permission__Output>
        ProspectCleanupMode: EnumTypeDefinition
        PublicBranding: MessageTypeDefinition<_atrium_tenancy_v1_PublicBranding, _atrium_tenancy_v1_PublicBranding__Output>
        Role: MessageTypeDefinition<_atrium_tenancy_v1_Role, _atrium_tenancy_v1_Role__Output>
      }
    }
  }
}

