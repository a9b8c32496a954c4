import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FacilityHistory, Sample } from '../../../../shared/ipc/contracts/review';

const facilityHistory = vi.fn<(input: { facilityId: string }) => Promise<FacilityHistory>>();
const exportSummary = vi.fn<(input: unknown) => Promise<{ cancelled: true } | { path: string; bytes: number }>>();
const drawSample = vi.fn<(input: unknown) => Promise<Sample>>();
const listSamples = vi.fn<() => Promise<Sample[]>>();
vi.mock('../../api', () => ({ api: { facilityHistory, exportSummary, drawSample, listSamples } }));

const { useHistoryStore } = await import('./history-store');
const { useExportStore } = await import('./export-store');
const { useSamplingStore } = await import('./sampling/store');

const history = (facilityId: string): FacilityHistory => ({ facilityId, audits: [], findings: [] });
const sample = (id: string, seed = 'seed'): Sample => ({
  id,
  seed,
  drawnAt: '2025-09-01T08:00:00Z',
  request: { path: [], facilityCount: 1, method: 'uniform', criteriaCount: 0 },
  populationSize: 39,
  facilities: [],
});
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('facility history drawer store', () => {
  beforeEach(() => {
    facilityHistory.mockReset();
    useHistoryStore.getState().close();
  });

  it('loads the history of the facility it opens', async () => {
    facilityHistory.mockResolvedValue(history('f1'));
    await useHistoryStore.getState().open({ id: 'f1', name: '龙泉镇卫生院' });
    expect(facilityHistory).toHaveBeenCalledWith({ facilityId: 'f1' });
    expect(useHistoryStore.getState()).toMatchObject({
      facility: { id: 'f1' },
      history: history('f1'),
      loading: false,
    });
  });

  it('drops an answer that arrives after the drawer was closed', async () => {
    const late = deferred<FacilityHistory>();
    facilityHistory.mockReturnValue(late.promise);
    const opening = useHistoryStore.getState().open({ id: 'f1', name: 'x' });
    useHistoryStore.getState().close();
    late.resolve(history('f1'));
    await opening;
    expect(useHistoryStore.getState()).toMatchObject({ facility: null, history: null });
  });
});

describe('summary export store', () => {
  beforeEach(() => {
    exportSummary.mockReset();
    useExportStore.setState({ period: 'month', busy: null, outcome: null, error: null });
  });

  it('sends the scope, format, period and language, and shows where the file went', async () => {
    exportSummary.mockResolvedValue({ path: '/home/a/汇总.xlsx', bytes: 2048 });
    useExportStore.getState().setPeriod('week');
    await useExportStore.getState().run({ path: ['示范省'] }, 'xlsx', 'zh-CN');
    expect(exportSummary).toHaveBeenCalledWith({
      scope: { path: ['示范省'] },
      format: 'xlsx',
      period: 'week',
      lang: 'zh-CN',
    });
    expect(useExportStore.getState()).toMatchObject({
      busy: null,
      outcome: { kind: 'saved', format: 'xlsx', path: '/home/a/汇总.xlsx', bytes: 2048 },
    });
  });

  it('says so when the save dialog was cancelled, and records failures', async () => {
    exportSummary.mockResolvedValueOnce({ cancelled: true }).mockRejectedValueOnce(new Error('disk full'));
    await useExportStore.getState().run({ path: [] }, 'pdf', 'en-US');
    expect(useExportStore.getState().outcome).toEqual({ kind: 'cancelled', format: 'pdf' });
    await useExportStore.getState().run({ path: [] }, 'pdf', 'en-US');
    expect(useExportStore.getState()).toMatchObject({ outcome: null, busy: null });
    expect(useExportStore.getState().error).toBeInstanceOf(Error);
  });

  it('runs one export at a time', async () => {
    const slow = deferred<{ path: string; bytes: number }>();
    exportSummary.mockReturnValue(slow.promise);
    const first = useExportStore.getState().run({ path: [] }, 'pdf', 'zh-CN');
    await useExportStore.getState().run({ path: [] }, 'xlsx', 'zh-CN');
    slow.resolve({ path: '/a.pdf', bytes: 10 });
    await first;
    expect(exportSummary).toHaveBeenCalledTimes(1);
  });
});

describe('sampling store', () => {
  beforeEach(() => {
    drawSample.mockReset();
    listSamples.mockReset();
    useSamplingStore.setState({ samples: [], listError: null, shown: null, drawing: false, drawError: null });
  });

  it('shows a new draw and puts it in the list once', async () => {
    listSamples.mockResolvedValue([sample('old')]);
    await useSamplingStore.getState().loadSamples();
    drawSample.mockResolvedValue(sample('new', 'abc'));
    await useSamplingStore.getState().draw({ path: [], facilityCount: 1 });
    expect(useSamplingStore.getState().shown?.seed).toBe('abc');
    expect(useSamplingStore.getState().samples.map((s) => s.id)).toEqual(['new', 'old']);
  });

  it('keeps the list and records the error when a draw fails', async () => {
    useSamplingStore.setState({ samples: [sample('kept')] });
    const failure = new Error('no facility');
    drawSample.mockRejectedValue(failure);
    await useSamplingStore.getState().draw({ path: ['无此省'], facilityCount: 1 });
    expect(useSamplingStore.getState()).toMatchObject({ drawError: failure, drawing: false, shown: null });
    expect(useSamplingStore.getState().samples).toHaveLength(1);
  });
});
