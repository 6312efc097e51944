import { createLogger, type Logger } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type tenancy, type TenancyProto } from '@atrium/proto';
import * as grpc from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';

import { loadProto, type Implementation } from '../src';

export const TENANCY_SERVICE = 'atrium.tenancy.v1.TenancyService';

export function tenancyProto() {
  return loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy).atrium.tenancy.v1;
}

/**
 * A TenancyService implementation for these tests: the handlers a test names, and for every other
 * method of the (growing) contract one that fails if called.
 */
export function tenancyHandlers(
  handlers: Partial<Implementation<tenancy.TenancyServiceDefinition>>,
): Implementation<tenancy.TenancyServiceDefinition> {
  const unused = async (): Promise<never> => {
    throw new Error('not used by this test');
  };
  const all = Object.fromEntries(
    Object.keys(tenancyProto().TenancyService.service).map((name) => [name, unused]),
  );
  return { ...all, ...handlers } as Implementation<tenancy.TenancyServiceDefinition>;
}

export type LogLine = Record<string, unknown> & { msg?: string; level?: string };

/** A logger whose lines the test can read. */
export function capturingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = createLogger('grpc-test', 'debug', {
    write: (chunk: string) => lines.push(JSON.parse(chunk)),
  });
  return { logger, lines };
}

/** A promise the test resolves when it chooses, to hold a handler or a readiness check mid-flight. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const HealthClient = grpc.makeGenericClientConstructor(healthService, 'Health');

/** The raw grpc.health.v1 status of one service name, as a Kubernetes probe would ask for it. */
export function healthStatus(address: string, service: string): Promise<string> {
  const client = new HealthClient(address, grpc.credentials.createInsecure());
  return new Promise<string>((resolve, reject) => {
    client.makeUnaryRequest(
      healthService.Check!.path,
      healthService.Check!.requestSerialize,
      healthService.Check!.responseDeserialize,
      { service },
      { deadline: Date.now() + 2000 },
      (error, response) => (error ? reject(error) : resolve((response as { status: string }).status)),
    );
  }).finally(() => client.close());
}
