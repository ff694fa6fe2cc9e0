import { Page } from '../components/layout/Page';
import { StatusCard } from '../features/status/StatusCard';
import { useT } from '../i18n';

export function HomePage() {
  const t = useT();
  return (
    <Page title={t('home.title')} documentTitle={t('nav.home')}>
      <div className="flex max-w-prose flex-col gap-3 text-body">
        <p>{t('home.intro')}</p>
        <p>{t('home.introMore')}</p>
      </div>
      <StatusCard />
      <p>
        <a href="/api/docs">{t('home.apiDocsLink')}</a>
      </p>
    </Page>
  );
}
