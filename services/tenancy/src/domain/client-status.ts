/**
 * Whether a client's own users reach it in this status (docs/product.md "Client lifecycle"): not
 * while it is turned off (`inactive`), which only agency users may still enter, nor once `deleted`.
 * One being deleted lets them as far as its `client_deleted` answer. Their logins follow the same
 * rule in member_access (migration 20261217090000_inactive_client_users).
 */
export function clientUsersMayEnter(status: string): boolean {
  return status === 'active' || status === 'deleting';
}
