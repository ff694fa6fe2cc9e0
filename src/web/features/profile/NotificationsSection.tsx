import { useQuery } from '@tanstack/react-query';
import type { MeView, NotificationChannel, NotificationKind } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Card } from '../../components/ui/Card';
import { Field, Select } from '../../components/ui/Field';
import { Skeleton } from '../../components/ui/Skeleton';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { notificationPreferencesQuery, useUpdateNotificationPreferences } from './api';

const CHANNELS = ['in_app', 'email', 'both', 'off'] as const satisfies readonly NotificationChannel[];
const EVERYONE: NotificationKind[] = ['status_change', 'comment', 'mention'];
const REVIEW_WORK: NotificationKind[] = ['assignment', 'review_reminder'];

const isChannel = (value: string): value is NotificationChannel => (CHANNELS as readonly string[]).includes(value);

/**
 * How the viewer wants to hear about each kind of event; each choice is saved as it is made.
 * Assignment and reminder rows only mean something to people who review ideas.
 */
export function NotificationsSection({ me }: { me: MeView }) {
  const t = useT();
  const toast = useToast();
  const preferences = useQuery(notificationPreferencesQuery);
  const update = useUpdateNotificationPreferences();
  const reviews = me.abilities.reviewIdeas;
  const kinds = reviews ? [...EVERYONE, ...REVIEW_WORK] : EVERYONE;

  const choose = (kind: NotificationKind, channel: NotificationChannel) =>
    update.mutate(
      { [kind]: channel },
      {
        onSuccess: () =>
          toast({
            title: t('notifications.saved', { kind: t(`notifications.kinds.${kind}.name`), channel: t(`notifications.channels.${channel}`) }),
            tone: 'success',
          }),
        onError: (error) => toast({ title: t('notifications.saveFailed'), description: error.message, tone: 'error' }),
      },
    );

  return (
    <Card title={t('notifications.title')}>
      <p className="mb-2 text-muted">{t('notifications.intro')}</p>
      <p className="mb-4 text-small text-muted">{t('notifications.honesty')}</p>
      {preferences.isPending && (
        <div className="flex flex-col gap-3">
          <span role="status" className="sr-only">
            {t('common.loading')}
          </span>
          {kinds.map((kind) => (
            <Skeleton key={kind} className="h-11 w-full" />
          ))}
        </div>
      )}
      {preferences.isError && (
        <Alert tone="error" title={t('notifications.loadFailed')}>
          {preferences.error.message}
        </Alert>
      )}
      {preferences.data && (
        <div className="flex flex-col divide-y divide-line">
          {kinds.map((kind) => (
            <Field
              key={kind}
              label={t(`notifications.kinds.${kind}.name`)}
              hint={t(`notifications.kinds.${kind}.hint`)}
              className="py-3 first:pt-0 last:pb-0 sm:grid sm:grid-cols-[minmax(0,1fr)_14rem] sm:items-center sm:gap-x-4 sm:gap-y-1"
            >
              <Select
                className="sm:col-start-2 sm:row-span-2 sm:row-start-1"
                value={preferences.data[kind]}
                onChange={(event) => isChannel(event.target.value) && choose(kind, event.target.value)}
              >
                {CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`notifications.channels.${channel}`)}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
      )}
    </Card>
  );
}
