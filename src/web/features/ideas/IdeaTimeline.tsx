import { useQuery } from '@tanstack/react-query';
import type { TimelineEvent } from '../../api/types';
import { useT } from '../../i18n';
import type { Translate } from '../../i18n/translate';
import { reasonCodesQuery } from './api';
import { formatDateTime, formatDay } from './format';
import { MergedIntoLink } from './MergedIntoLink';
import { useStageName } from './stages';

/** The main sentence for one event, e.g. "Moved from In review to Declined by Tomás Ribeiro". */
function describe(event: TimelineEvent, t: Translate, stageName: (key: string) => string): string {
  const name = event.actor ? (event.actor.anonymous ? t('ideas.anonymous') : event.actor.name) : null;
  switch (event.type) {
    case 'submitted':
      return name ? t('ideas.timeline.submitted', { name }) : t('ideas.timeline.submittedNoName');
    case 'edited':
      return name ? t('ideas.timeline.edited', { name }) : t('ideas.timeline.editedNoName');
    case 'transition': {
      const stages = { from: stageName(event.fromStage ?? ''), to: stageName(event.toStage ?? '') };
      return name ? t('ideas.timeline.moved', { ...stages, name }) : t('ideas.timeline.movedNoName', stages);
    }
    case 'assigned':
      if (!event.assignee) return t('ideas.timeline.unassigned');
      return name
        ? t('ideas.timeline.assignedBy', { assignee: event.assignee.name, name })
        : t('ideas.timeline.assigned', { assignee: event.assignee.name });
  }
}

/** The idea's public history, oldest first: every move with who made it, when and why. */
export function IdeaTimeline({ events }: { events: TimelineEvent[] }) {
  const t = useT();
  const stageName = useStageName();
  const reasonCodes = useQuery(reasonCodesQuery);
  const codeLabel = (key: string) => reasonCodes.data?.find((code) => code.key === key)?.label ?? key;

  return (
    <ol className="flex flex-col gap-5 border-l-2 border-line pl-4">
      {events.map((event) => (
        <li key={event.id} className="relative flex flex-col gap-1">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-control" />
          <p className="font-medium">{describe(event, t, stageName)}</p>
          {event.reason && <p className="break-words whitespace-pre-wrap">{t('ideas.timeline.reason', { reason: event.reason })}</p>}
          {event.reasonCode && <p className="text-small text-muted">{t('ideas.timeline.reasonCode', { code: codeLabel(event.reasonCode) })}</p>}
          {event.revisitOn && <p className="text-small text-muted">{t('ideas.timeline.revisitOn', { date: formatDay(event.revisitOn) })}</p>}
          {event.mergedIntoId && (
            <p className="text-small">
              {t('ideas.timeline.mergedInto')} <MergedIntoLink id={event.mergedIntoId} />
            </p>
          )}
          <time dateTime={event.at} className="text-small text-muted">
            {formatDateTime(event.at)}
          </time>
        </li>
      ))}
    </ol>
  );
}
