import { Module, type Provider } from '@nestjs/common';
import { PolicyScopes } from '../compliance/policy-scope';
import { registryServiceProvider } from '../registry/shared/registry.service';
import { policiesResource } from './policies.resource';
import { PoliciesController } from './policies.controller';
import { PoliciesService } from './policies.service';
import { DraftSummaryService } from './draft-summary.service';
import { policyScopes } from './policy-scopes';
import { PolicyVersionsController } from './policy-versions.controller';
import { PreviewLinksService } from './preview-links.service';
import { PreviewPagesController } from './preview-pages.controller';
import { PublicCollectionController } from './public-collection.controller';
import { PublicCollectionService } from './public-collection.service';
import { PublicSignService } from './public-sign.service';
import { PublicSignsController } from './public-signs.controller';
import { PublicConsentController } from './public-consent.controller';
import { PublicConsentService } from './public-consent.service';
import { PublicPoliciesController } from './public-policies.controller';
import { PublicAnswers } from './public-answers';
import { PublicPoliciesService } from './public-policies.service';
import { PublicSummaryService } from './public-summary.service';
import { WebhooksModule } from '../webhooks/webhooks.module';

/** Policies on the registry's CRUD mechanism; the root's catalogue (src/resources.ts) lists them beside the registry. */
const policyCrud = registryServiceProvider(policiesResource);

/** What compliance asks of the policies: a policy's scope, from the policies as of a registry version. */
const scopes: Provider = {
  provide: PolicyScopes,
  useFactory: (policies: PoliciesService) =>
    policyScopes(
      (version, id) => policies.policyAt(version, id),
      (version) => policies.policiesAt(version),
    ),
  inject: [PoliciesService],
};

@Module({
  imports: [WebhooksModule],
  controllers: [
    PoliciesController,
    PolicyVersionsController,
    PublicPoliciesController,
    PublicConsentController,
    PublicCollectionController,
    PublicSignsController,
    PreviewPagesController,
  ],
  providers: [
    policyCrud,
    scopes,
    PoliciesService,
    PublicPoliciesService,
    PublicConsentService,
    PublicSummaryService,
    DraftSummaryService,
    PublicCollectionService,
    PublicSignService,
    PublicAnswers,
    PreviewLinksService,
  ],
  exports: [PoliciesService, PublicAnswers, PolicyScopes],
})
export class PolicyModule {}
