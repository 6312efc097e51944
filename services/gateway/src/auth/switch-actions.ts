import type { Response } from 'express';
import { getContext, runWithContext, type Actor, type Logger } from '@atrium/logger';
import type { Backends } from '../backends';
import { routeTemplateOf, type MatchedRoute } from './switch-scope';

const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Audits every request that asks to change something through a switch token, whichever service serves
 * it: once the answer has gone out, tenancy's RecordSwitchAction stores the route template and the
 * status with the real agency user, the client and the request id (which travel in metadata). The
 * answer never waits for it and never fails for it; a failure to record is logged as an error.
 */
export class SwitchActionRecorder {
  constructor(
    private readonly tenancy: Pick<Backends['tenancy'], 'RecordSwitchAction'>,
    private readonly logger: Logger,
  ) {}

  /** Records the request after its response when it is a write by a switch token; reads are not. */
  recordAfterResponse(route: MatchedRoute, actor: Actor, res: Response): void {
    if (!actor.actingAsClientId || READ_METHODS.has(route.method)) return;
    // 'finish' does not run in the request's async context: carry its request id and actor explicitly.
    const context = { ...getContext(), actor };
    const action = { method: route.method, route: routeTemplateOf(route.path) };
    res.once('finish', () => {
      runWithContext(context, () => {
        this.tenancy.RecordSwitchAction({ ...action, statusCode: res.statusCode }).catch((error: unknown) => {
          this.logger.error(
            { err: error, requestId: context.requestId, ...action, statusCode: res.statusCode },
            'could not record a switch-token request in the audit log',
          );
        });
      });
    });
  }
}
