import { Link, type LinkProps } from '@tanstack/react-router';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { SearchOffIcon } from '../ui/icons';
import { usePageTitle } from './Page';

/** A page whose subject does not exist (or may not be seen): says so and offers a way back. */
export function MissingPage({ title, description, backTo, backLabel }: { title: string; description: string; backTo: LinkProps['to']; backLabel: string }) {
  usePageTitle(title);
  return (
    <EmptyState
      icon={<SearchOffIcon className="size-6" />}
      headingLevel="h1"
      title={title}
      description={description}
      action={
        <Button asChild>
          <Link to={backTo}>{backLabel}</Link>
        </Button>
      }
    />
  );
}
