import type { AuditEvent } from '../../api/types';
import { useT } from '../../i18n';
import { isRole } from '../people/roles';
import { useMe } from '../session/queries';

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/** One event: what happened, who did it, to whom, when and from where. `names` holds the people it is about. */
export function AuditEventItem({ event, names }: { event: AuditEvent; names: Map<string, string> }) {
  const t = useT();
  const me = useMe();
  const nameOf = (id: string, known?: string | null) =>
    id === me?.id ? t('audit.you') : (known ?? names.get(id) ?? t('audit.unknownPerson'));
  const when = new Date(event.createdAt);
  const subjectIsActor = event.subjectId === event.actorId;

  const facts = [
    event.actorId && t('audit.by', { name: nameOf(event.actorId, event.actorName) }),
    event.subjectType === 'person' && event.subjectId && !subjectIsActor && t('audit.about', { name: nameOf(event.subjectId) }),
    event.ipAddress && t('audit.ip', { ip: event.ipAddress }),
  ].filter(Boolean);

  return (
    <li className="flex flex-col gap-1 px-4 py-3 md:flex-row md:items-start md:justify-between md:gap-6">
      <div className="min-w-0">
        <p className="font-medium">{t(`audit.actions.${event.action}`)}</p>
        {facts.length > 0 && <p className="text-small break-words text-muted">{facts.join(' · ')}</p>}
        <EventDetails event={event} />
      </div>
      <time dateTime={event.createdAt} className="shrink-0 text-small text-muted">
        {when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
      </time>
    </li>
  );
}

function EventDetails({ event }: { event: AuditEvent }) {
  const t = useT();
  const { data } = event;
  const email = text(data.email);
  const from = text(data.from);
  const to = text(data.to);
  const role = text(data.role);
  const roleName = (value: string) => (isRole(value) ? t(`roles.name.${value}`) : value);
  const fields = Array.isArray(data.fields) ? data.fields.filter((field) => typeof field === 'string') : [];
  const details = [
    email && t('audit.email', { email }),
    role && t('audit.role', { role: roleName(role) }),
    from && to && t('audit.roleChange', { from: roleName(from), to: roleName(to) }),
    fields.length > 0 && t('audit.fields', { fields: fields.join(', ') }),
  ].filter(Boolean);
  if (details.length === 0) return null;
  return <p className="text-small break-words text-muted">{details.join(' · ')}</p>;
}
