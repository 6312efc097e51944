import type { PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import type { Db } from '../store/transaction';
import type { KeyRing } from '../tokens/key-ring';
import type { TokenSettings } from '../tokens/session-tokens';

/** What identity's use cases work with. */
export interface IdentityDeps {
  db: Db;
  keys: KeyRing;
  tokens: TokenSettings;
  tenancy: PromiseClient<tenancy.TenancyServiceDefinition>;
  /** The worker that mails queued password resets; woken when one is queued. */
  passwordResets: { wake(): void };
  /** Upper bound of a transaction that waits on a tenancy call (its deadline and some room). */
  transactionTimeoutMs: number;
  /** For what a use case cannot answer, such as an undo that failed after the error it answers. */
  logger: Logger;
}
