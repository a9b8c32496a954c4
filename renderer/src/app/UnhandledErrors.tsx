import { Flex } from 'antd';
import { ErrorAlert } from '../components/ErrorAlert';
import { useUnhandledErrors } from './unhandled-errors';

export function UnhandledErrors() {
  const errors = useUnhandledErrors((s) => s.errors);
  const dismiss = useUnhandledErrors((s) => s.dismiss);
  if (errors.length === 0) return null;
  return (
    <Flex vertical gap={8} style={{ marginTop: 12 }}>
      {errors.map(({ id, error }) => (
        <ErrorAlert key={id} error={error} onClose={() => dismiss(id)} />
      ))}
    </Flex>
  );
}
