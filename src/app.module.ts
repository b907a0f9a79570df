import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { ApiKeyGuard } from './auth/api-key.guard';
import { AuthModule } from './auth/auth.module';
import { APP_CONFIG, type AppConfig } from './config/config';
import { RequestOriginInterceptor } from './common/request-origin';
import { isPermanentDatabaseError } from './config/startup-errors';
import { ProblemFilter } from './common/problem.filter';
import { createValidationPipe } from './common/validation';
import { ComplianceModule } from './compliance/compliance.module';
import { ChangeBusModule } from './database/change-bus.module';
import type { LockOwner } from './database/data-dir-lock';
import { dataSourceOptions } from './database/data-source-options';
import { ENTITIES } from './entities';
import { ExportModule } from './export/export.module';
import { HealthModule } from './health/health.module';
import { ImportModule } from './import/import.module';
import { PolicyModule } from './policy/policy.module';
import { RegistryModule } from './registry/registry.module';
import { ResourceCatalogue } from './registry/shared/resource-catalogue';
import { RESOURCE_CATALOGUE } from './resources';
import { SnapshotModule } from './snapshot/snapshot.module';

@Module({})
export class AppModule {
  /** `owner` is written into the embedded data directory's lock, so a second process can name who holds it. */
  static forRoot(config: AppConfig, owner: LockOwner = { kind: 'server', port: config.port }): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: { level: config.logLevel, redact: ['req.headers.authorization'] },
          // No pino-http middleware: it built a child logger per request. One hook logs each request
          // instead (common/request-log.ts).
          forRoutes: [],
        }),
        TypeOrmModule.forRootAsync({
          useFactory: async () => ({
            ...(await dataSourceOptions(config.database, ENTITIES, owner, config.lockTimeoutMs)),
            migrationsRun: true,
            // Waiting for a server that is still starting is worth retrying; a database that does not exist is not.
            toRetry: (error: unknown) => !isPermanentDatabaseError(error),
          }),
        }),
        ChangeBusModule,
        AuditModule,
        AuthModule,
        RegistryModule,
        SnapshotModule,
        ImportModule,
        PolicyModule,
        // Compliance asks the policy module for a policy's scope; composed here so that it never imports it.
        ComplianceModule.register(PolicyModule),
        ExportModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // Composed here: the registry's resources and the policies on the same CRUD mechanism.
        { provide: ResourceCatalogue, useValue: RESOURCE_CATALOGUE },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        // Links in answers (a policy's public URL, a preview link) are absolute, on PUBLIC_BASE_URL or the request's origin.
        { provide: APP_INTERCEPTOR, useClass: RequestOriginInterceptor },
      ],
      exports: [APP_CONFIG, ResourceCatalogue],
    };
  }
}
