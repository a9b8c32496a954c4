import { create } from 'zustand';
import type { AuditSummary } from '../../../../shared/domain/audit';
import type { Facility, FacilityInput } from '../../../../shared/domain/facility';
import type { FacilityImportReport } from '../../../../shared/ipc/contracts/facilities';
import type { StandardSummary } from '../../../../shared/ipc/contracts/standards';
import { bilingual } from '../../../../shared/i18n/format';
import { api } from '../../api';
import { ClientError } from '../../api/client';
import { bytesToBase64, importFileProblem } from './file-base64';
import { latestAuditByFacility } from './hierarchy';
import type { VariantSummary } from './variant-options';

/** The whole registry of a province fits (the contract allows 20,000). */
const ALL_FACILITIES = 20_000;

interface FacilitiesState {
  facilities: Facility[];
  latestAudit: Map<string, AuditSummary>;
  /** Ids matching the search (name, code, place, pinyin); null when there is no search. */
  matches: Set<string> | null;
  query: string;
  searched: string;
  selectedPlace: string | null;
  expandedPlaces: string[];
  standards: StandardSummary[];
  variants: VariantSummary[];
  error: unknown;
  importing: boolean;
  importReport: FacilityImportReport | null;
  importError: unknown;

  load(): Promise<void>;
  /** Standards and provincial variants for the facility form; fetched once. */
  loadReference(): Promise<void>;
  setQuery(query: string): void;
  search(): Promise<void>;
  selectPlace(key: string | null): void;
  setExpandedPlaces(keys: string[]): void;
  /** Creates (id null) or updates, then shows the saved record. Throws the ClientError for the form. */
  save(id: string | null, input: FacilityInput): Promise<Facility>;
  /** Checked here first (type, size) so a wrong file is refused before it is read. */
  importFile(file: File): Promise<void>;
  /** The registry again (after an import); a failure shows as the page's error. */
  reloadFacilities(): Promise<void>;
  clearImport(): void;
}

let latestSearch = 0;

export const useFacilitiesStore = create<FacilitiesState>()((set, get) => ({
  facilities: [],
  latestAudit: new Map(),
  matches: null,
  query: '',
  searched: '',
  selectedPlace: null,
  expandedPlaces: [],
  standards: [],
  variants: [],
  error: null,
  importing: false,
  importReport: null,
  importError: null,

  async load() {
    try {
      const [facilities, audits] = await Promise.all([
        api.listFacilities({ limit: ALL_FACILITIES }),
        api.listAudits({}),
        get().loadReference(),
      ]);
      set({ facilities, latestAudit: latestAuditByFacility(audits), error: null });
    } catch (error) {
      set({ error });
    }
  },

  async loadReference() {
    if (get().standards.length > 0) return;
    const [standards, variants] = await Promise.all([api.listStandards({}), api.listVariants({})]);
    set({ standards, variants });
  },

  setQuery: (query) => set({ query }),

  async search() {
    const request = ++latestSearch;
    const query = get().query.trim();
    if (!query) {
      set({ matches: null, searched: '' });
      return;
    }
    try {
      const found = await api.listFacilities({ query, limit: ALL_FACILITIES });
      if (request === latestSearch) set({ matches: new Set(found.map((f) => f.id)), searched: query, error: null });
    } catch (error) {
      if (request === latestSearch) set({ error });
    }
  },

  selectPlace: (selectedPlace) => set({ selectedPlace }),
  setExpandedPlaces: (expandedPlaces) => set({ expandedPlaces }),

  async save(id, input) {
    const saved = id === null ? await api.createFacility(input) : await api.updateFacility({ id, facility: input });
    const others = get().facilities.filter((f) => f.id !== saved.id);
    set({ facilities: [...others, saved] });
    return saved;
  },

  async importFile(file) {
    const problem = importFileProblem(file);
    if (problem) {
      const data = { code: 'bad_file' as const, message: bilingual(problem) };
      set({ importReport: null, importError: new ClientError('facilities:import-facilities', data) });
      return;
    }
    set({ importing: true, importReport: null, importError: null });
    try {
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const importReport = await api.importFacilities({ fileName: file.name, contentBase64 });
      set({ importing: false, importReport });
    } catch (importError) {
      set({ importing: false, importError });
      return;
    }
    // Only the registry changed: the audits (and their verdicts) did not.
    await get().reloadFacilities();
  },

  async reloadFacilities() {
    try {
      set({ facilities: await api.listFacilities({ limit: ALL_FACILITIES }), error: null });
    } catch (error) {
      set({ error });
    }
  },

  clearImport: () => set({ importReport: null, importError: null }),
}));
