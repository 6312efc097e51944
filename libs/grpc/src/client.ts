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

/** The request and answer types of one RPC of a generated *ServiceDefinition. */
type RequestOf<M> =
  M extends MethodDefinition<infer Req, infer _Res, infer _ReqOut, infer _ResOut> ? Req : never;
type AnswerOf<M> =
  M extends MethodDefinition<infer _Req, infer _Res, infer _ReqOut, infer ResOut> ? ResOut : never;

export type ServiceClient<D> = PromiseClient<D> & {
  /**
   * Calls a client-streaming RPC: each request `requests` yields is written in turn, waiting while the
   * channel is full, so a large upload flows at the pace the server reads it. The call is cancelled
   * when `requests` throws (that error rejects) and stops writing as soon as the server answers.
   */
  stream<K extends keyof PromiseClient<D> & keyof D>(
    method: K,
    requests: AsyncIterable<RequestOf<D[K]>>,
    options?: CallOptions,
  ): Promise<AnswerOf<D[K]>>;
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

function clientStreamCall<Req, Res>(
  client: grpc.Client,
  method: Pick<
    MethodDefinition<Req, unknown, unknown, Res>,
    'path' | 'requestSerialize' | 'responseDeserialize'
  >,
  requests: AsyncIterable<Req>,
  metadata: grpc.Metadata,
  deadlineMs: number,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let wake: () => void = () => undefined;
    const call = client.makeClientStreamRequest(
      method.path,
      method.requestSerialize,
      method.responseDeserialize,
      metadata,
      { deadline: Date.now() + deadlineMs },
      (error, response) => {
        settled = true;
        wake();
        if (error) reject(error);
        else resolve(response as Res);
      },
    );
    const writable = () =>
      new Promise<void>((ready) => {
        wake = ready;
        call.once('drain', ready);
      });
    void (async () => {
      try {
        for await (const request of requests) {
          if (settled) return;
          if (!call.write(request)) await writable();
          if (settled) return;
        }
        call.end();
      } catch (error) {
        call.cancel();
        if (!settled) {
          settled = true;
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    })();
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
  const metadataOf = (callOptions: CallOptions) => {
    const context = getContext();
    return contextToMetadata({
      requestId: context?.requestId,
      traceparent: newTraceparent(context?.traceparent),
      actor: callOptions.actor ?? context?.actor,
    });
  };
  for (const [name, method] of Object.entries(serviceConstructor.service)) {
    methods[name] = (request, callOptions = {}) => {
      if (method.requestStream)
        return Promise.reject(new Error(`${name} streams its requests: call stream()`));
      return unaryCall(
        client,
        method,
        request,
        metadataOf(callOptions),
        callOptions.deadlineMs ?? options.deadlineMs,
      );
    };
  }
  return {
    ...(methods as PromiseClient<D>),
    stream: (
      name: string | number | symbol,
      requests: AsyncIterable<unknown>,
      callOptions: CallOptions = {},
    ) => {
      const method = serviceConstructor.service[name as string];
      if (!method?.requestStream)
        return Promise.reject(new Error(`${String(name)} is not a client-streaming RPC`));
      return clientStreamCall(
        client,
        method,
        requests,
        metadataOf(callOptions),
        callOptions.deadlineMs ?? options.deadlineMs,
      ) as never;
    },
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
