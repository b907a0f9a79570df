/** Domain errors: thrown by services, mapped to problem+json by the one global filter. */

export interface FieldError {
  /** Field path in the request, e.g. `registeredAddress.country` or `items[2].name` */
  path: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  readonly errors?: readonly unknown[];
  /** Extra members of the problem document */
  extensions?: Record<string, unknown>;
}

export class RequestValidationError extends DomainError {
  readonly status = 400;
  readonly title = 'Invalid request';
  constructor(
    override readonly errors: FieldError[],
    detail = 'The request has invalid fields; see errors[].',
  ) {
    super(detail);
  }
}

export class ResourceNotFoundError extends DomainError {
  readonly status = 404;
  readonly title = 'Not found';
}

export class StaleVersionError extends DomainError {
  readonly status = 412;
  readonly title = 'Precondition failed';
  constructor(current: number, expected: string) {
    super(`If-Match ${expected} does not match the current version ${current}; read it again and retry.`);
    this.extensions = { currentVersion: current };
  }
}

export interface Referrer {
  type: string;
  id: string;
  /** Its ref, for an entry of a registry list (null for what has none, such as a policy version) */
  ref: string | null;
  name: string;
}

export class ReferencedResourceError extends DomainError {
  readonly status = 409;
  readonly title = 'Still referenced';
  constructor(
    override readonly errors: Referrer[],
    what: string,
  ) {
    super(
      `${what} is still referenced by ${errors.length} item(s), listed in errors[]; remove those references first or retire the activity instead.`,
    );
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly title = 'Conflict';
  constructor(
    detail: string,
    override readonly errors?: readonly unknown[],
  ) {
    super(detail);
  }
}

/** 422: the request is well-formed but its meaning cannot be accepted (unknown ids, compliance errors). */
export class UnprocessableError extends DomainError {
  readonly status = 422;
  readonly title = 'Unprocessable request';
  constructor(
    detail: string,
    override readonly errors: readonly unknown[],
  ) {
    super(detail);
  }
}

/** 406: none of the languages (or other variants) the client accepts exists; the ones that do are listed. */
export class NotAcceptableError extends DomainError {
  readonly status = 406;
  readonly title = 'Not acceptable';
  constructor(detail: string, availableLanguages: readonly string[]) {
    super(detail);
    this.extensions = { availableLanguages };
  }
}
