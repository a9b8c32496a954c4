import { DeleteOutlined, FilePdfOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Flex, Image, Popconfirm, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Evidence } from '../../../../../shared/ipc/contracts/evidence';
import { useT } from '../../../app/useT';
import { formatSize } from './evidence-files';
import { useEvidenceStore } from './store';

interface Props {
  evidence: Evidence;
  disabled: boolean;
  onRemove: (evidence: Evidence) => void;
}

const THUMB = { width: 96, height: 72 };

function Thumbnail({ evidence }: { evidence: Evidence }) {
  const { t, locale } = useT();
  const preview = useEvidenceStore((s) => s.previews[evidence.id]);
  const loadPreview = useEvidenceStore((s) => s.loadPreview);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    void loadPreview(evidence);
  }, [evidence, loadPreview]);

  if (preview?.status === 'failed') {
    return (
      <Tooltip title={preview.error ? t('ui.evidence.preview_failed', { message: preview.error[locale] }) : undefined}>
        <Flex align="center" justify="center" style={THUMB} aria-hidden>
          <WarningOutlined />
        </Flex>
      </Tooltip>
    );
  }
  if (!preview?.url) {
    return (
      <Flex align="center" justify="center" style={THUMB} aria-hidden>
        <LoadingOutlined />
      </Flex>
    );
  }
  return (
    <>
      <button
        type="button"
        className="dabiao-evidence-thumb"
        aria-label={t('ui.evidence.preview', { name: evidence.fileName })}
        onClick={() => setOpen(true)}
      >
        <img src={preview.url} alt="" width={THUMB.width} height={THUMB.height} />
      </button>
      {/* The full-size view only; the button above is the thumbnail people see and focus. */}
      <Image
        src={preview.url}
        alt={evidence.fileName}
        style={{ display: 'none' }}
        preview={{ open, onOpenChange: setOpen }}
      />
    </>
  );
}

/** One attachment: thumbnail (images) or icon (PDF), name and size, and removal. */
export function EvidenceItem({ evidence, disabled, onRemove }: Props) {
  const { t } = useT();
  const isImage = evidence.mimeType.startsWith('image/');
  return (
    <li className="dabiao-evidence-item" data-testid={`evidence-item-${evidence.id}`}>
      {isImage ? (
        <Thumbnail evidence={evidence} />
      ) : (
        <Flex align="center" justify="center" style={THUMB} aria-hidden>
          <FilePdfOutlined style={{ fontSize: 32 }} />
        </Flex>
      )}
      <Flex vertical style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text ellipsis={{ tooltip: evidence.fileName }}>{evidence.fileName}</Typography.Text>
        <Typography.Text className="dabiao-muted">{formatSize(evidence.size)}</Typography.Text>
      </Flex>
      {disabled ? null : (
        <Popconfirm
          title={t('ui.evidence.remove_confirm')}
          okText={t('ui.rosters.remove')}
          cancelText={t('ui.rosters.cancel')}
          okButtonProps={{ danger: true, autoFocus: true, autoInsertSpace: false }}
          cancelButtonProps={{ autoInsertSpace: false }}
          onConfirm={() => onRemove(evidence)}
        >
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('ui.evidence.remove_of', { name: evidence.fileName })}
          />
        </Popconfirm>
      )}
    </li>
  );
}
