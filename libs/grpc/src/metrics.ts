import { status } from '@grpc/grpc-js';
import { histogram, secondsSince } from '@atrium/metrics';

/** By service, method and status code: bounded by the protos, never by a request's content. */
const handlingSeconds = histogram({
  name: 'grpc_server_handling_seconds',
  help: 'Time a gRPC server took to answer a unary call, by service, method and status code.',
  labelNames: ['grpc_service', 'grpc_method', 'grpc_code'],
});

const CODE_NAMES = new Map<number, string>(
  Object.entries(status)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([name, code]) => [code, name]),
);

/** Records one answered call; `code` is the gRPC status it answered with. */
export function observeCall(service: string, method: string, code: number, start: bigint): void {
  handlingSeconds.observe(
    { grpc_service: service, grpc_method: method, grpc_code: CODE_NAMES.get(code) ?? 'UNKNOWN' },
    secondsSince(start),
  );
}
