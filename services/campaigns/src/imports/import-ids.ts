import { isUuid } from '../domain/ids';

/**
 * An import's job id as GET /v1/jobs/{jobId} takes it (ProspectImport.id in the proto): "imp_", the
 * client's id, "_" and the import's own id. The prefix tells the gateway to ask campaigns rather than
 * tenancy, and the client id for which client to resolve the caller's access, in one call.
 */
export function importJobId(clientId: string, importId: string): string {
  return `imp_${clientId}_${importId}`;
}

/** The import's own id when the job id is one of the client's import ids, else null. */
export function importIdOf(clientId: string, jobId: string): string | null {
  const [prefix, client, id, ...rest] = jobId.split('_');
  if (prefix !== 'imp' || rest.length > 0 || client?.toLowerCase() !== clientId.toLowerCase()) return null;
  return id !== undefined && isUuid(id) ? id.toLowerCase() : null;
}
