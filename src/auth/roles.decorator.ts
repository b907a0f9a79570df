import { SetMetadata } from '@nestjs/common';
import type { Role } from './api-key.entity';

export const ROLES_KEY = 'ropa:roles';
export const PUBLIC_KEY = 'ropa:public';

/** The roles a route admits. Every route declares either this or @Public(); the guard refuses any other. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call without a key (published policies, health, docs). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** Shorthands for the access levels of DESIGN.md. */
export const READ_ROLES: Role[] = ['reader', 'auditor', 'dpo'];
export const AUDIT_ROLES: Role[] = ['auditor', 'dpo'];
export const WRITE_ROLES: Role[] = ['dpo'];
