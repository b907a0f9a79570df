import { Global, Module } from '@nestjs/common';
import { ChangeBus } from './change-bus';

@Global()
@Module({ providers: [ChangeBus], exports: [ChangeBus] })
export class ChangeBusModule {}
