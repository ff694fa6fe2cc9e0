import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert } from '../../components/ui/Alert';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { Card } from '../../components/ui/Card';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { weeklyPromptQuery } from './api';
import { PromptMeta } from './PromptFacts';

/** The home page's prompt of the week for the person's own site, with the way to answer it. */
export function PromptOfTheWeekCard() {
  const t = useT();
  const week = useQuery(weeklyPromptQuery(null));

  if (week.isPending) {
    return (
      <Card title={t('prompts.week.title')}>
        <span role="status" className="sr-only">
          {t('common.loading')}
        </span>
        <Skeleton className="h-6 w-full" />
        <Skeleton className="mt-2 h-6 w-2/3" />
      </Card>
    );
  }
  if (week.isError) return <Alert tone="error" title={t('prompts.week.loadFailed')}>{week.error.message}</Alert>;
  const { prompt, site, source, weekEndsAt, timeZone } = week.data;
  // Only an empty library has no prompt; then there is nothing to offer here.
  if (!prompt) return null;

  // The week ends at midnight between Sunday and Monday on the site's clock: name that Sunday.
  const lastDay = new Date(new Date(weekEndsAt).getTime() - 1).toLocaleDateString(undefined, {
    weekday: 'short', day: 'numeric', month: 'short', timeZone,
  });
  return (
    <Card title={t('prompts.week.title')} className="border-l-4 border-l-primary">
      <div className="flex flex-col gap-3" data-testid="prompt-of-the-week">
        <p className="text-heading font-medium break-words">{prompt.text}</p>
        <div className="flex flex-col gap-1 text-small text-muted">
          <p>
            <PromptMeta prompt={prompt} />
          </p>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span>{site ? t('prompts.week.atSite', { site: site.name, date: lastDay }) : t('prompts.week.everywhere', { date: lastDay })}</span>
            {source === 'pinned' && site && <Badge tone="accent">{t('prompts.week.pinned', { site: site.name })}</Badge>}
          </p>
        </div>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button asChild>
            <Link to="/ideas/new" search={{ promptId: prompt.id }}>
              {t('prompts.answer')}
            </Link>
          </Button>
          <Button asChild variant="secondary">
            <Link to="/prompts">{t('prompts.browse')}</Link>
          </Button>
        </div>
      </div>
    </Card>
  );
}
