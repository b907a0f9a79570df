import { Module } from '@nestjs/common';
import { ComplianceController } from '../compliance/compliance.controller';
import { registryServiceProvider } from '../registry/shared/registry.service';
import { policiesResource } from './policies.resource';
import { PoliciesController } from './policies.controller';
import { PoliciesService } from './policies.service';
import { PolicyVersionsController } from './policy-versions.controller';
import { PreviewLinksService } from './preview-links.service';
import { PreviewPagesController } from './preview-pages.controller';
import { PublicPoliciesController } from './public-policies.controller';
import { PublicAnswers } from './public-answers';
import { PublicPoliciesService } from './public-policies.service';
import { WebhooksModule } from '../webhooks/webhooks.module';

/** Policies on the registry's CRUD mechanism; the root's catalogue (src/resources.ts) lists them beside the registry. */
const policyCrud = registryServiceProvider(policiesResource);

@Module({
  imports: [WebhooksModule],
  controllers: [PoliciesController, PolicyVersionsController, PublicPoliciesController, PreviewPagesController, ComplianceController],
  providers: [policyCrud, PoliciesService, PublicPoliciesService, PublicAnswers, PreviewLinksService],
  exports: [PoliciesService, PublicAnswers],
})
export class PolicyModule {}
