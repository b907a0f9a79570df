import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from './api-key.guard';
import type { Principal } from './api-keys.service';

/** The authenticated key behind the request: the actor recorded in the audit trail. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal | null => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().principal ?? null;
});
