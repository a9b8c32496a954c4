import { ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router/dom';
import { AppErrorBoundary } from './AppErrorBoundary';
import { router } from './routes';
import { listenForUnhandledErrors } from './unhandled-errors';
import { useT } from './useT';

/**
 * antd's default blue (#1677ff), error red, tertiary grey and placeholder grey miss WCAG AA
 * contrast (white button text, links on grey rows, field errors, description labels, select
 * placeholders); these shades pass, in poor light too.
 */
const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
};

/** No space inserted between two Chinese characters: a button's accessible name is its text as written. */
const BUTTON = { autoInsertSpace: false };

export function App() {
  const { t, locale } = useT();

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('ui.app.title');
  }, [locale, t]);
  useEffect(() => listenForUnhandledErrors(), []);

  return (
    <ConfigProvider locale={locale === 'en-US' ? enUS : zhCN} theme={THEME} button={BUTTON}>
      <AppErrorBoundary>
        <RouterProvider router={router} />
      </AppErrorBoundary>
    </ConfigProvider>
  );
}
