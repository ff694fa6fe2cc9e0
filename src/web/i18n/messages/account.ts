export const profile = {
  title: 'Profile',
  you: 'Your account',
  name: 'Name',
  role: 'Role',
  changePassword: 'Change password',
  currentPassword: 'Current password',
  currentRequired: 'Enter your current password',
  newRequired: 'Enter a new password',
  passwordChanged: 'Password changed',
  passwordChangedDetail: 'Your other devices have been signed out.',
  signOutTitle: 'Sign out',
  signOutDetail: 'Sign out of Sparkloop on this device.',
} as const;

export const audit = {
  title: 'Security log',
  intro: 'Who signed in, who was refused, and every change to people and settings, newest first.',
  loadFailed: 'Could not load the security log',
  empty: 'Nothing recorded yet',
  you: 'you',
  unknownPerson: 'someone no longer listed',
  by: 'By {name}',
  about: 'About {name}',
  ip: 'From {ip}',
  email: 'E-mail {email}',
  role: 'Role {role}',
  roleChange: 'From {from} to {to}',
  fields: 'Changed: {fields}',
  // Nested like the action names themselves (`auth.sign_in`), so `audit.actions.${action}` is a key.
  actions: {
    auth: {
      sign_in: 'Signed in',
      sign_in_failed: 'Sign-in failed',
      sign_in_refused_deactivated: 'Sign-in refused: account deactivated',
      password_changed: 'Password changed',
    },
    person: {
      invited: 'Person invited',
      joined: 'Person joined',
      role_changed: 'Role changed',
      memberships_changed: 'Sites and teams changed',
      deactivated: 'Person deactivated',
      reactivated: 'Person reactivated',
    },
    api_key: { created: 'API key created', revoked: 'API key revoked' },
    organisation: { created: 'Organisation created', updated: 'Organisation settings changed' },
  },
} as const;
