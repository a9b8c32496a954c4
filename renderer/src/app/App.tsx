import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router/dom';
import { router } from './routes';
import { useT } from './useT';

export function App() {
  const { t, locale } = useT();

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('ui.app.title');
  }, [locale, t]);

  return (
    <ConfigProvider locale={locale === 'en-US' ? enUS : zhCN}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}
