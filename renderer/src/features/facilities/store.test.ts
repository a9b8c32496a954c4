import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = {
  listFacilities: vi.fn(),
  listAudits: vi.fn(),
  listStandards: vi.fn(),
  listVariants: vi.fn(),
  importFacilities: vi.fn(),
};
vi.mock('../../api', () => ({ api }));

const { ClientError } = await import('../../api/client');
const { useFacilitiesStore } = await import('./store');

describe('facilities store: import', () => {
  beforeEach(() => {
    for (const fn of Object.values(api)) fn.mockReset().mockResolvedValue([]);
    useFacilitiesStore.setState({ importing: false, importReport: null, importError: null });
  });

  it('refuses a wrong file type without sending it, in both languages', async () => {
    await useFacilitiesStore.getState().importFile(new File(['x'], 'facilities.xls'));
    expect(api.importFacilities).not.toHaveBeenCalled();
    const error = useFacilitiesStore.getState().importError;
    expect(error).toBeInstanceOf(ClientError);
    expect(error instanceof ClientError && error.code).toBe('bad_file');
    expect(error instanceof ClientError && error.messageIn('zh-CN')).toContain('facilities.xls');
  });

  it('sends the bytes as base64 and shows the report, then reloads the registry', async () => {
    const report = { created: 1, updated: 0, rejected: 1, errors: [] };
    api.importFacilities.mockResolvedValue(report);
    await useFacilitiesStore.getState().importFile(new File(['code,name\n'], 'list.csv'));
    expect(api.importFacilities).toHaveBeenCalledWith({
      fileName: 'list.csv',
      contentBase64: btoa('code,name\n'),
    });
    expect(useFacilitiesStore.getState()).toMatchObject({ importReport: report, importing: false, importError: null });
    expect(api.listFacilities).toHaveBeenCalled();
  });

  it('keeps the refusal of a bad file on screen', async () => {
    const refusal = new ClientError('facilities:import-facilities', {
      code: 'bad_file',
      message: { 'zh-CN': '文件无效', 'en-US': 'Invalid file' },
    });
    api.importFacilities.mockRejectedValue(refusal);
    await useFacilitiesStore.getState().importFile(new File(['garbage'], 'list.xlsx'));
    expect(useFacilitiesStore.getState()).toMatchObject({ importError: refusal, importing: false, importReport: null });
  });
});
