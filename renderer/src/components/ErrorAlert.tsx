import { Alert, Button } from 'antd';
import { useT } from '../app/useT';
import { errorText } from './error-text';
import { MUTED } from './styles';

interface Props {
  error: unknown;
  /** Headline above the message; default: "something went wrong". */
  title?: string;
  onRetry?: () => void;
  /** Shows a close button. */
  onClose?: () => void;
}

/** Any failed call, in both languages, with a retry when the caller can retry. */
export function ErrorAlert({ error, title, onRetry, onClose }: Props) {
  const { t, locale } = useT();
  const { text, other, code } = errorText(error, locale);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="error-alert"
      data-error-code={code}
      title={title ?? t('ui.error.title')}
      closable={onClose ? { 'aria-label': t('ui.action.dismiss'), onClose } : false}
      description={
        <>
          <div>{text}</div>
          <div lang={locale === 'zh-CN' ? 'en-US' : 'zh-CN'} style={MUTED}>
            {other}
          </div>
        </>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('ui.action.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
