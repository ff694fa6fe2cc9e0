import { Badge } from '../../components/ui/Badge';

const CLOSED = new Set(['implemented', 'declined', 'merged', 'parked']);

/** Where an idea stands, under the organisation's own name for the stage. */
export function StageBadge({ stage }: { stage: { key: string; name: string } }) {
  return <Badge tone={CLOSED.has(stage.key) ? 'neutral' : 'accent'}>{stage.name}</Badge>;
}
