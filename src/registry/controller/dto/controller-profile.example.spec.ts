import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { CONTROLLER_PROFILE_EXAMPLE } from './controller-profile.example';

describe('the PUT /controller example', () => {
  it('is the example registry controller, so running it on a fresh install overwrites nothing', () => {
    const file = JSON.parse(readFileSync(join(process.cwd(), 'examples/livechat-instagram.json'), 'utf8')) as { controller: object };
    expect(CONTROLLER_PROFILE_EXAMPLE).toEqual(file.controller);
  });
});
