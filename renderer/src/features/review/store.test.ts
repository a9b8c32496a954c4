import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReviewScope, ReviewSummary } from '../../../../shared/ipc/contracts/review';
import { provinceSummary } from './test-fixtures';

const reviewSummary = vi.fn<(scope: ReviewScope) => Promise<ReviewSummary>>();
vi.mock('../../api', () => ({ api: { reviewSummary } }));

const { useReviewStore } = await import('./store');
const { DEFAULT_SORT } = await import('./rankings-sort');

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('review dashboard store', () => {
  beforeEach(() => {
    reviewSummary.mockReset();
    useReviewStore.setState({ scope: { path: [] }, summary: null, loading: false, error: null, sort: DEFAULT_SORT });
  });

  it('asks the core for the scope and keeps what it answers', async () => {
    const summary = provinceSummary();
    reviewSummary.mockResolvedValue(summary);
    await useReviewStore.getState().load({ path: ['示范省'], level: 'village_clinic' });
    expect(reviewSummary).toHaveBeenCalledWith({ path: ['示范省'], level: 'village_clinic' });
    expect(useReviewStore.getState()).toMatchObject({ summary, loading: false, error: null });
  });

  it("never shows one place's figures under another place, and keeps them while the same place reloads", async () => {
    useReviewStore.setState({ scope: { path: ['示范省'] }, summary: provinceSummary() });
    const pending = deferred<ReviewSummary>();
    reviewSummary.mockReturnValue(pending.promise);
    const same = useReviewStore.getState().load({ path: ['示范省'] });
    expect(useReviewStore.getState().summary).not.toBeNull();
    const other = useReviewStore.getState().load({ path: ['示范省', '东山市'] });
    expect(useReviewStore.getState()).toMatchObject({ summary: null, loading: true });
    pending.resolve(provinceSummary());
    await Promise.all([same, other]);
  });

  it('lets only the newest request write, whatever order the answers come in', async () => {
    const slow = deferred<ReviewSummary>();
    const fresh = provinceSummary({ childLevel: 'county' });
    reviewSummary.mockReturnValueOnce(slow.promise).mockResolvedValueOnce(fresh);
    const first = useReviewStore.getState().load({ path: ['示范省'] });
    await useReviewStore.getState().load({ path: ['示范省', '东山市'] });
    slow.resolve(provinceSummary());
    await first;
    expect(useReviewStore.getState()).toMatchObject({ summary: fresh, scope: { path: ['示范省', '东山市'] } });
  });

  it('records a failure instead of throwing, and retries the same scope', async () => {
    const failure = new Error('bridge down');
    reviewSummary.mockRejectedValueOnce(failure).mockResolvedValueOnce(provinceSummary());
    await useReviewStore.getState().load({ path: ['示范省'] });
    expect(useReviewStore.getState()).toMatchObject({ error: failure, loading: false });
    await useReviewStore.getState().retry();
    expect(reviewSummary).toHaveBeenLastCalledWith({ path: ['示范省'] });
    expect(useReviewStore.getState().error).toBeNull();
  });

  it('flips the sort of a column chosen twice', () => {
    useReviewStore.getState().sortBy('rate');
    expect(useReviewStore.getState().sort).toEqual({ key: 'rate', direction: 'descending' });
    useReviewStore.getState().sortBy('rate');
    expect(useReviewStore.getState().sort).toEqual({ key: 'rate', direction: 'ascending' });
  });
});
