import type { Idea } from '../../api/types';
import { Button } from '../../components/ui/Button';
import { CheckIcon, PlusIcon } from '../../components/ui/icons';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { useFollow } from './discussion-api';

/** Follow to hear about every move and comment; a pressed toggle, so its state is announced. */
export function FollowButton({ idea }: { idea: Pick<Idea, 'id' | 'following'> }) {
  const t = useT();
  const toast = useToast();
  const follow = useFollow(idea.id);
  return (
    <Button
      variant={idea.following ? 'secondary' : 'primary'}
      aria-pressed={idea.following}
      loading={follow.isPending}
      onClick={() =>
        follow.mutate(!idea.following, {
          onError: (error) => toast({ title: t('ideas.follow.failed'), description: error.message, tone: 'error' }),
        })
      }
    >
      {idea.following ? <CheckIcon /> : <PlusIcon />}
      {idea.following ? t('ideas.follow.following') : t('ideas.follow.follow')}
    </Button>
  );
}
