import { Tag } from 'antd';
import type { SourceCitation } from '../../../../shared/domain/standard';
import { useT } from '../../app/useT';
import { MUTED } from '../../components/styles';
import { TAG_COLORS } from '../../components/styles';

export const PROVENANCE_COLORS: Record<SourceCitation['provenance'], string | undefined> = {
  'C-off': TAG_COLORS.green,
  'C-3p': TAG_COLORS.blue,
  K: TAG_COLORS.orange,
  I: undefined,
};

export function ProvenanceTag({ provenance }: { provenance: SourceCitation['provenance'] }) {
  const { t } = useT();
  return (
    <Tag color={PROVENANCE_COLORS[provenance]} title={t(`ui.provenance.${provenance}`)}>
      {provenance}
    </Tag>
  );
}

/** Document, clause and reference of each citation, with how sure we are of it. */
export function SourceList({ sources }: { sources: readonly SourceCitation[] }) {
  const { t } = useT();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {sources.map((source, index) => (
        <li key={index}>
          <ProvenanceTag provenance={source.provenance} />
          {source.document}
          {source.clause ? ` · ${t('ui.criterion.clause', { clause: source.clause })}` : ''}
          {source.ref ? <span style={MUTED}> · {t('ui.criterion.ref', { ref: source.ref })}</span> : null}
        </li>
      ))}
    </ul>
  );
}
