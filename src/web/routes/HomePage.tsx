import { Page } from '../components/layout/Page';
import { canUseIdeas } from '../features/ideas/access';
import { PromptOfTheWeekCard } from '../features/prompts/PromptOfTheWeekCard';
import { useMe } from '../features/session/queries';
import { StatusCard } from '../features/status/StatusCard';
import { useT } from '../i18n';

export function HomePage() {
  const t = useT();
  const me = useMe();
  return (
    <Page title={t('home.title')} documentTitle={t('nav.home')}>
      <div className="flex max-w-prose flex-col gap-3 text-body">
        <p>{t('home.intro')}</p>
        <p>{t('home.introMore')}</p>
      </div>
      {canUseIdeas(me) && <PromptOfTheWeekCard />}
      <StatusCard />
      <p>
        <a href="/api/docs">{t('home.apiDocsLink')}</a>
      </p>
    </Page>
  );
}
