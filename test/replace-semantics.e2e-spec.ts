import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';

describe('PATCH and PUT replace the objects they name', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('drops a "not applicable" reason that a PATCH leaves out of notApplicable', async () => {
    const created = await t.http
      .post('/api/v1/processing-activities')
      .set(...bearer(t.keys.dpo))
      .send({
        name: 'Paper forms',
        purpose: 'x',
        role: 'controller',
        status: 'draft',
        legalBasis: 'art6_1_b',
        notApplicable: { retention: 'Shredded at once.', transfers: 'Stays in the office.' },
      });
    expect(created.status).toBe(201);
    const patched = await t.http
      .patch(`/api/v1/processing-activities/${created.body.id}`)
      .set(...bearer(t.keys.dpo))
      .send({ notApplicable: { transfers: 'Stays in the office.' } });
    expect(patched.body.notApplicable).toEqual({ transfers: 'Stays in the office.' });
    const read = await t.http.get(`/api/v1/processing-activities/${created.body.id}`).set(...bearer(t.keys.dpo));
    expect(read.body.notApplicable).toEqual({ transfers: 'Stays in the office.' });
  });

  it('clears controller members a PUT leaves out', async () => {
    const profile = {
      legalName: 'Acme',
      registeredAddress: { street: 's', postalCode: 'p', city: 'c', country: 'PL' },
      registrationNumber: '1',
      email: 'privacy@acme.example',
      supervisoryAuthority: { name: 'UODO', country: 'PL' },
    };
    await t.http
      .put('/api/v1/controller')
      .set(...bearer(t.keys.dpo))
      .send({ ...profile, phone: '+48 1', notApplicable: { dpo: 'Small company.' } })
      .expect(200);
    const replaced = await t.http
      .put('/api/v1/controller')
      .set(...bearer(t.keys.dpo))
      .send({ ...profile, dpo: { email: 'dpo@acme.example' } });
    expect(replaced.body).toMatchObject({ phone: null, notApplicable: {}, dpo: { email: 'dpo@acme.example' }, version: 2 });
  });
});
