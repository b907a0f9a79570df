import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { ImportService } from './import.service';
import { ImportsController } from './imports.controller';

@Module({
  imports: [RegistryModule],
  controllers: [ImportsController],
  providers: [ImportService],
  exports: [ImportService],
})
export class ImportModule {}
