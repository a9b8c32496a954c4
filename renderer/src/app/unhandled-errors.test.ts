// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { listenForUnhandledErrors, useUnhandledErrors } from './unhandled-errors';

function rejection(reason: unknown): Event {
  const event = new Event('unhandledrejection');
  Object.defineProperty(event, 'reason', { value: reason });
  return event;
}

describe('unhandled errors', () => {
  beforeEach(() => useUnhandledErrors.setState({ errors: [] }));

  it('keeps every unhandled rejection until it is dismissed, and stops listening on unmount', () => {
    const stop = listenForUnhandledErrors(window);
    window.dispatchEvent(rejection('first'));
    window.dispatchEvent(rejection('second'));
    const errors = useUnhandledErrors.getState().errors;
    expect(errors.map((e) => e.error)).toEqual(['first', 'second']);
    useUnhandledErrors.getState().dismiss(errors[0]!.id);
    expect(useUnhandledErrors.getState().errors.map((e) => e.error)).toEqual(['second']);
    stop();
    window.dispatchEvent(rejection('after'));
    expect(useUnhandledErrors.getState().errors).toHaveLength(1);
  });

  it('keeps the five newest when many pile up', () => {
    for (let i = 0; i < 8; i++) useUnhandledErrors.getState().push(i);
    expect(useUnhandledErrors.getState().errors.map((e) => e.error)).toEqual([3, 4, 5, 6, 7]);
  });
});
