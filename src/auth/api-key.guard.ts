import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Role } from './api-key.entity';
import { ApiKeysService, type Principal } from './api-keys.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/** What a route admits: anyone, some roles, or (declaring neither) no one. */
type Access = { public: true } | { public: false; roles: Role[] | undefined };

/** Global guard: every route needs a bearer key with an admitted role, unless it is @Public(). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  /** Decorators never change at run time: each route's metadata is read once (by class, then handler:
   * a handler inherited by several controller classes may be admitted differently in each). */
  private readonly access = new WeakMap<object, WeakMap<object, Access>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
  ) {}

  private accessOf(context: ExecutionContext): Access {
    const handler = context.getHandler();
    const type = context.getClass();
    let byHandler = this.access.get(type);
    if (byHandler === undefined) this.access.set(type, (byHandler = new WeakMap()));
    let access = byHandler.get(handler);
    if (access === undefined) {
      const targets = [handler, type];
      access = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)
        ? { public: true }
        : { public: false, roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) };
      byHandler.set(handler, access);
    }
    return access;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.accessOf(context);
    if (access.public) return true;
    const roles = access.roles;
    if (!roles) throw new ForbiddenException('This route declares no roles and is closed.');
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthorizedException('Send an API key as "Authorization: Bearer <key>".');
    const principal = await this.keys.authenticate(match[1]);
    request.principal = principal;
    if (!roles.includes(principal.role)) {
      throw new ForbiddenException(`This route admits the roles ${roles.join(', ')}; the key has the role ${principal.role}.`);
    }
    return true;
  }
}
