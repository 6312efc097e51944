import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { chain } from '../src/http/chain';

const req = {} as Request;
const res = {} as Response;

/** Runs the chain once and answers what reached the outer next, once it has been called. */
function runChain(handlers: RequestHandler[]): Promise<unknown[]> {
  return new Promise((resolve) => {
    const next: NextFunction = (...args: unknown[]) => resolve(args);
    chain(...handlers)(req, res, next);
  });
}

test('runs the handlers in order, then the outer next with nothing', async () => {
  const order: number[] = [];
  const handlers = [1, 2, 3].map((n): RequestHandler => (_req, _res, next) => {
    order.push(n);
    next();
  });
  await expect(runChain(handlers)).resolves.toEqual([]);
  expect(order).toEqual([1, 2, 3]);
});

test('an error thrown, passed to next or rejected skips the handlers after it', async () => {
  const never = jest.fn<void, Parameters<RequestHandler>>();
  const failures: RequestHandler[] = [
    () => {
      throw new Error('thrown');
    },
    (_req, _res, next) => next(new Error('passed')),
    async () => {
      await Promise.resolve();
      throw new Error('rejected');
    },
  ];
  for (const failure of failures) {
    const [error] = await runChain([(_req, _res, next) => next(), failure, never]);
    expect((error as Error).message).toMatch(/thrown|passed|rejected/);
  }
  expect(never).not.toHaveBeenCalled();
});

test('a handler that calls next later, as a body parser does, continues the chain then', async () => {
  const later: RequestHandler = (_req, _res, next) => {
    setImmediate(() => next());
  };
  const last = jest.fn<void, Parameters<RequestHandler>>((_req, _res, next) => next());
  await expect(runChain([later, last])).resolves.toEqual([]);
  expect(last).toHaveBeenCalledTimes(1);
});

test('a handler that answers without calling next ends the chain', async () => {
  const answered = jest.fn();
  const after = jest.fn();
  const outer = jest.fn();
  chain(
    () => answered(),
    () => after(),
  )(req, res, outer);
  await new Promise((resolve) => setImmediate(resolve));
  expect(answered).toHaveBeenCalledTimes(1);
  expect(after).not.toHaveBeenCalled();
  expect(outer).not.toHaveBeenCalled();
});
