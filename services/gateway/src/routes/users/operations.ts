import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { AVATAR_TYPES } from '../shared/fields';

export const UserIdParamsSchema = z.strictObject({
  id: z.uuid().openapi({ description: "The person's id." }),
});

export function addUserRoutes(operations: OperationRouter, backends: Pick<Backends, 'identity'>): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/users/{id}/avatar',
      operationId: 'getAvatar',
      tag: 'users',
      summary: "A person's avatar",
      description:
        'The image itself, as uploaded. Public, so that `<img src>` works without a token: avatars are not ' +
        'secret and user ids cannot be guessed. Send the ETag back in If-None-Match to get 304 when it has not ' +
        'changed; `avatarUrl` changes with the image, so caching it for five minutes shows no stale face.',
      authenticated: false,
      params: UserIdParamsSchema,
      response: {
        status: 200,
        description: 'The image.',
        binary: { contentTypes: AVATAR_TYPES, cacheControl: 'private, max-age=300' },
      },
      problems: { 404: 'The person has no avatar, or there is no such person (`not_found`).' },
    },
    async ({ params }) => {
      const answer = await backends.identity.GetAvatar({ userId: params.id });
      return { contentType: answer.contentType, data: answer.data, etag: answer.etag };
    },
  );
}
