// The member area's community sections (see ./types.ts): the facilitators' shared pages —
// Community, Resources, Pros, Peer validation and Help — in the spaces that run trainings.
import type { Section } from './types';
import { Community } from './community/pages';
import { Help } from './community/help';
import { isFacilitatorHere } from './community/logic';
import { Peers } from './community/peers';
import { Pros, Toolbox } from './community/toolbox';

export const sections: Section[] = [
  { page: 'community', menu: { label: 'community.menu.community', show: isFacilitatorHere }, render: ({ ctx, rest }) => <Community ctx={ctx} rest={rest} /> },
  { page: 'toolbox', menu: { label: 'community.menu.resources', show: isFacilitatorHere }, render: ({ ctx }) => <Toolbox ctx={ctx} /> },
  { page: 'pros', menu: { label: 'community.menu.pros', show: isFacilitatorHere }, render: ({ ctx }) => <Pros ctx={ctx} /> },
  { page: 'peers', menu: { label: 'community.menu.peers', show: isFacilitatorHere }, render: ({ ctx }) => <Peers ctx={ctx} /> },
  { page: 'help', menu: { label: 'community.menu.help', show: isFacilitatorHere }, render: ({ ctx, rest }) => <Help ctx={ctx} rest={rest} /> },
];
