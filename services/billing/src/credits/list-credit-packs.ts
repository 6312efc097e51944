import { requireAgencyActor } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';
import type { PriceTier } from '../domain/pricing';
import { listPriceTiers } from '../store/credit-packs';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** The credit packs on sale; any agency actor may see them. */
export async function listCreditPacks(db: Db, actor: Actor | undefined): Promise<PriceTier[]> {
  const { agencyId } = requireAgencyActor(actor);
  return inTenant(db, { agencyId }, (tx) => listPriceTiers(tx));
}
