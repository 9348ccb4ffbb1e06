// The member area's certification sections (see ./types.ts): the depositor's "create an
// account" form, public, and the entity's page, for its manager and its depositors.
import type { Section } from './types';
import { Register } from './certification/Register';
import { EntityPage } from './certification/Entity';

const inRegistry = (modules: readonly string[]) => modules.includes('entities');

export const sections: Section[] = [
  { page: 'register', public: true, signUpFor: 'entities', render: ({ ctx }) => <Register ctx={ctx} /> },
  {
    page: 'entity',
    menu: { label: 'cert.menu.entity', show: (v) => inRegistry(v.modules) && (v.roles.includes('entity-manager') || v.roles.includes('depositor')) },
    render: ({ ctx }) => <EntityPage ctx={ctx} />,
  },
];
