import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Several middlewares run as one: each one's `next()` calls the following one, and the last one's the
 * outer `next`; an error, thrown or passed to `next` or a rejected promise, goes to the outer `next`
 * as Express would send it. Express's router costs a few microseconds per layer it walks (matching,
 * parameter handling, the promise check), which on GET /v1/me was a tenth of the gateway's CPU for a
 * dozen layers that always run (docs/benchmarks.md). `next('route')` is not supported.
 */
export function chain(...handlers: RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    let index = 0;
    const step = (error?: unknown): void => {
      if (error !== undefined && error !== null) {
        next(error);
        return;
      }
      const handler = handlers[index];
      index += 1;
      if (handler === undefined) {
        next();
        return;
      }
      try {
        const result: unknown = handler(req, res, step);
        if (result instanceof Promise)
          result.catch((thrown: unknown) => next(thrown ?? new Error('rejected')));
      } catch (thrown) {
        next(thrown);
      }
    };
    step();
  };
}
