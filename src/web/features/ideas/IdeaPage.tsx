import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, Suspense, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import type { Idea } from '../../api/types';
import { Page } from '../../components/layout/Page';
import { MissingPage } from '../../components/layout/MissingPage';
import { Alert } from '../../components/ui/Alert';
import { Badge } from '../../components/ui/Badge';
import { Card } from '../../components/ui/Card';
import { Markdown } from '../../components/ui/Markdown';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { sitesQuery } from '../organisation/api';
import { RequireAbility } from '../session/RequireAbility';
import { useMe } from '../session/queries';
import { canUseIdeas } from './access';
import { ideaQuery } from './api';
import { Comments } from './Comments';
import { EditIdeaDialog } from './EditIdeaDialog';
import { FollowButton } from './FollowButton';
import { formatDate, formatDay } from './format';
import { IdeaAttachments } from './IdeaAttachments';
import { IdeaTimeline } from './IdeaTimeline';
import { MergedIntoLink } from './MergedIntoLink';
import { ResponseClock } from './ResponseClock';
import { RubricScores } from './RubricScores';
import { StageBadge } from './StageBadge';
import { VoteButton } from './VoteButton';

const route = getRouteApi('/app/ideas/$id');

// Only reviewers and admins ever see these, so everyone else never downloads them.
const ReviewActions = lazy(() => import('./ReviewActions').then((module) => ({ default: module.ReviewActions })));
const InternalNotes = lazy(() => import('./InternalNotes').then((module) => ({ default: module.InternalNotes })));

export function IdeaPage() {
  const me = useMe();
  return (
    <RequireAbility allowed={canUseIdeas(me)}>
      <IdeaView />
    </RequireAbility>
  );
}

function IdeaView() {
  const t = useT();
  const { id } = route.useParams();
  const idea = useQuery(ideaQuery(id));

  if (idea.isPending) return <IdeaSkeleton />;
  if (idea.isError) {
    if (idea.error instanceof ApiError && (idea.error.status === 404 || idea.error.status === 422)) return <IdeaNotFound />;
    return (
      <Page title={t('ideas.detail.loadFailed')}>
        <Alert tone="error">{idea.error.message}</Alert>
      </Page>
    );
  }
  return <IdeaDetail idea={idea.data} />;
}

function IdeaDetail({ idea }: { idea: Idea }) {
  const t = useT();
  const sites = useQuery(sitesQuery);
  const site = sites.data?.find((candidate) => candidate.id === idea.siteId);
  const number = t('ideas.number', { number: idea.number });

  return (
    <div className="flex flex-col gap-4">
      <Link to="/ideas" className="self-start text-small">
        {t('ideas.detail.back')}
      </Link>
      <Page title={idea.title} documentTitle={`${number} ${idea.title}`} action={<VoteButton idea={idea} canVote={idea.abilities.vote} />}>
        <div className="-mt-3 flex flex-wrap items-center gap-2 text-muted">
          <span>{number}</span>
          <StageBadge stage={idea.stage} />
          {idea.confidential && <Badge tone="danger">{t('ideas.confidential')}</Badge>}
        </div>
        {idea.mergedIntoId && (
          <Alert>
            {t('ideas.detail.mergedInto')} <MergedIntoLink id={idea.mergedIntoId} />
          </Alert>
        )}
        {idea.stage.key === 'parked' && idea.revisitOn && <Alert>{t('ideas.detail.revisitOn', { date: formatDay(idea.revisitOn) })}</Alert>}
        {idea.confidential && <p className="text-small text-muted">{t('ideas.detail.confidentialNote')}</p>}
        {idea.mine && <p className="text-small text-muted">{t('ideas.detail.yours')}</p>}
        <ResponseClock idea={idea} />
        <div className="flex flex-wrap gap-3">
          <FollowButton idea={idea} />
          {idea.abilities.edit && <EditIdeaDialog idea={idea} />}
          {(idea.abilities.transition || idea.abilities.assign) && (
            <Suspense fallback={null}>
              <ReviewActions idea={idea} />
            </Suspense>
          )}
        </div>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 rounded-card border border-line bg-surface p-4 shadow-card">
          <Fact label={t('ideas.detail.author')}>{idea.author.anonymous ? t('ideas.anonymous') : idea.author.name}</Fact>
          <Fact label={t('ideas.detail.reviewer')}>{idea.reviewer?.name ?? t('ideas.noReviewer')}</Fact>
          <Fact label={t('ideas.detail.area')}>{t(`ideas.areas.${idea.area}`)}</Fact>
          <Fact label={t('ideas.detail.site')}>{site?.name ?? t('ideas.noSite')}</Fact>
          {idea.prompt && (
            <Fact label={t('ideas.detail.prompt')}>
              <Link to="/prompts/$id" params={{ id: idea.prompt.id }}>
                {idea.prompt.text}
              </Link>
            </Fact>
          )}
          <Fact label={t('ideas.detail.submittedOn')}>
            <time dateTime={idea.createdAt}>{formatDate(idea.createdAt)}</time>
          </Fact>
          <Fact label={t('ideas.detail.tags')}>
            {idea.tags.length > 0 ? (
              <ul className="flex flex-wrap gap-1.5">
                {idea.tags.map((tag) => (
                  <li key={tag}>
                    <Badge>{tag}</Badge>
                  </li>
                ))}
              </ul>
            ) : (
              t('ideas.detail.noTags')
            )}
          </Fact>
        </dl>
        <Text title={t('ideas.detail.problem')} text={idea.problem} />
        <Text title={t('ideas.detail.proposal')} text={idea.proposal} />
        <IdeaAttachments idea={idea} />
        {(idea.abilities.review || idea.scores.reviewerCount > 0) && <RubricScores idea={idea} />}
        {idea.abilities.note && (
          <Suspense fallback={null}>
            <InternalNotes idea={idea} />
          </Suspense>
        )}
        <Comments idea={idea} />
        <Card title={t('ideas.detail.timeline')}>
          <IdeaTimeline events={idea.timeline} />
        </Card>
      </Page>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-small font-medium text-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

/** The author's markdown, line breaks kept; any HTML typed shows as text. */
function Text({ title, text }: { title: string; text: string }) {
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-heading">{title}</h2>
      <Markdown text={text} />
    </section>
  );
}

function IdeaNotFound() {
  const t = useT();
  return (
    <MissingPage
      title={t('ideas.detail.notFoundTitle')}
      description={t('ideas.detail.notFoundDetail')}
      backTo="/ideas"
      backLabel={t('ideas.detail.back')}
    />
  );
}

function IdeaSkeleton() {
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
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
