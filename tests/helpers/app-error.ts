import { expect } from 'vitest';
import { AppError } from '../../shared/errors';

/** The AppError a promise rejects with; the test fails if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The AppError with `code` that `fn` throws; the test fails if it returns or throws anything else. */
export function expectAppError(fn: () => unknown, code: AppError['code']): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    return err as AppError;
  }
  throw new Error(`expected AppError ${code}`);
}
