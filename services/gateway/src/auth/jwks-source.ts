import type { JSONWebKeySet } from 'jose';
import type { Backends } from '../backends';

/** identity's key set, parsed; a malformed answer is identity's bug and surfaces as a 500. */
export async function fetchJwks(identity: Backends['identity']): Promise<JSONWebKeySet> {
  const { jwksJson } = await identity.GetJwks({});
  const parsed: unknown = JSON.parse(jwksJson);
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as JSONWebKeySet).keys)) {
    throw new Error('identity answered GetJwks with something that is not a JSON Web Key Set');
  }
  return parsed as JSONWebKeySet;
}
