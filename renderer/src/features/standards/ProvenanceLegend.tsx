import { Card, Flex } from 'antd';
import { PROVENANCE } from '../../../../shared/domain/standard';
import { useT } from '../../app/useT';
import { ProvenanceTag } from './SourceList';

/** Auditors must know which requirements are confirmed from an official text and which are not. */
export function ProvenanceLegend() {
  const { t } = useT();
  return (
    <Card size="small" title={t('ui.provenance.legend')}>
      <Flex vertical gap={6}>
        {PROVENANCE.map((tag) => (
          <div key={tag}>
            <ProvenanceTag provenance={tag} />
            {t(`ui.provenance.${tag}`)}
          </div>
        ))}
      </Flex>
    </Card>
  );
}
