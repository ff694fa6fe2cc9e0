import type { IdeaSummary } from '../../api/types';
import { cx } from '../../components/ui/cx';
import { VoteIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';
import { useVote } from './api';

/**
 * The vote count, and the toggle to vote when `canVote`. The whole pill is the hit area; the
 * button is named after the idea so a list of them stays distinguishable.
 */
export function VoteButton({ idea, canVote }: { idea: IdeaSummary; canVote: boolean }) {
  const t = useT();
  const vote = useVote(idea.id);
  const count = idea.voteCount;
  const countText = count === 1 ? t('ideas.votesOne') : t('ideas.votesOther', { count });

  return (
    <div
      className={cx(
        'relative flex min-h-14 w-14 shrink-0 flex-col items-center justify-center rounded-lg border text-small font-semibold',
        idea.voted ? 'border-primary bg-accent-soft text-ink' : 'border-line bg-surface text-ink',
        canVote && 'hover:border-primary has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
      )}
    >
      {canVote ? (
        <button
          type="button"
          aria-pressed={idea.voted}
          onClick={() => vote.mutate(!idea.voted)}
          className="flex items-center justify-center text-primary after:absolute after:inset-0 after:content-[''] focus-visible:outline-none"
        >
          <VoteIcon fill={idea.voted ? 'currentColor' : 'none'} />
          <span className="sr-only">{t('ideas.voteFor', { title: idea.title })}</span>
        </button>
      ) : (
        <VoteIcon className="size-5 shrink-0 text-muted" />
      )}
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{countText}</span>
    </div>
  );
}
