import { Alert, Button, Modal, Typography } from 'antd';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { MessageKey } from '../../../../../shared/i18n/format';
import { useT } from '../../../app/useT';
import { photoStamp } from './evidence-files';

interface Props {
  open: boolean;
  onClose: () => void;
  onCapture: (photo: File) => void;
}

type Failure = { key: MessageKey; details?: string };

function failureOf(error: unknown): Failure {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return { key: 'ui.evidence.camera_denied' };
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return { key: 'ui.evidence.camera_missing' };
  return { key: 'ui.evidence.camera_failed', details: error instanceof Error ? error.message : String(error) };
}

const stop = (stream: MediaStream) => stream.getTracks().forEach((track) => track.stop());

/** Mounted only while the dialog is open, so each opening starts the camera afresh and closing stops it. */
function CameraView({
  onCapture,
  captureRef,
}: {
  onCapture: (photo: File) => void;
  captureRef: RefObject<HTMLButtonElement | null>;
}) {
  const { t } = useT();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [live, setLive] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>(() =>
    navigator.mediaDevices ? undefined : { key: 'ui.evidence.camera_missing' },
  );
  const [taken, setTaken] = useState(0);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let cancelled = false;
    // Video only: the window's permission handler refuses the microphone anyway.
    const request = navigator.mediaDevices?.getUserMedia({
      video: { facingMode: 'environment', width: { ideal: 1920 }, height: { ideal: 1080 } },
      audio: false,
    });
    if (!request) return;
    request.then(
      (s) => {
        if (cancelled) return stop(s);
        stream = s;
        const video = videoRef.current;
        if (video) {
          video.srcObject = s;
          void video.play().catch(() => undefined);
        }
        setLive(true);
      },
      (error: unknown) => {
        if (!cancelled) setFailure(failureOf(error));
      },
    );
    return () => {
      cancelled = true;
      if (stream) stop(stream);
    };
  }, []);

  const capture = () => {
    const video = videoRef.current;
    if (!live || !video || video.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    canvas.toBlob(
      (blob) => {
        if (!blob) return;
        const name = t('ui.evidence.photo_file', { stamp: photoStamp(new Date()) });
        onCapture(new File([blob], name, { type: 'image/jpeg' }));
        setTaken((n) => n + 1);
      },
      'image/jpeg',
      0.9,
    );
  };

  return (
    <>
      {failure ? (
        <Alert type="error" showIcon title={t(failure.key, { details: failure.details ?? '' })} />
      ) : (
        <video
          ref={videoRef}
          muted
          playsInline
          aria-label={t('ui.evidence.camera_video')}
          data-testid="camera-video"
          style={{ width: '100%', background: '#000', borderRadius: 4 }}
        />
      )}
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginTop: 12 }}>
        {/* Never disabled, so it can hold the focus from the start: Enter takes a photo once the camera runs. */}
        <Button autoInsertSpace={false} ref={captureRef} type="primary" aria-disabled={!live} onClick={capture}>
          {t('ui.evidence.capture')}
        </Button>
        <Typography.Text className="dabiao-muted" role="status">
          {failure || live
            ? taken > 0
              ? t('ui.evidence.photos_taken', { count: taken })
              : ''
            : t('ui.evidence.camera_starting')}
        </Typography.Text>
      </div>
    </>
  );
}

/** Photos from the laptop camera: each capture becomes a JPEG attachment; Esc or Done closes. */
export function CameraDialog({ open, onClose, onCapture }: Props) {
  const { t } = useT();
  const captureRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      open={open}
      title={t('ui.evidence.camera_title')}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(opened) => {
        if (opened) captureRef.current?.focus();
      }}
      footer={
        <Button autoInsertSpace={false} onClick={onClose}>
          {t('ui.evidence.camera_done')}
        </Button>
      }
      width={720}
    >
      {open ? <CameraView onCapture={onCapture} captureRef={captureRef} /> : null}
    </Modal>
  );
}
