import type * as grpc from '@grpc/grpc-js';
import { HealthImplementation, type ServingStatus } from 'grpc-health-check';
import type { Logger } from '@atrium/logger';

export interface HealthReporting {
  setReady(ready: boolean): void;
  /** Ends the readiness loop and reports NOT_SERVING for good: the server is going away. */
  stop(): void;
}

/** A check that never settles must not leave the last answer standing, so it fails after one interval. */
function withTimeout(check: () => Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`readiness check did not finish within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return Promise.race([Promise.resolve().then(check), timeout]).finally(() => clearTimeout(timer));
}

/**
 * The health name Kubernetes' liveness probe asks: SERVING from start until shutdown, whatever the
 * database and NATS do, so an outage of a dependency takes pods out of rotation (readiness) without
 * restarting them in a loop. It stops answering only when the process or its event loop is stuck.
 */
export const LIVENESS_SERVICE_NAME = 'liveness';

/**
 * Registers grpc.health.v1 on the server and keeps it honest: the overall status ('') and each service's
 * status are SERVING only while the readiness check passes and nobody has called setReady(false).
 */
export function startHealthReporting(options: {
  server: grpc.Server;
  logger: Logger;
  serviceNames: string[];
  check: () => Promise<void>;
  intervalMs: number;
}): HealthReporting {
  const { logger, intervalMs } = options;
  const names = ['', ...options.serviceNames];
  const health = new HealthImplementation({
    ...Object.fromEntries(names.map((name) => [name, 'NOT_SERVING'])),
    [LIVENESS_SERVICE_NAME]: 'SERVING',
  });
  health.addToServer(options.server);

  let checkPassing: boolean | undefined;
  let allowed = true;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const publish = () => {
    const status: ServingStatus = !stopped && allowed && checkPassing === true ? 'SERVING' : 'NOT_SERVING';
    for (const name of names) health.setStatus(name, status);
  };

  const runCheck = async () => {
    let error: unknown;
    const passing = await withTimeout(options.check, intervalMs).then(
      () => true,
      (failure: unknown) => {
        error = failure;
        return false;
      },
    );
    if (stopped) return;
    if (passing !== checkPassing) {
      if (passing) logger.info('readiness check passes; serving');
      else logger.warn({ err: error }, 'readiness check fails; not serving');
    }
    checkPassing = passing;
    publish();
    timer = setTimeout(() => void runCheck(), intervalMs);
    timer.unref();
  };
  void runCheck();

  return {
    setReady(ready) {
      allowed = ready;
      publish();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      publish();
      health.setStatus(LIVENESS_SERVICE_NAME, 'NOT_SERVING');
    },
  };
}
