import type { EventHandlers } from '@atrium/events';
import type { PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { emailListUploadDone } from '../emails/email-list-upload-done';
import { notifyCleanupFinished } from '../notifications/notify-cleanup-finished';
import type { Tx } from '../store/transaction';

/** What notification does with campaigns's events (docs/events.md). */
export function campaignsHandlers(deps: {
  publicAppUrl: string;
  logger: Logger;
  tenancy: PromiseClient<tenancy.TenancyServiceDefinition>;
  grpcDeadlineMs: number;
}): EventHandlers<
  Tx,
  'atrium.campaigns.v1.prospect_import.finished' | 'atrium.campaigns.v1.prospect_cleanup.finished'
> {
  return {
    'atrium.campaigns.v1.prospect_import.finished': (event, tx) => emailListUploadDone(tx, deps, event),
    'atrium.campaigns.v1.prospect_cleanup.finished': (event, tx) => notifyCleanupFinished(tx, deps, event),
  };
}
