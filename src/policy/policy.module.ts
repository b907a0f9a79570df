import { Module, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ComplianceController } from '../compliance/compliance.controller';
import { registryServiceToken } from '../registry/shared/registry.controller';
import { RegistryService } from '../registry/shared/registry.service';
import { policiesResource } from './policies.resource';
import { PoliciesController } from './policies.controller';
import { PoliciesService } from './policies.service';
import { PolicyVersionsController } from './policy-versions.controller';
import { PreviewLinksService } from './preview-links.service';
import { PreviewPagesController } from './preview-pages.controller';
import { PublicPoliciesController } from './public-policies.controller';
import { PublicPoliciesService } from './public-policies.service';
import { WebhooksModule } from '../webhooks/webhooks.module';

const policyCrud: Provider = {
  provide: registryServiceToken(policiesResource),
  useFactory: (dataSource: DataSource, audit: AuditService) => new RegistryService(policiesResource, dataSource, audit),
  inject: [DataSource, AuditService],
};

@Module({
  imports: [WebhooksModule],
  controllers: [PoliciesController, PolicyVersionsController, PublicPoliciesController, PreviewPagesController, ComplianceController],
  providers: [policyCrud, PoliciesService, PublicPoliciesService, PreviewLinksService],
  exports: [PoliciesService],
})
export class PolicyModule {}
