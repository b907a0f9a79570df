import { createRegistryController } from '../registry/shared/registry.controller';
import { PolicyQuery } from './dto/policy.query';
import { PolicyResponse } from './dto/policy.response';
import { UpdatePolicyDto } from './dto/update-policy.dto';
import { policiesResource } from './policies.resource';

export class PoliciesController extends createRegistryController(policiesResource, {
  singular: 'Policy',
  plural: 'Policies',
  description:
    'A privacy policy to generate: a scope (one service or all, optionally narrowed to data subject categories such as customers, applicants or employees), a language and options. Preview it, then publish versions.',
  updateDto: UpdatePolicyDto,
  queryDto: PolicyQuery,
  response: PolicyResponse,
}) {}
