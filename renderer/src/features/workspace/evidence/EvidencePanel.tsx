import { CameraOutlined, LoadingOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { EVIDENCE_MIME_TYPES } from '../../../../../shared/ipc/contracts/evidence';
import { useT } from '../../../app/useT';
import { CameraDialog } from './CameraDialog';
import { EvidenceItem } from './EvidenceItem';
import { scopeKey, useEvidenceStore, type EvidenceScope } from './store';
import './evidence.css';

export interface EvidencePanelProps {
  auditId: string;
  criterionId?: string | undefined;
  findingId?: string | undefined;
  disabled: boolean;
}

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/**
 * Evidence of one criterion or finding (or the whole audit): attach by the file picker, by
 * dropping files on the panel or with the camera; every file is checked and stored by main.
 */
export function EvidencePanel({ auditId, criterionId, findingId, disabled }: EvidencePanelProps) {
  const { t, locale } = useT();
  const scope = useMemo<EvidenceScope>(() => ({ auditId, criterionId, findingId }), [auditId, criterionId, findingId]);
  const state = useEvidenceStore((s) => s.scopes[scopeKey(scope)]);
  const load = useEvidenceStore((s) => s.load);
  const attach = useEvidenceStore((s) => s.attach);
  const remove = useEvidenceStore((s) => s.remove);
  const dismiss = useEvidenceStore((s) => s.dismiss);
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [cameraOpen, setCameraOpen] = useState(false);

  useEffect(() => {
    void load(scope);
  }, [load, scope]);

  const attachFiles = (files: FileList | null) => {
    if (!disabled && files && files.length > 0) void attach(scope, [...files]);
  };

  const dropHandlers = disabled
    ? {}
    : {
        onDragOver: (event: DragEvent<HTMLDivElement>) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        },
        onDragLeave: (event: DragEvent<HTMLDivElement>) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        },
        onDrop: (event: DragEvent<HTMLDivElement>) => {
          event.preventDefault();
          setDragging(false);
          attachFiles(event.dataTransfer.files);
        },
      };

  const items = state?.items ?? [];
  const busy = state?.busy ?? 0;

  return (
    <div
      role="group"
      aria-label={t('ui.evidence.title')}
      data-testid="evidence-panel"
      data-criterion-id={criterionId}
      data-finding-id={findingId}
      className={`dabiao-evidence-panel${dragging ? ' dabiao-evidence-panel-dragging' : ''}`}
      {...dropHandlers}
    >
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Button
            autoInsertSpace={false}
            icon={<PaperClipOutlined />}
            disabled={disabled}
            onClick={() => inputRef.current?.click()}
          >
            {t('ui.evidence.attach')}
          </Button>
          <input
            ref={inputRef}
            type="file"
            multiple
            hidden
            accept={EVIDENCE_MIME_TYPES.join(',')}
            aria-label={t('ui.evidence.file_input')}
            data-testid="evidence-file-input"
            disabled={disabled}
            onChange={(event) => {
              attachFiles(event.target.files);
              // The same file chosen again must fire change again.
              event.target.value = '';
            }}
          />
          <Button
            autoInsertSpace={false}
            icon={<CameraOutlined />}
            disabled={disabled}
            onClick={() => setCameraOpen(true)}
          >
            {t('ui.evidence.camera')}
          </Button>
          {disabled ? null : (
            <Typography.Text className="dabiao-muted">
              {t(dragging ? 'ui.evidence.dropping' : 'ui.evidence.drop')}
            </Typography.Text>
          )}
          {busy > 0 ? (
            <Typography.Text role="status" data-testid="evidence-busy">
              <LoadingOutlined /> {t('ui.evidence.uploading', { count: busy })}
            </Typography.Text>
          ) : null}
        </Flex>

        {state?.problems.map((problem) => (
          <Alert
            key={problem.id}
            type="error"
            showIcon
            closable={{ onClose: () => dismiss(scope, problem.id) }}
            title={problem.message[locale]}
          />
        ))}
        {state?.status === 'failed' ? (
          <Alert
            type="error"
            showIcon
            title={t('ui.evidence.load_failed', { message: state.loadError?.[locale] ?? '' })}
            action={
              <Button autoInsertSpace={false} size="small" onClick={() => void load(scope)}>
                {t('ui.evidence.retry')}
              </Button>
            }
          />
        ) : null}

        {items.length > 0 ? (
          <ul className="dabiao-evidence-list" aria-label={t('ui.evidence.list')}>
            {items.map((evidence) => (
              <EvidenceItem
                key={evidence.id}
                evidence={evidence}
                disabled={disabled}
                onRemove={(e) => void remove(scope, e)}
              />
            ))}
          </ul>
        ) : state?.status === 'failed' ? null : (
          <Typography.Text className="dabiao-muted" data-testid="evidence-empty">
            {t(state?.status === 'ready' ? 'ui.evidence.empty' : 'ui.evidence.loading')}
          </Typography.Text>
        )}
      </Flex>
      <CameraDialog
        open={cameraOpen}
        onClose={() => setCameraOpen(false)}
        onCapture={(photo) => void attach(scope, [photo])}
      />
    </div>
  );
}
