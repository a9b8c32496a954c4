import type { Evidence } from '../../../../../shared/ipc/contracts/evidence';
import { ClientError } from '../../../api/client';
import type { EvidenceApi } from './store';

/** The four evidence calls over an in-memory list, recording what main would receive. */
export function fakeEvidenceApi() {
  const stored: (Evidence & { contentBase64: string })[] = [];
  const calls: string[] = [];
  let refuseNext: ClientError | undefined;
  const strip = ({ contentBase64: _c, ...e }: Evidence & { contentBase64: string }): Evidence => e;

  const client: EvidenceApi = {
    attachEvidence(input) {
      calls.push(`attach ${input.fileName}`);
      if (refuseNext) {
        const error = refuseNext;
        refuseNext = undefined;
        return Promise.reject(error);
      }
      const evidence = {
        id: `ev-${stored.length + 1}`,
        auditId: input.auditId,
        criterionId: input.criterionId ?? null,
        findingId: input.findingId ?? null,
        fileName: input.fileName,
        mimeType: input.mimeType,
        size: atob(input.contentBase64).length,
        sha256: 'a'.repeat(64),
        createdAt: '2024-05-01T00:00:00.000Z',
        contentBase64: input.contentBase64,
      };
      stored.push(evidence);
      return Promise.resolve(strip(evidence));
    },
    listEvidence(input) {
      calls.push('list');
      return Promise.resolve(
        stored
          .filter(
            (e) =>
              e.auditId === input.auditId &&
              (input.criterionId === undefined || e.criterionId === input.criterionId) &&
              (input.findingId === undefined || e.findingId === input.findingId),
          )
          .map(strip),
      );
    },
    readEvidence({ id }) {
      calls.push(`read ${id}`);
      const found = stored.find((e) => e.id === id);
      return found
        ? Promise.resolve({ id, mimeType: found.mimeType, contentBase64: found.contentBase64 })
        : Promise.reject(new Error('missing'));
    },
    removeEvidence({ id }) {
      calls.push(`remove ${id}`);
      const index = stored.findIndex((e) => e.id === id);
      if (index >= 0) stored.splice(index, 1);
      return Promise.resolve({ removed: index >= 0 });
    },
  };
  return {
    client,
    stored,
    calls,
    refuseNextWith(error: ClientError) {
      refuseNext = error;
    },
  };
}
