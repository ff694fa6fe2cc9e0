import type { Idea } from '../../api/types';
import { AssignDialog } from './AssignDialog';
import { MoveDialog } from './MoveDialog';

/** What a reviewer or admin may do to this idea, as the server's abilities say. */
export function ReviewActions({ idea }: { idea: Idea }) {
  return (
    <>
      {idea.abilities.transition && <MoveDialog idea={idea} />}
      {idea.abilities.assign && <AssignDialog idea={idea} />}
    </>
  );
}
