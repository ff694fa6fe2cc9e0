import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ApiError } from '../../api/client';
import type { PromptDetail } from '../../api/types';
import { Page } from '../../components/layout/Page';
import { MissingPage } from '../../components/layout/MissingPage';
import { Alert } from '../../components/ui/Alert';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/ui/EmptyState';
import { LightbulbIcon } from '../../components/ui/icons';
import { LoadMore } from '../../components/ui/LoadMore';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { canUseIdeas } from '../ideas/access';
import { IdeaItem } from '../ideas/IdeaItem';
import { RequireAbility } from '../session/RequireAbility';
import { useMe } from '../session/queries';
import { promptQuery, usePromptIdeas } from './api';
import { PromptDialog } from './PromptDialog';
import { PromptCounts, PromptMeta } from './PromptFacts';
import { RetirePromptControl } from './RetirePromptDialog';

const route = getRouteApi('/app/prompts/$id');

export function PromptPage() {
  const me = useMe();
  return (
    <RequireAbility allowed={canUseIdeas(me)}>
      <PromptView />
    </RequireAbility>
  );
}

function PromptView() {
  const t = useT();
  const { id } = route.useParams();
  const prompt = useQuery(promptQuery(id));

  if (prompt.isPending) return <PromptSkeleton />;
  if (prompt.isError) {
    if (prompt.error instanceof ApiError && (prompt.error.status === 404 || prompt.error.status === 422)) return <PromptNotFound />;
    return (
      <Page title={t('prompts.detail.loadFailed')}>
        <Alert tone="error">{prompt.error.message}</Alert>
      </Page>
    );
  }
  return <PromptDetailView prompt={prompt.data} updatedAt={prompt.dataUpdatedAt} />;
}

function PromptDetailView({ prompt, updatedAt }: { prompt: PromptDetail; updatedAt: number }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-4">
      <Link to="/prompts" className="self-start text-small">
        {t('prompts.detail.back')}
      </Link>
      <Page title={prompt.text} documentTitle={t('prompts.detail.pageTitle')}>
        <div className="-mt-3 flex flex-wrap items-center gap-2 text-muted">
          <PromptMeta prompt={prompt} />
          {!prompt.active && <Badge>{t('prompts.retired')}</Badge>}
        </div>
        {!prompt.active && <Alert>{t('prompts.detail.retiredNote')}</Alert>}
        <p className="text-muted">
          <span className="sr-only">{t('prompts.counts.label')}: </span>
          <PromptCounts counts={prompt.counts} />
        </p>
        <div className="flex flex-wrap gap-3">
          {prompt.active && (
            <Button asChild>
              <Link to="/ideas/new" search={{ promptId: prompt.id }}>
                {t('prompts.answer')}
              </Link>
            </Button>
          )}
          {prompt.abilities.manage && (
            <>
              <PromptDialog prompt={prompt} />
              <RetirePromptControl prompt={prompt} />
            </>
          )}
        </div>
        <PromptIdeas prompt={prompt} updatedAt={updatedAt} />
      </Page>
    </div>
  );
}

function PromptIdeas({ prompt, updatedAt }: { prompt: PromptDetail; updatedAt: number }) {
  const t = useT();
  const ideas = usePromptIdeas(prompt, updatedAt);
  const items = ideas.data.pages.flatMap((page) => page.items);
  return (
    <section aria-labelledby="prompt-ideas" className="flex flex-col gap-3">
      <h2 id="prompt-ideas" className="text-heading">
        {t('prompts.detail.ideasTitle')}
      </h2>
      {items.length === 0 ? (
        <EmptyState
          icon={<LightbulbIcon className="size-6" />}
          headingLevel="h3"
          title={t('prompts.detail.noIdeasTitle')}
          description={prompt.active ? t('prompts.detail.noIdeasDetail') : undefined}
        />
      ) : (
        <ul className="flex flex-col divide-y divide-line rounded-card border border-line bg-surface shadow-card">
          {items.map((idea) => (
            <IdeaItem key={idea.id} idea={idea} />
          ))}
        </ul>
      )}
      {ideas.isError && <Alert tone="error">{ideas.error.message}</Alert>}
      <LoadMore query={ideas} />
    </section>
  );
}

function PromptNotFound() {
  const t = useT();
  return (
    <MissingPage
      title={t('prompts.detail.notFoundTitle')}
      description={t('prompts.detail.notFoundDetail')}
      backTo="/prompts"
      backLabel={t('prompts.detail.back')}
    />
  );
}

function PromptSkeleton() {
  const t = useT();
  return (
    <div className="flex flex-col gap-4">
      <span role="status" className="sr-only">
        {t('common.loading')}
      </span>
      <Skeleton className="h-4 w-20" />
      <Skeleton className="h-8 w-3/4" />
      <Skeleton className="h-5 w-40" />
      <Skeleton className="h-32 w-full" />
    </div>
  );
}
