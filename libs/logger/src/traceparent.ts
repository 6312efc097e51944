import { randomBytes } from 'node:crypto';

import { isValidSpanId, isValidTraceId, trace, TraceFlags } from '@opentelemetry/api';

// W3C Trace Context, version 00: version-traceid-spanid-flags, lowercase hex only.
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ALL_ZEROS = /^0+$/;

interface ParsedTraceparent {
  traceId: string;
  flags: string;
}

function parse(traceparent: string | undefined): ParsedTraceparent | undefined {
  const match = traceparent === undefined ? null : TRACEPARENT.exec(traceparent);
  if (!match) return undefined;
  const traceId = match[1]!;
  const spanId = match[2]!;
  const flags = match[3]!;
  // The spec makes all-zero ids invalid so that a blank header never joins someone else's trace.
  if (ALL_ZEROS.test(traceId) || ALL_ZEROS.test(spanId)) return undefined;
  return { traceId, flags };
}

// Every request and every gRPC call draws new ids; one system call per 4 KiB of randomness instead of
// one per id keeps that off the hot path. Trace ids need to be unique, not secret.
const RANDOM_POOL_BYTES = 4096;
let randomPool = Buffer.alloc(0);
let randomOffset = 0;

function randomHex(bytes: number): string {
  if (randomOffset + bytes > randomPool.length) {
    randomPool = randomBytes(RANDOM_POOL_BYTES);
    randomOffset = 0;
  }
  const hex = randomPool.toString('hex', randomOffset, randomOffset + bytes);
  randomOffset += bytes;
  return hex;
}

function nonZeroHex(bytes: number): string {
  for (;;) {
    const hex = randomHex(bytes);
    if (!ALL_ZEROS.test(hex)) return hex;
  }
}

/** The 32-hex trace id of a W3C traceparent, or undefined when the header is malformed. */
export function traceIdOf(traceparent: string | undefined): string | undefined {
  return parse(traceparent)?.traceId;
}

/**
 * A traceparent for a new span: the OpenTelemetry span active here when there is one (its
 * instrumentation already made it a child of parent), else a child of parent (same trace id and flags,
 * new span id) when parent is valid, otherwise the root of a new, sampled trace.
 */
export function newTraceparent(parent?: string): string {
  const active = activeTraceparent();
  if (active) return active;
  const parsed = parse(parent);
  const traceId = parsed?.traceId ?? nonZeroHex(16);
  const flags = parsed?.flags ?? '01';
  return `00-${traceId}-${nonZeroHex(8)}-${flags}`;
}

/**
 * The traceparent of the OpenTelemetry span active here, or undefined when none is (the SDK is off, or
 * no instrumentation opened one). Code that needs a span uses @opentelemetry/api only.
 */
export function activeTraceparent(): string | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId, traceFlags } = span.spanContext();
  if (!isValidTraceId(traceId) || !isValidSpanId(spanId)) return undefined;
  return `00-${traceId}-${spanId}-${traceFlags & TraceFlags.SAMPLED ? '01' : '00'}`;
}
