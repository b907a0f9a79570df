import { describe, expect, it } from '@jest/globals';
import type { ProcessingActivity } from '../domain/registry-snapshot';
import type { RecipientType } from '../domain/vocabulary';
import { make } from '../snapshot/testing/snapshot-factory';
import { derivedSccModules, effectiveSccModule, exporterRole } from './scc';

const ours = make.activity({ recipientIds: ['rcp'] });
const forAClient = make.activity({ id: 'pay', role: 'processor', legalBasis: null, recipientIds: ['rcp'] });
const derived = (activity: ProcessingActivity, type: RecipientType) => derivedSccModules([activity], make.recipient({ type }));

describe('the SCC module from our role in the activity and the recipient’s role (Decision (EU) 2021/914)', () => {
  it('controller to processor: Module Two', () => {
    expect(derived(ours, 'processor')).toEqual([2]);
  });

  it('controller to controller: Module One, for a joint or independent controller and a public authority', () => {
    expect(derived(ours, 'independent_controller')).toEqual([1]);
    expect(derived(ours, 'joint_controller')).toEqual([1]);
    expect(derived(ours, 'public_authority')).toEqual([1]);
    expect(derived(make.activity({ role: 'joint_controller', recipientIds: ['rcp'] }), 'processor')).toEqual([2]);
  });

  it('processor to sub-processor: Module Three, whether the recipient is recorded as processor or sub-processor', () => {
    expect(derived(forAClient, 'sub_processor')).toEqual([3]);
    expect(derived(forAClient, 'processor')).toEqual([3]);
  });

  it('processor to controller: Module Four', () => {
    expect(derived(forAClient, 'independent_controller')).toEqual([4]);
  });

  it('a sub-processor our processor engaged receives the data from that processor, so Module Three, never our Module Two', () => {
    expect(exporterRole(ours, { type: 'sub_processor' })).toBe('processor');
    expect(derived(ours, 'sub_processor')).toEqual([3]);
  });

  it('derives none for our own personnel, none for an activity that does not use the recipient, one per distinct role', () => {
    expect(derived(ours, 'internal')).toEqual([]);
    expect(derivedSccModules([make.activity({ recipientIds: [] })], make.recipient())).toEqual([]);
    expect(derivedSccModules([ours, forAClient], make.recipient())).toEqual([2, 3]);
  });
});

describe('effectiveSccModule', () => {
  it('keeps the stated module over the one the roles call for', () => {
    expect(effectiveSccModule(3, [ours], make.recipient())).toBe(3);
    expect(effectiveSccModule(2, [forAClient], make.recipient({ type: 'sub_processor' }))).toBe(2);
  });

  it('derives the module when none is stated, and none when the roles call for two or for none', () => {
    expect(effectiveSccModule(null, [forAClient], make.recipient({ type: 'sub_processor' }))).toBe(3);
    expect(effectiveSccModule(null, [forAClient], make.recipient({ type: 'internal' }))).toBeNull();
    expect(effectiveSccModule(null, [forAClient, ours], make.recipient())).toBeNull();
  });
});
