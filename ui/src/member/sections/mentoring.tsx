// The member area's mentoring sections (see ./types.ts): an org-admin's organisations and
// programs, onboarding sign-up, the request for access to the e-mentoring platform with the
// organisation's pinned notice, and the invitation e-mail's page that sets a password.
import type { Section } from './types';
import { mentors } from './mentoring/logic';
import { OrganizationsPage } from './mentoring/Organizations';
import { OnboardingPage } from './mentoring/Onboarding';
import { AccessRequestPage } from './mentoring/AccessRequest';
import { InvitationPage } from './mentoring/Invitation';

export const sections: Section[] = [
  {
    page: 'organizations',
    // Org-admins and program admins; and a member of the space who has none yet, to register one.
    menu: { label: 'mentoring.menu.organizations', show: (v) => v.modules.includes('programs') && (mentors(v.roles) || v.roles.length === 0) },
    render: ({ ctx }) => <OrganizationsPage ctx={ctx} />,
  },
  {
    page: 'onboarding',
    menu: { label: 'mentoring.menu.onboarding', show: (v) => v.modules.includes('onboarding') && mentors(v.roles) },
    render: ({ ctx }) => <OnboardingPage ctx={ctx} />,
  },
  {
    page: 'access-request',
    menu: { label: 'mentoring.menu.access', show: (v) => v.modules.includes('platform-access') && mentors(v.roles) },
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
