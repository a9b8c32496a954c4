import { Button, Layout, Spin } from 'antd';
import { useEffect } from 'react';
import { Link, Outlet, useLocation, useNavigate, useNavigation, type NavigateFunction } from 'react-router';
import './app-shell.css';
import { NAV_ROUTES } from './nav';
import { UnhandledErrors } from './UnhandledErrors';
import { useT } from './useT';

/** Alt+1 … Alt+5 reach the sections from anywhere, even from inside a field. */
function useSectionKeys(navigate: NavigateFunction): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      const route = digit === undefined ? undefined : NAV_ROUTES[Number(digit) - 1];
      if (!route) return;
      event.preventDefault();
      void navigate(`/${route.path}`);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}

export function AppLayout() {
  const { t, locale, setLocale } = useT();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const section = useLocation().pathname.split('/')[1] ?? '';
  useSectionKeys(navigate);
  const other = locale === 'zh-CN' ? 'en-US' : 'zh-CN';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" width={200}>
        <div style={{ padding: '16px 24px', fontSize: 20, fontWeight: 600 }}>{t('ui.app.title')}</div>
        <nav aria-label={t('ui.nav.label')}>
          <ul className="nav-list">
            {NAV_ROUTES.map((route, index) => (
              <li key={route.path}>
                <Link
                  to={`/${route.path}`}
                  aria-current={route.path === section ? 'page' : undefined}
                  aria-keyshortcuts={`Alt+${index + 1}`}
                >
                  {t(route.labelKey)}
                  <kbd aria-hidden>Alt+{index + 1}</kbd>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div style={{ padding: '16px 24px' }}>
          <Button lang={other} title={t('ui.language.switch')} onClick={() => setLocale(other)}>
            {t(`ui.language.${other}`)}
          </Button>
        </div>
      </Layout.Sider>
      <Layout>
        <Layout.Content style={{ padding: '0 24px 24px' }}>
          <main>
            <UnhandledErrors />
            <Spin spinning={navigation.state === 'loading'} delay={200}>
              <Outlet />
            </Spin>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
