/** Sign-in, password reset, first-run setup, invitations and the session. */
export const auth = {
  email: 'E-mail address',
  password: 'Password',
  newPassword: 'New password',
  emailRequired: 'Enter your e-mail address',
  passwordRules:
    'At least 10 characters. Avoid common passwords, keyboard or alphabet runs, and your own name or e-mail address.',
  backToSignIn: 'Back to sign-in',
  poweredBy: 'Powered by Sparkloop',
  signIn: {
    title: 'Sign in',
    intro: 'Welcome back to {organisation}.',
    submit: 'Sign in',
    passwordRequired: 'Enter your password',
    forgot: 'Forgot your password?',
    or: 'or',
    magicLink: 'Email me a sign-in link',
    emailFirst: 'Enter your e-mail address first, and we will send the link there',
    linkSent: 'If an account exists for that address, we have sent a link.',
  },
  sso: {
    continue: 'Continue with {name}',
    notInvited:
      'There is no Sparkloop account for this address yet. Ask an administrator of your organisation for an invitation.',
    failed: 'Single sign-on did not complete. Try again or sign in another way.',
  },
  reset: {
    title: 'Choose a new password',
    submit: 'Save new password',
    passwordRequired: 'Enter a new password',
    done: 'Password changed',
    doneDetail: 'Sign in with your new password.',
    invalidLink: 'This reset link is not valid any more',
    invalidLinkDetail: 'Reset links work once and expire after an hour. Ask for a new one from the sign-in page.',
  },
} as const;

export const setup = {
  title: 'Set up Sparkloop',
  intro: 'Name your organisation and create the first administrator account. You only do this once.',
  organisation: 'Your organisation',
  organisationName: 'Organisation name',
  timeZone: 'Default time zone',
  timeZoneHint: 'Used for sites that do not set their own.',
  admin: 'Your administrator account',
  adminName: 'Your name',
  submit: 'Set up and sign in',
} as const;

export const invitation = {
  title: 'Join {organisation} as {role}',
  intro: 'This invitation is for {email} and is valid until {date}. Choose a password to finish.',
  invitedBy: '{inviter} invited you to join {organisation} as {role}.',
  name: 'Your name',
  nameHint: 'As colleagues will see it. You can correct it now.',
  nameRequired: 'Enter your name',
  password: 'Choose a password',
  passwordRequired: 'Choose a password',
  submit: 'Join {organisation}',
  invalidTitle: 'This invitation cannot be used',
  invalidDetail: 'This invitation link is not valid any more. Ask your administrator for a new one.',
  haveAccount: 'Already have an account? Sign in',
} as const;

export const session = {
  signOut: 'Sign out',
  signOutFailed: 'Could not sign out',
  noAccessTitle: 'This page is not available to you',
  noAccessDetail: 'Your role does not include this page. Ask an administrator if you think it should.',
} as const;

export const roles = {
  name: { admin: 'Admin', reviewer: 'Reviewer', employee: 'Employee', customer: 'Customer' },
  withArticle: { admin: 'an admin', reviewer: 'a reviewer', employee: 'an employee', customer: 'a customer' },
  hint: {
    admin: 'Manages the organisation, sites, teams and people, and sees the security log.',
    reviewer: 'Reviews and decides on ideas, and sees the people of the organisation.',
    employee: 'Shares ideas and stories, votes and comments.',
    customer: 'Uses the customer portal: shares feedback and ideas, votes and follows the roadmap.',
  },
} as const;
