import { Layout, Menu, Segmented, Spin, Typography } from 'antd';
import { Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { LOCALES, type Locale } from '../../../shared/domain/common';
import { NAV_ROUTES } from './nav';
import { useT } from './useT';

export function AppLayout() {
  const { t, locale, setLocale } = useT();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const section = useLocation().pathname.split('/')[1] ?? '';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" width={200}>
        <Typography.Title level={4} style={{ padding: '16px 24px', margin: 0 }}>
          {t('ui.app.title')}
        </Typography.Title>
        <nav aria-label={t('ui.app.title')}>
          <Menu
            mode="inline"
            selectedKeys={[section]}
            items={NAV_ROUTES.map((route) => ({ key: route.path, label: t(route.labelKey) }))}
            onClick={({ key }) => void navigate(`/${key}`)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: 'transparent', display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}
        >
          <Segmented<Locale>
            aria-label={t('ui.language.switch')}
            value={locale}
            options={LOCALES.map((value) => ({ value, label: t(`ui.language.${value}`) }))}
            onChange={setLocale}
          />
        </Layout.Header>
        <Layout.Content style={{ padding: '0 24px 24px' }}>
          <Spin spinning={navigation.state === 'loading'} delay={200}>
            <Outlet />
          </Spin>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
