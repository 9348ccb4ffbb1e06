// The member area's mentoring sections (see ./types.ts): an org-admin's organisations and
// programs, onboarding sign-up, the request for access to the e-mentoring platform with the
// organisation's pinned notice, and the invitation e-mail's page that sets a password.
import type { Section } from './types';
import { menuShows } from './mentoring/logic';
import { OrganizationsPage } from './mentoring/Organizations';
import { OnboardingPage } from './mentoring/Onboarding';
import { AccessRequestPage } from './mentoring/AccessRequest';
import { InvitationPage } from './mentoring/Invitation';

export const sections: Section[] = [
  {
    page: 'organizations',
    menu: { label: 'mentoring.menu.organizations', show: menuShows.organizations },
    render: ({ ctx }) => <OrganizationsPage ctx={ctx} />,
  },
  {
    page: 'onboarding',
    menu: { label: 'mentoring.menu.onboarding', show: menuShows.onboarding },
    render: ({ ctx, search }) => <OnboardingPage ctx={ctx} search={search} />,
  },
  {
    page: 'access-request',
    menu: { label: 'mentoring.menu.access', show: menuShows['access-request'] },
    render: ({ ctx, rest }) => <AccessRequestPage ctx={ctx} rest={rest} />,
  },
  {
    page: 'invitation',
    public: true,
    // No `run`: a password must be typed first; the page offers the token on submit.
    mail: { path: 'accept-invitation', title: 'mentoring.invite.title' },
    render: ({ ctx, search }) => <InvitationPage ctx={ctx} search={search} />,
  },
];
