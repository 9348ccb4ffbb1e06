import { describe, expect, it } from 'vitest';
import {
  emailList,
  hasTrainings,
  isFacilitator,
  isParticipant,
  participantsCount,
  remaining,
  splitByDate,
  workshopInput,
  type WorkshopForm,
} from '../src/member/sections/facilitators/logic';
import { EXTRA, SECTIONS } from '../src/member/sections';
import { parseMemberPath } from '../src/member/route';

describe('who sees the facilitators menu entries', () => {
  it.each([
    [['participant'], false, true],
    [['facilitator', 'white'], true, true],
    [['yellow'], true, true],
    [['trainer'], true, true],
    [['editor'], false, false],
    [[], false, false],
  ])('%j: facilitator %s, participant %s', (roles, fac, part) => {
    expect(isFacilitator(roles)).toBe(fac);
    expect(isParticipant(roles)).toBe(part);
  });

  const menu = (page: string, roles: string[], modules: string[]) => SECTIONS.find((s) => s.page === page)!.menu!.show({ roles, modules, status: 'ACTIVE' });
  it('only in spaces that run trainings', () => {
    expect(hasTrainings(['trainings', 'workshops'])).toBe(true);
    expect(hasTrainings(['programs'])).toBe(false);
    expect(menu('sessions', ['facilitator'], ['programs'])).toBe(false);
    expect(menu('sessions', ['facilitator'], ['trainings'])).toBe(true);
    expect(menu('counter', ['participant'], ['trainings'])).toBe(false);
    expect(menu('journey', ['white'], ['trainings'])).toBe(true);
    expect(menu('course', ['participant'], ['trainings'])).toBe(true);
    expect(menu('course', ['participant'], ['entities'])).toBe(false);
    expect(menu('trainings', ['participant'], ['trainings'])).toBe(true);
    expect(menu('trainings', ['facilitator'], ['trainings'])).toBe(false);
  });

  it('the confirmation e-mail link opens the trainings page, which anyone may open', () => {
    expect(parseMemberPath('/trainings/confirm', EXTRA)).toEqual({ space: null, page: 'trainings' });
    expect(parseMemberPath('/spaces/facilitators/account/trainings/12', EXTRA)).toEqual({ space: 'facilitators', page: 'trainings', rest: ['12'] });
    expect(SECTIONS.find((s) => s.page === 'trainings')!.public).toBe(true);
  });
});

describe('what the next belt still needs', () => {
  it('counts what is left and caps the bar', () => {
    expect(remaining([{ code: 'WORKSHOPS', met: false, progress: 3, target: 10 }])).toEqual([{ code: 'WORKSHOPS', progress: 3, target: 10, left: 7, percent: 30 }]);
    expect(remaining([{ code: 'WORKSHOPS', met: true, progress: 12, target: 10 }])).toEqual([{ code: 'WORKSHOPS', progress: 12, target: 10, left: 0, percent: 100 }]);
    expect(remaining([{ code: 'CO_OPTATIONS', met: false, progress: 0, target: 2 }])[0]).toMatchObject({ left: 2, percent: 0 });
    expect(remaining([{ code: 'WORKSHOPS', met: false, progress: 0, target: 1 }])[0]).toMatchObject({ left: 1, percent: 0 });
  });
});

describe('the workshop form as typed', () => {
  const form: WorkshopForm = { title: ' ', startsAt: '25/03/2027 14:30', city: ' Lyon ', capacity: '12', kind: 'PUBLIC', format: 'IN_PERSON', language: 'FR', coFacilitators: 'a@x.org, b@x.org\nc@x.org', seeking: true };
  it('becomes createWorkshop input', () => {
    const out = workshopInput(form);
    expect('input' in out).toBe(true);
    if (!('input' in out)) return;
    expect(out.input).toEqual({
      startsAt: new Date(2027, 2, 25, 14, 30).toISOString(),
      format: 'IN_PERSON',
      language: 'FR',
      capacity: 12,
      kind: 'PUBLIC',
      city: 'Lyon',
      coFacilitatorEmails: ['a@x.org', 'b@x.org', 'c@x.org'],
      seekingFacilitators: true,
    });
  });
  it.each([
    [{ startsAt: '31/02/2027 10:00' }, ['startsAt']],
    [{ startsAt: 'demain' }, ['startsAt']],
    [{ capacity: '0' }, ['capacity']],
    [{ capacity: '3.5' }, ['capacity']],
    [{ startsAt: '', capacity: '' }, ['startsAt', 'capacity']],
  ])('%j is refused on %j', (change, problems) => {
    expect(workshopInput({ ...form, ...change })).toEqual({ problems });
  });
  it('reads addresses and counts', () => {
    expect(emailList(' a@x.org ;b@x.org\n\n')).toEqual(['a@x.org', 'b@x.org']);
    expect(emailList('')).toEqual([]);
    expect(participantsCount(' 8 ')).toBe(8);
    expect(participantsCount('0')).toBe(0);
    expect(participantsCount('-1')).toBeNull();
    expect(participantsCount('huit')).toBeNull();
  });
});

describe('sessions by date', () => {
  it('upcoming soonest first, past newest first', () => {
    const now = new Date('2027-01-10T12:00:00Z');
    const ws = [{ startsAt: '2027-01-01T10:00:00Z' }, { startsAt: '2027-02-01T10:00:00Z' }, { startsAt: '2027-01-05T10:00:00Z' }, { startsAt: '2027-01-20T10:00:00Z' }];
    const { upcoming, past } = splitByDate(ws, now);
    expect(upcoming.map((w) => w.startsAt)).toEqual(['2027-01-20T10:00:00Z', '2027-02-01T10:00:00Z']);
    expect(past.map((w) => w.startsAt)).toEqual(['2027-01-05T10:00:00Z', '2027-01-01T10:00:00Z']);
  });
});
