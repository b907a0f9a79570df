import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { ComplianceController } from './compliance.controller';
import { ComplianceService } from './compliance.service';

/** The compliance check of the registry (`/compliance/findings`, `/compliance/rules`). */
@Module({})
export class ComplianceModule {
  /**
   * `policies` is the module that provides {@link PolicyScopes}, the scope of a policy that a check of one
   * policy's scope needs: the application root names it, so that compliance never imports the policies.
   */
  static register(policies: Type | DynamicModule): DynamicModule {
    return {
      module: ComplianceModule,
      imports: [policies],
      controllers: [ComplianceController],
      providers: [ComplianceService],
      exports: [ComplianceService],
    };
  }
}
