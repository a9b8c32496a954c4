import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditSummary } from '../../../../shared/domain/audit';

const listAudits = vi.fn<(input?: { query?: string }) => Promise<AuditSummary[]>>();
vi.mock('../../api', () => ({ api: { listAudits } }));

const { useAuditsStore } = await import('./store');
const { NO_FILTERS } = await import('./audit-filters');

const summary = (id: string) => ({ id }) as AuditSummary;
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('audits store', () => {
  beforeEach(() => {
    listAudits.mockReset();
    useAuditsStore.setState({
      audits: [],
      query: '',
      searched: null,
      filters: NO_FILTERS,
      loading: false,
      error: null,
    });
  });

  it('sends the trimmed search to the core and remembers what the list answers', async () => {
    listAudits.mockResolvedValue([summary('a')]);
    useAuditsStore.getState().setQuery('  amxl ');
    await useAuditsStore.getState().load();
    expect(listAudits).toHaveBeenCalledWith({ query: 'amxl' });
    expect(useAuditsStore.getState()).toMatchObject({ audits: [summary('a')], searched: 'amxl', loading: false });
  });

  it('asks for everything when the search is empty', async () => {
    listAudits.mockResolvedValue([]);
    await useAuditsStore.getState().load();
    expect(listAudits).toHaveBeenCalledWith({});
  });

  it('never lets a slow older answer replace a newer one', async () => {
    const slow = deferred<AuditSummary[]>();
    listAudits.mockReturnValueOnce(slow.promise).mockResolvedValueOnce([summary('new')]);
    useAuditsStore.getState().setQuery('old');
    const first = useAuditsStore.getState().load();
    useAuditsStore.getState().setQuery('new');
    await useAuditsStore.getState().load();
    slow.resolve([summary('old')]);
    await first;
    expect(useAuditsStore.getState()).toMatchObject({ audits: [summary('new')], searched: 'new' });
  });

  it('keeps the shown list and records the error when a search fails', async () => {
    useAuditsStore.setState({ audits: [summary('kept')] });
    const failure = new Error('bridge down');
    listAudits.mockRejectedValue(failure);
    await useAuditsStore.getState().load();
    expect(useAuditsStore.getState()).toMatchObject({ audits: [summary('kept')], error: failure, loading: false });
  });

  it('clears filters and search together', () => {
    useAuditsStore.getState().setFilters({ level: 'village_clinic', from: '2025-01-01' });
    useAuditsStore.getState().setQuery('lqz');
    useAuditsStore.getState().clearFilters();
    expect(useAuditsStore.getState()).toMatchObject({ filters: NO_FILTERS, query: '' });
  });
});
