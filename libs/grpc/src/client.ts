import * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { service as healthService } from 'grpc-health-check';
import { getContext, newTraceparent, type Actor } from '@atrium/logger';

import { contextToMetadata } from './metadata';

export interface CallOptions {
  deadlineMs?: number;
  /** acts as this identity instead of the current request's actor */
  actor?: Actor;
}

/** One promise-returning method per RPC of a generated *ServiceDefinition (its index signature dropped). */
export type PromiseClient<D> = {
  [K in keyof D as string extends K ? never : K]: D[K] extends MethodDefinition<
    infer Req,
    infer _Res,
    infer _ReqOut,
    infer ResOut
  >
    ? (request: Req, options?: CallOptions) => Promise<ResOut>
    : never;
};

export type ServiceClient<D> = PromiseClient<D> & {
  close(): void;
  /** true only when the server answers SERVING for '' within timeoutMs (default: the client's deadline) */
  checkHealth(timeoutMs?: number): Promise<boolean>;
};

/**
 * A client class as grpc.loadPackageDefinition produces it, e.g. pkg.atrium.tenancy.v1.TenancyService
 * (grpc.ServiceClientConstructor fits too); its service definition fixes the client's methods.
 */
export interface ServiceConstructor<D extends grpc.ServiceDefinition> {
  new (address: string, credentials: grpc.ChannelCredentials, options?: grpc.ClientOptions): grpc.Client;
  service: D;
}

const CHANNEL_OPTIONS: grpc.ChannelOptions = {
  // Pings keep idle connections alive through proxies and NAT, and reveal a dead peer within seconds
  // instead of at the next call's deadline.
  'grpc.keepalive_time_ms': 30_000,
  'grpc.keepalive_timeout_ms': 10_000,
  'grpc.keepalive_permit_without_calls': 1,
  // A restarted pod should be found again quickly, not after the default two-minute back-off.
  'grpc.max_reconnect_backoff_ms': 5_000,
  // Channelz (grpc-js's introspection service, which nothing here serves) otherwise counts and
  // timestamps every call on the channel and its subchannel.
  'grpc.enable_channelz': 0,
};

const HEALTH_CHECK = healthService.Check!;

function unaryCall<Req, Res>(
  client: grpc.Client,
  method: Pick<
    MethodDefinition<Req, unknown, unknown, Res>,
    'path' | 'requestSerialize' | 'responseDeserialize'
  >,
  request: Req,
  metadata: grpc.Metadata,
  deadlineMs: number,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      method.path,
      method.requestSerialize,
      method.responseDeserialize,
      request,
      metadata,
      { deadline: Date.now() + deadlineMs },
      (error, response) => (error ? reject(error) : resolve(response as Res)),
    );
  });
}

/**
 * A client for one service over its own channel. Every call has a deadline and carries the current
 * request's id, trace (as a child span) and actor; rejections are the grpc-js ServiceError itself so
 * problemFromGrpcError can read the status and the domain error.
 */
export function createClient<D extends grpc.ServiceDefinition>(
  serviceConstructor: ServiceConstructor<D>,
  address: string,
  options: { deadlineMs: number },
): ServiceClient<D> {
  const client = new serviceConstructor(address, grpc.credentials.createInsecure(), CHANNEL_OPTIONS);
  const methods: Record<string, (request: unknown, callOptions?: CallOptions) => Promise<unknown>> = {};
  for (const [name, method] of Object.entries(serviceConstructor.service)) {
    methods[name] = (request, callOptions = {}) => {
      const context = getContext();
      const actor = callOptions.actor ?? context?.actor;
      const metadata = contextToMetadata({
        requestId: context?.requestId,
        traceparent: newTraceparent(context?.traceparent),
        actor,
      });
      return unaryCall(client, method, request, metadata, callOptions.deadlineMs ?? options.deadlineMs);
    };
  }
  return {
    ...(methods as PromiseClient<D>),
    close: () => client.close(),
    checkHealth: async (timeoutMs: number = options.deadlineMs) => {
      try {
        const response = await unaryCall<{ service: string }, { status?: string }>(
          client,
          HEALTH_CHECK,
          { service: '' },
          new grpc.Metadata(),
          timeoutMs,
        );
        return response.status === 'SERVING';
      } catch {
        return false;
      }
    },
  };
}
