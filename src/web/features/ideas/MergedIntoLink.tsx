import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n';
import { ideaQuery } from './api';

/** A link to the idea a duplicate was merged into, named by its number and title once known. */
export function MergedIntoLink({ id }: { id: string }) {
  const t = useT();
  // A confidential target stays unnamed for those who may not read it (the API answers 404).
  const target = useQuery({ ...ideaQuery(id), retry: false });
  return (
    <Link to="/ideas/$id" params={{ id }}>
      {target.data ? `${t('ideas.number', { number: target.data.number })} ${target.data.title}` : t('ideas.detail.mergedIntoOther')}
    </Link>
  );
}
