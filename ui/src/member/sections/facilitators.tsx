// The member area's facilitators sections (see ./types.ts), in the spaces that run trainings:
// a facilitator's home (sessions, opportunities), "create a session / my counter", their
// journey; a participant's course; and the public trainings with their sign-up form, which the
// e-mailed confirmation link (/trainings/confirm) opens.
import type { Section } from './types';
import { MemberConfirmTrainingRegistrationMutation } from './facilitators.ops';
import { hasTrainings, isFacilitator, isParticipant } from './facilitators/logic';
import { FacilitatorHome } from './facilitators/home';
import { Counter } from './facilitators/counter';
import { Journey } from './facilitators/journey';
import { Course } from './facilitators/course';
import { Trainings } from './facilitators/trainings';

export const sections: Section[] = [
  {
    page: 'sessions',
    menu: { label: 'facilitators.menu.sessions', show: (v) => hasTrainings(v.modules) && isFacilitator(v.roles) },
    render: ({ ctx }) => <FacilitatorHome ctx={ctx} />,
  },
  {
    page: 'counter',
    menu: { label: 'facilitators.menu.counter', show: (v) => hasTrainings(v.modules) && isFacilitator(v.roles) },
    render: ({ ctx }) => <Counter ctx={ctx} />,
  },
  {
    page: 'journey',
    menu: { label: 'facilitators.menu.journey', show: (v) => hasTrainings(v.modules) && isFacilitator(v.roles) },
    render: ({ ctx }) => <Journey ctx={ctx} />,
  },
  {
    page: 'course',
    menu: { label: 'facilitators.menu.course', show: (v) => hasTrainings(v.modules) && isParticipant(v.roles) },
    render: ({ ctx }) => <Course ctx={ctx} />,
  },
  {
    page: 'trainings',
    public: true,
    menu: { label: 'facilitators.menu.trainings', show: (v) => hasTrainings(v.modules) && !isFacilitator(v.roles) },
    mail: {
      path: 'trainings/confirm',
      title: 'facilitators.confirm.title',
      run: (client, token) => client.mutation(MemberConfirmTrainingRegistrationMutation, { token }).toPromise(),
    },
    render: ({ ctx, rest, search }) => <Trainings ctx={ctx} rest={rest} search={search} />,
  },
];
