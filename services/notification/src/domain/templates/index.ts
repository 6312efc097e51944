export type { RenderedEmail } from './content';
export { escapeHtml } from './render';
export { renderAccountManagerAssigned, type AccountManagerAssignedEmail } from './account-manager-assigned';
export {
  renderCardDeclined,
  renderCardExpiring,
  type CardDeclinedEmail,
  type CardExpiringEmail,
  type CardOwner,
} from './card-problem';
export { renderInvitation, roleName, type InvitationEmail } from './invitation';
export { renderLoginLocked, type LoginLockedEmail } from './login-locked';
export { renderPasswordReset, type PasswordResetEmail } from './password-reset';
export { renderSuspiciousSignIn, type SuspiciousSignInEmail } from './suspicious-sign-in';
export { renderSystemNotice, type SystemNoticeEmail } from './system-notice';

/** The kinds of email, as email_deliveries.kind and ListEmailDeliveries show them. */
export type EmailKind =
  | 'invitation'
  | 'password_reset'
  | 'login_locked'
  | 'suspicious_sign_in'
  | 'system_notice'
  | 'account_manager_assigned'
  | 'card_declined'
  | 'card_expiring'
  | 'subscription_past_due';
