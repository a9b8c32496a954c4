import { Button, Flex } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import { useT } from '../../app/useT';
import { MUTED_SMALL } from '../../components/styles';
import { pngBase64Of } from './signature-entries';

const PAD_HEIGHT = 180;

interface Props {
  label: string;
  saving: boolean;
  /** Why saving is not possible yet besides an empty pad (a missing name); null when it is. */
  blocked: string | null;
  onSave: (pngBase64: string) => void;
  onCancel: () => void;
}

/**
 * A drawing surface for one signature. signature_pad listens to pointer events, so a mouse, a
 * touchpad and a pen all draw (with pen pressure where the device reports it). The canvas is
 * sized in device pixels so the saved PNG is sharp on high-density screens.
 */
export function SignaturePadField({ label, saving, blocked, onSave, onCancel }: Props) {
  const { t } = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [empty, setEmpty] = useState(true);
  const helpId = useId();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = PAD_HEIGHT * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePad(canvas, { penColor: '#0b1f44', minWidth: 0.8, maxWidth: 2.8 });
    const drawn = () => setEmpty(pad.isEmpty());
    pad.addEventListener('endStroke', drawn);
    padRef.current = pad;
    return () => {
      pad.removeEventListener('endStroke', drawn);
      pad.off();
      padRef.current = null;
    };
  }, []);

  const clear = () => {
    padRef.current?.clear();
    setEmpty(true);
  };
  const save = () => {
    const pad = padRef.current;
    const png = pad && !pad.isEmpty() ? pngBase64Of(pad.toDataURL('image/png')) : null;
    if (png) onSave(png);
  };
  const reason = blocked ?? (empty ? t('ui.signatures.empty_pad') : null);

  return (
    <Flex vertical gap={8} data-testid="signature-pad">
      <canvas
        ref={canvasRef}
        aria-label={label}
        aria-describedby={helpId}
        style={{
          width: '100%',
          height: PAD_HEIGHT,
          border: '1px dashed #8c8c8c',
          borderRadius: 6,
          background: '#fff',
          cursor: 'crosshair',
        }}
      />
      <div id={helpId} style={MUTED_SMALL}>
        {reason ?? t('ui.signatures.pad_help')}
      </div>
      <Flex gap={8} justify="end">
        <Button onClick={clear} disabled={empty || saving}>
          {t('ui.signatures.clear')}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          {t('ui.action.cancel')}
        </Button>
        <Button type="primary" onClick={save} loading={saving} disabled={reason !== null}>
          {t('ui.signatures.save')}
        </Button>
      </Flex>
    </Flex>
  );
}
