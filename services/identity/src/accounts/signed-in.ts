import type { UserRow } from '../store/users';
import type { TokenPair } from '../tokens/session-tokens';

/** What every RPC that opens or renews a session answers. */
export interface SignedIn {
  tokens: TokenPair;
  user: UserRow;
  agency: { id: string; name: string };
}
