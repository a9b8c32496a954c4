import { Alert, Card, Descriptions, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { LOCALES, type Locale } from '../../../../shared/domain/common';
import { useT } from '../../app/useT';
import { PageHeader } from '../../components/PageHeader';
import { BackupsCard } from './BackupsCard';
import { IdentitiesCard } from './IdentitiesCard';
import { TEAM_ROLES } from './signer-profile';
import { useSettingsStore } from './store';
import { identitiesStore } from './useIdentities';
import { MUTED } from '../../components/styles';

export async function settingsLoader(): Promise<null> {
  // A failed identity listing shows in its card; the rest of the page still opens.
  await Promise.all([useSettingsStore.getState().loadInfo(), identitiesStore.getState().load()]);
  return null;
}

export function SettingsPage() {
  const { t, locale, setLocale } = useT();
  const profile = useSettingsStore((s) => s.profile);
  const info = useSettingsStore((s) => s.info);
  const updateProfile = useSettingsStore((s) => s.updateProfile);

  return (
    <>
      <PageHeader title={t('ui.nav.settings')} />
      <Flex vertical gap={16} style={{ maxWidth: 860 }}>
        <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('ui.settings.language')}</h2>}>
          <Radio.Group
            aria-label={t('ui.settings.language')}
            value={locale}
            onChange={(event) => setLocale(event.target.value as Locale)}
            options={LOCALES.map((value) => ({ value, label: t(`ui.language.${value}`) }))}
          />
          <div style={{ ...MUTED, marginTop: 8 }}>{t('ui.settings.language_help')}</div>
        </Card>

        <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('ui.settings.signer')}</h2>}>
          <Alert type="info" showIcon title={t('ui.settings.signer_local')} style={{ marginBottom: 12 }} />
          <Form layout="vertical" name="signer" component="div">
            <Flex gap={12} wrap>
              <Form.Item label={t('ui.settings.signer_name')} htmlFor="signer-name" style={{ width: 220 }}>
                <Input
                  id="signer-name"
                  maxLength={60}
                  value={profile.name}
                  onChange={(event) => updateProfile({ name: event.target.value })}
                />
              </Form.Item>
              <Form.Item
                label={t('ui.settings.signer_organisation')}
                htmlFor="signer-organisation"
                style={{ width: 320 }}
              >
                <Input
                  id="signer-organisation"
                  maxLength={100}
                  value={profile.organisation}
                  onChange={(event) => updateProfile({ organisation: event.target.value })}
                />
              </Form.Item>
              <Form.Item label={t('ui.settings.signer_role')} htmlFor="signer-role" style={{ width: 200 }}>
                <Select
                  id="signer-role"
                  value={profile.role}
                  options={TEAM_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
                  onChange={(role) => updateProfile({ role })}
                />
              </Form.Item>
            </Flex>
          </Form>
          <div style={MUTED}>{t('ui.settings.signer_help')}</div>
        </Card>

        <IdentitiesCard />

        <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('ui.settings.data')}</h2>}>
          <Typography.Paragraph copyable={info ? { text: info.dataDir } : false} style={{ marginBottom: 4 }}>
            <code data-testid="data-dir">{info?.dataDir ?? '—'}</code>
          </Typography.Paragraph>
          <div style={MUTED}>{t('ui.settings.data_help')}</div>
        </Card>

        <BackupsCard />

        <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('ui.settings.about')}</h2>}>
          {info ? (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'version', label: t('ui.settings.version'), children: info.version },
                { key: 'schema', label: t('ui.settings.schema'), children: info.schemaVersion },
                { key: 'facilities', label: t('ui.nav.facilities'), children: info.counts.facilities },
                { key: 'audits', label: t('ui.nav.audits'), children: info.counts.audits },
                { key: 'standards', label: t('ui.nav.standards'), children: info.counts.standards },
              ]}
            />
          ) : null}
        </Card>
      </Flex>
    </>
  );
}
