import { Link } from '@tanstack/react-router';
import type { IdeaSummary } from '../../api/types';
import { Badge } from '../../components/ui/Badge';
import { useT } from '../../i18n';
import { StageBadge } from './StageBadge';
import { VoteButton } from './VoteButton';

/** One idea in the list: what, where it stands, who wrote it, who answers for it, and its votes. */
export function IdeaItem({ idea }: { idea: IdeaSummary }) {
  const t = useT();
  const facts = [
    t('ideas.by', { name: idea.author.anonymous ? t('ideas.anonymous') : idea.author.name }),
    idea.reviewer ? t('ideas.reviewedBy', { name: idea.reviewer.name }) : t('ideas.noReviewer'),
  ];
  return (
    <li className="flex items-start gap-3 px-4 py-4">
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <h2 className="font-semibold break-words">
          <Link to="/ideas/$id" params={{ id: idea.id }} className="text-ink no-underline hover:underline">
            {idea.title}
          </Link>
        </h2>
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-small text-muted">
          <span>{t('ideas.number', { number: idea.number })}</span>
          <StageBadge stage={idea.stage} />
          <span>{t(`ideas.areas.${idea.area}`)}</span>
          {idea.confidential && <Badge tone="danger">{t('ideas.confidential')}</Badge>}
          {idea.commentCount > 0 && (
            <span>{idea.commentCount === 1 ? t('ideas.commentsOne') : t('ideas.commentsOther', { count: idea.commentCount })}</span>
          )}
        </div>
        <p className="text-small break-words text-muted">{facts.join(' · ')}</p>
      </div>
      <VoteButton idea={idea} canVote={idea.canVote} />
    </li>
  );
}
