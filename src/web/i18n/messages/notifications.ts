/**
 * The bell and the notifications page. (`notifications` in `account.ts` names the choices on
 * the profile page, which came first.)
 */
export const inbox = {
  title: 'Notifications',
  intro: 'What happened to ideas you wrote, follow or review, newest first.',
  bell: 'Notifications',
  bellUnread: 'Notifications, {count} unread',
  /** The badge when the count no longer fits. */
  manyUnread: '99+',
  /** Read out before an unread notification's title. */
  unread: 'Unread:',
  preferences: 'Choose what you hear about, and how',
  markAllRead: 'Mark all as read',
  allMarkedRead: 'All notifications marked as read',
  markFailed: 'Could not mark your notifications as read',
  loadFailed: 'Could not load your notifications',
  empty: 'No notifications yet',
  emptyDetail:
    'You hear about it here when an idea you wrote or follow changes stage, when someone comments or mentions you, and when an idea is yours to review.',
  justNow: 'Just now',
} as const;
