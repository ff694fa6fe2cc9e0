import { Page } from '../components/layout/Page';
import { Card } from '../components/ui/Card';
import { ThemePicker } from '../features/theme/ThemePicker';
import { useT } from '../i18n';

export function SettingsPage() {
  const t = useT();
  return (
    <Page title={t('settings.title')}>
      <Card title={t('settings.appearance.title')}>
        <p className="-mt-2 mb-5 text-muted">{t('settings.appearance.description')}</p>
        <ThemePicker />
      </Card>
    </Page>
  );
}
