import { Badge } from '../../components/ui/Badge';
import { useStages } from './stages';

/** Where an idea stands, under the organisation's own name for the stage; closed stages look quieter. */
export function StageBadge({ stage }: { stage: { key: string; name: string } }) {
  const terminal = useStages()?.find((candidate) => candidate.key === stage.key)?.terminal;
  return <Badge tone={terminal ? 'neutral' : 'accent'}>{stage.name}</Badge>;
}
