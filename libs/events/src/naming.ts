// A namespace is empty in production; tests use their own so concurrent runs never share streams. It
// becomes part of stream names, which may not contain '.', '*', '>' or whitespace.
const NAMESPACE = /^[A-Za-z0-9_-]*$/;
const SERVICE = /^[a-z]+$/;

function checkNamespace(namespace: string): void {
  if (!NAMESPACE.test(namespace)) {
    throw new Error(`NATS namespace "${namespace}" may only contain letters, digits, '_' and '-'`);
  }
}

/** The NATS subject an event type is published on: `atrium.tenancy.v1.client.created`, prefixed by the namespace. */
export function subjectOf(eventType: string, namespace: string): string {
  checkNamespace(namespace);
  return namespace ? `${namespace}.${eventType}` : eventType;
}

/** The stream holding every event one service publishes: `ATRIUM_TENANCY` over `atrium.tenancy.v1.>`. */
export function streamOf(service: string, namespace: string): { name: string; subjects: string[] } {
  if (!SERVICE.test(service)) throw new Error(`"${service}" is not a service name (lower-case letters only)`);
  const base = `ATRIUM_${service.toUpperCase()}`;
  return {
    name: namespace ? `${namespace.toUpperCase()}_${base}` : base,
    subjects: [subjectOf(`atrium.${service}.v1.>`, namespace)],
  };
}
