import { Tag } from 'antd';
import type { AuditSummary } from '../../../shared/domain/audit';
import { useT } from '../app/useT';
import { TAG_COLORS } from './styles';

const COLORS: Record<AuditSummary['verdict'], string> = {
  pass: TAG_COLORS.green,
  basic: TAG_COLORS.gold,
  fail: TAG_COLORS.red,
};

/** The verdict as scored so far; an unfinished audit's verdict is marked provisional. */
export function VerdictTag({ verdict, complete }: Pick<AuditSummary, 'verdict' | 'complete'>) {
  const { t } = useT();
  return (
    <Tag color={COLORS[verdict]} variant={complete ? undefined : 'outlined'}>
      {t(`verdict.${verdict}`)}
      {complete ? null : ` · ${t('ui.audits.provisional')}`}
    </Tag>
  );
}
