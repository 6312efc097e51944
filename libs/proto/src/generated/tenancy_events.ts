import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Agency as _atrium_tenancy_v1_Agency, Agency__Output as _atrium_tenancy_v1_Agency__Output } from './atrium/tenancy/v1/Agency';
import type { AgencyAddress as _atrium_tenancy_v1_AgencyAddress, AgencyAddress__Output as _atrium_tenancy_v1_AgencyAddress__Output } from './atrium/tenancy/v1/AgencyAddress';
import type { AgencyCreated as _atrium_tenancy_v1_AgencyCreated, AgencyCreated__Output as _atrium_tenancy_v1_AgencyCreated__Output } from './atrium/tenancy/v1/AgencyCreated';
import type { AgencyOwnershipTransferred as _atrium_tenancy_v1_AgencyOwnershipTransferred, AgencyOwnershipTransferred__Output as _atrium_tenancy_v1_AgencyOwnershipTransferred__Output } from './atrium/tenancy/v1/AgencyOwnershipTransferred';
import type { AgencyRole as _atrium_tenancy_v1_AgencyRole, AgencyRole__Output as _atrium_tenancy_v1_AgencyRole__Output } from './atrium/tenancy/v1/AgencyRole';
import type { AgencyUpdated as _atrium_tenancy_v1_AgencyUpdated, AgencyUpdated__Output as _atrium_tenancy_v1_AgencyUpdated__Output } from './atrium/tenancy/v1/AgencyUpdated';
import type { AuditActor as _atrium_tenancy_v1_AuditActor, AuditActor__Output as _atrium_tenancy_v1_AuditActor__Output } from './atrium/tenancy/v1/AuditActor';
import type { AuditEntry as _atrium_tenancy_v1_AuditEntry, AuditEntry__Output as _atrium_tenancy_v1_AuditEntry__Output } from './atrium/tenancy/v1/AuditEntry';
import type { Client as _atrium_tenancy_v1_Client, Client__Output as _atrium_tenancy_v1_Client__Output } from './atrium/tenancy/v1/Client';
import type { ClientCounters as _atrium_tenancy_v1_ClientCounters, ClientCounters__Output as _atrium_tenancy_v1_ClientCounters__Output } from './atrium/tenancy/v1/ClientCounters';
import type { ClientCreated as _atrium_tenancy_v1_ClientCreated, ClientCreated__Output as _atrium_tenancy_v1_ClientCreated__Output } from './atrium/tenancy/v1/ClientCreated';
import type { ClientDeactivated as _atrium_tenancy_v1_ClientDeactivated, ClientDeactivated__Output as _atrium_tenancy_v1_ClientDeactivated__Output } from './atrium/tenancy/v1/ClientDeactivated';
import type { ClientDeleted as _atrium_tenancy_v1_ClientDeleted, ClientDeleted__Output as _atrium_tenancy_v1_ClientDeleted__Output } from './atrium/tenancy/v1/ClientDeleted';
import type { ClientDeletionRequested as _atrium_tenancy_v1_ClientDeletionRequested, ClientDeletionRequested__Output as _atrium_tenancy_v1_ClientDeletionRequested__Output } from './atrium/tenancy/v1/ClientDeletionRequested';
import type { ClientListItem as _atrium_tenancy_v1_ClientListItem, ClientListItem__Output as _atrium_tenancy_v1_ClientListItem__Output } from './atrium/tenancy/v1/ClientListItem';
import type { ClientReactivated as _atrium_tenancy_v1_ClientReactivated, ClientReactivated__Output as _atrium_tenancy_v1_ClientReactivated__Output } from './atrium/tenancy/v1/ClientReactivated';
import type { ClientRoleGrant as _atrium_tenancy_v1_ClientRoleGrant, ClientRoleGrant__Output as _atrium_tenancy_v1_ClientRoleGrant__Output } from './atrium/tenancy/v1/ClientRoleGrant';
import type { ClientSettings as _atrium_tenancy_v1_ClientSettings, ClientSettings__Output as _atrium_tenancy_v1_ClientSettings__Output } from './atrium/tenancy/v1/ClientSettings';
import type { ClientTeamChanged as _atrium_tenancy_v1_ClientTeamChanged, ClientTeamChanged__Output as _atrium_tenancy_v1_ClientTeamChanged__Output } from './atrium/tenancy/v1/ClientTeamChanged';
import type { ClientUpdated as _atrium_tenancy_v1_ClientUpdated, ClientUpdated__Output as _atrium_tenancy_v1_ClientUpdated__Output } from './atrium/tenancy/v1/ClientUpdated';
import type { ClientUser as _atrium_tenancy_v1_ClientUser, ClientUser__Output as _atrium_tenancy_v1_ClientUser__Output } from './atrium/tenancy/v1/ClientUser';
import type { ClientUserCreated as _atrium_tenancy_v1_ClientUserCreated, ClientUserCreated__Output as _atrium_tenancy_v1_ClientUserCreated__Output } from './atrium/tenancy/v1/ClientUserCreated';
import type { ClientUserPrimaryChanged as _atrium_tenancy_v1_ClientUserPrimaryChanged, ClientUserPrimaryChanged__Output as _atrium_tenancy_v1_ClientUserPrimaryChanged__Output } from './atrium/tenancy/v1/ClientUserPrimaryChanged';
import type { ClientUserRemoved as _atrium_tenancy_v1_ClientUserRemoved, ClientUserRemoved__Output as _atrium_tenancy_v1_ClientUserRemoved__Output } from './atrium/tenancy/v1/ClientUserRemoved';
import type { ClientUserUpdated as _atrium_tenancy_v1_ClientUserUpdated, ClientUserUpdated__Output as _atrium_tenancy_v1_ClientUserUpdated__Output } from './atrium/tenancy/v1/ClientUserUpdated';
import type { CompanyProfile as _atrium_tenancy_v1_CompanyProfile, CompanyProfile__Output as _atrium_tenancy_v1_CompanyProfile__Output } from './atrium/tenancy/v1/CompanyProfile';
import type { ContactPerson as _atrium_tenancy_v1_ContactPerson, ContactPerson__Output as _atrium_tenancy_v1_ContactPerson__Output } from './atrium/tenancy/v1/ContactPerson';
import type { CustomField as _atrium_tenancy_v1_CustomField, CustomField__Output as _atrium_tenancy_v1_CustomField__Output } from './atrium/tenancy/v1/CustomField';
import type { CustomFieldDeleted as _atrium_tenancy_v1_CustomFieldDeleted, CustomFieldDeleted__Output as _atrium_tenancy_v1_CustomFieldDeleted__Output } from './atrium/tenancy/v1/CustomFieldDeleted';
import type { CustomFieldSaved as _atrium_tenancy_v1_CustomFieldSaved, CustomFieldSaved__Output as _atrium_tenancy_v1_CustomFieldSaved__Output } from './atrium/tenancy/v1/CustomFieldSaved';
import type { CustomProperty as _atrium_tenancy_v1_CustomProperty, CustomProperty__Output as _atrium_tenancy_v1_CustomProperty__Output } from './atrium/tenancy/v1/CustomProperty';
import type { Invitation as _atrium_tenancy_v1_Invitation, Invitation__Output as _atrium_tenancy_v1_Invitation__Output } from './atrium/tenancy/v1/Invitation';
import type { InvitationAccepted as _atrium_tenancy_v1_InvitationAccepted, InvitationAccepted__Output as _atrium_tenancy_v1_InvitationAccepted__Output } from './atrium/tenancy/v1/InvitationAccepted';
import type { InvitationCancelled as _atrium_tenancy_v1_InvitationCancelled, InvitationCancelled__Output as _atrium_tenancy_v1_InvitationCancelled__Output } from './atrium/tenancy/v1/InvitationCancelled';
import type { InvitationCreated as _atrium_tenancy_v1_InvitationCreated, InvitationCreated__Output as _atrium_tenancy_v1_InvitationCreated__Output } from './atrium/tenancy/v1/InvitationCreated';
import type { InvitationResent as _atrium_tenancy_v1_InvitationResent, InvitationResent__Output as _atrium_tenancy_v1_InvitationResent__Output } from './atrium/tenancy/v1/InvitationResent';
import type { Job as _atrium_tenancy_v1_Job, Job__Output as _atrium_tenancy_v1_Job__Output } from './atrium/tenancy/v1/Job';
import type { Member as _atrium_tenancy_v1_Member, Member__Output as _atrium_tenancy_v1_Member__Output } from './atrium/tenancy/v1/Member';
import type { MemberAdded as _atrium_tenancy_v1_MemberAdded, MemberAdded__Output as _atrium_tenancy_v1_MemberAdded__Output } from './atrium/tenancy/v1/MemberAdded';
import type { MemberRemoved as _atrium_tenancy_v1_MemberRemoved, MemberRemoved__Output as _atrium_tenancy_v1_MemberRemoved__Output } from './atrium/tenancy/v1/MemberRemoved';
import type { MemberRoleChanged as _atrium_tenancy_v1_MemberRoleChanged, MemberRoleChanged__Output as _atrium_tenancy_v1_MemberRoleChanged__Output } from './atrium/tenancy/v1/MemberRoleChanged';
import type { Permission as _atrium_tenancy_v1_Permission, Permission__Output as _atrium_tenancy_v1_Permission__Output } from './atrium/tenancy/v1/Permission';
import type { ProspectCleanupRequested as _atrium_tenancy_v1_ProspectCleanupRequested, ProspectCleanupRequested__Output as _atrium_tenancy_v1_ProspectCleanupRequested__Output } from './atrium/tenancy/v1/ProspectCleanupRequested';
import type { PublicBranding as _atrium_tenancy_v1_PublicBranding, PublicBranding__Output as _atrium_tenancy_v1_PublicBranding__Output } from './atrium/tenancy/v1/PublicBranding';
import type { Role as _atrium_tenancy_v1_Role, Role__Output as _atrium_tenancy_v1_Role__Output } from './atrium/tenancy/v1/Role';
import type { RoleCreated as _atrium_tenancy_v1_RoleCreated, RoleCreated__Output as _atrium_tenancy_v1_RoleCreated__Output } from './atrium/tenancy/v1/RoleCreated';
import type { RoleDeleted as _atrium_tenancy_v1_RoleDeleted, RoleDeleted__Output as _atrium_tenancy_v1_RoleDeleted__Output } from './atrium/tenancy/v1/RoleDeleted';
import type { RoleUpdated as _atrium_tenancy_v1_RoleUpdated, RoleUpdated__Output as _atrium_tenancy_v1_RoleUpdated__Output } from './atrium/tenancy/v1/RoleUpdated';

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
        AgencyCreated: MessageTypeDefinition<_atrium_tenancy_v1_AgencyCreated, _atrium_tenancy_v1_AgencyCreated__Output>
        AgencyOwnershipTransferred: MessageTypeDefinition<_atrium_tenancy_v1_AgencyOwnershipTransferred, _atrium_tenancy_v1_AgencyOwnershipTransferred__Output>
        AgencyRole: MessageTypeDefinition<_atrium_tenancy_v1_AgencyRole, _atrium_tenancy_v1_AgencyRole__Output>
        AgencyRoleKind: EnumTypeDefinition
        AgencyUpdated: MessageTypeDefinition<_atrium_tenancy_v1_AgencyUpdated, _atrium_tenancy_v1_AgencyUpdated__Output>
        AuditActor: MessageTypeDefinition<_atrium_tenancy_v1_AuditActor, _atrium_tenancy_v1_AuditActor__Output>
        AuditActorKind: EnumTypeDefinition
        AuditEntry: MessageTypeDefinition<_atrium_tenancy_v1_AuditEntry, _atrium_tenancy_v1_AuditEntry__Output>
        BillingMode: EnumTypeDefinition
        BuiltInAgencyRole: EnumTypeDefinition
        Client: MessageTypeDefinition<_atrium_tenancy_v1_Client, _atrium_tenancy_v1_Client__Output>
        ClientCounters: MessageTypeDefinition<_atrium_tenancy_v1_ClientCounters, _atrium_tenancy_v1_ClientCounters__Output>
        ClientCreated: MessageTypeDefinition<_atrium_tenancy_v1_ClientCreated, _atrium_tenancy_v1_ClientCreated__Output>
        ClientDeactivated: MessageTypeDefinition<_atrium_tenancy_v1_ClientDeactivated, _atrium_tenancy_v1_ClientDeactivated__Output>
        ClientDeleted: MessageTypeDefinition<_atrium_tenancy_v1_ClientDeleted, _atrium_tenancy_v1_ClientDeleted__Output>
        ClientDeletionRequested: MessageTypeDefinition<_atrium_tenancy_v1_ClientDeletionRequested, _atrium_tenancy_v1_ClientDeletionRequested__Output>
        ClientListItem: MessageTypeDefinition<_atrium_tenancy_v1_ClientListItem, _atrium_tenancy_v1_ClientListItem__Output>
        ClientReactivated: MessageTypeDefinition<_atrium_tenancy_v1_ClientReactivated, _atrium_tenancy_v1_ClientReactivated__Output>
        ClientRole: EnumTypeDefinition
        ClientRoleGrant: MessageTypeDefinition<_atrium_tenancy_v1_ClientRoleGrant, _atrium_tenancy_v1_ClientRoleGrant__Output>
        ClientSettings: MessageTypeDefinition<_atrium_tenancy_v1_ClientSettings, _atrium_tenancy_v1_ClientSettings__Output>
        ClientStatus: EnumTypeDefinition
        ClientTeamChanged: MessageTypeDefinition<_atrium_tenancy_v1_ClientTeamChanged, _atrium_tenancy_v1_ClientTeamChanged__Output>
        ClientUpdated: MessageTypeDefinition<_atrium_tenancy_v1_ClientUpdated, _atrium_tenancy_v1_ClientUpdated__Output>
        ClientUser: MessageTypeDefinition<_atrium_tenancy_v1_ClientUser, _atrium_tenancy_v1_ClientUser__Output>
        ClientUserCreated: MessageTypeDefinition<_atrium_tenancy_v1_ClientUserCreated, _atrium_tenancy_v1_ClientUserCreated__Output>
        ClientUserPrimaryChanged: MessageTypeDefinition<_atrium_tenancy_v1_ClientUserPrimaryChanged, _atrium_tenancy_v1_ClientUserPrimaryChanged__Output>
        ClientUserRemoved: MessageTypeDefinition<_atrium_tenancy_v1_ClientUserRemoved, _atrium_tenancy_v1_ClientUserRemoved__Output>
        ClientUserStatus: EnumTypeDefinition
        ClientUserUpdated: MessageTypeDefinition<_atrium_tenancy_v1_ClientUserUpdated, _atrium_tenancy_v1_ClientUserUpdated__Output>
        CompanyProfile: MessageTypeDefinition<_atrium_tenancy_v1_CompanyProfile, _atrium_tenancy_v1_CompanyProfile__Output>
        ContactPerson: MessageTypeDefinition<_atrium_tenancy_v1_ContactPerson, _atrium_tenancy_v1_ContactPerson__Output>
        CustomField: MessageTypeDefinition<_atrium_tenancy_v1_CustomField, _atrium_tenancy_v1_CustomField__Output>
        CustomFieldDeleted: MessageTypeDefinition<_atrium_tenancy_v1_CustomFieldDeleted, _atrium_tenancy_v1_CustomFieldDeleted__Output>
        CustomFieldSaved: MessageTypeDefinition<_atrium_tenancy_v1_CustomFieldSaved, _atrium_tenancy_v1_CustomFieldSaved__Output>
        CustomProperty: MessageTypeDefinition<_atrium_tenancy_v1_CustomProperty, _atrium_tenancy_v1_CustomProperty__Output>
        Invitation: MessageTypeDefinition<_atrium_tenancy_v1_Invitation, _atrium_tenancy_v1_Invitation__Output>
        InvitationAccepted: MessageTypeDefinition<_atrium_tenancy_v1_InvitationAccepted, _atrium_tenancy_v1_InvitationAccepted__Output>
        InvitationCancelled: MessageTypeDefinition<_atrium_tenancy_v1_InvitationCancelled, _atrium_tenancy_v1_InvitationCancelled__Output>
        InvitationCreated: MessageTypeDefinition<_atrium_tenancy_v1_InvitationCreated, _atrium_tenancy_v1_InvitationCreated__Output>
        InvitationResent: MessageTypeDefinition<_atrium_tenancy_v1_InvitationResent, _atrium_tenancy_v1_InvitationResent__Output>
        InvitationStatus: EnumTypeDefinition
        Job: MessageTypeDefinition<_atrium_tenancy_v1_Job, _atrium_tenancy_v1_Job__Output>
        JobKind: EnumTypeDefinition
        JobStatus: EnumTypeDefinition
        Member: MessageTypeDefinition<_atrium_tenancy_v1_Member, _atrium_tenancy_v1_Member__Output>
        MemberAdded: MessageTypeDefinition<_atrium_tenancy_v1_MemberAdded, _atrium_tenancy_v1_MemberAdded__Output>
        MemberRemoved: MessageTypeDefinition<_atrium_tenancy_v1_MemberRemoved, _atrium_tenancy_v1_MemberRemoved__Output>
        MemberRoleChanged: MessageTypeDefinition<_atrium_tenancy_v1_MemberRoleChanged, _atrium_tenancy_v1_MemberRoleChanged__Output>
        Permission: MessageTypeDefinition<_atrium_tenancy_v1_Permission, _atrium_tenancy_v1_Permission__Output>
        ProspectCleanupMode: EnumTypeDefinition
        ProspectCleanupRequested: MessageTypeDefinition<_atrium_tenancy_v1_ProspectCleanupRequested, _atrium_tenancy_v1_ProspectCleanupRequested__Output>
        PublicBranding: MessageTypeDefinition<_atrium_tenancy_v1_PublicBranding, _atrium_tenancy_v1_PublicBranding__Output>
        Role: MessageTypeDefinition<_atrium_tenancy_v1_Role, _atrium_tenancy_v1_Role__Output>
        RoleCreated: MessageTypeDefinition<_atrium_tenancy_v1_RoleCreated, _atrium_tenancy_v1_RoleCreated__Output>
        RoleDeleted: MessageTypeDefinition<_atrium_tenancy_v1_RoleDeleted, _atrium_tenancy_v1_RoleDeleted__Output>
        RoleUpdated: MessageTypeDefinition<_atrium_tenancy_v1_RoleUpdated, _atrium_tenancy_v1_RoleUpdated__Output>
      }
    }
  }
}

