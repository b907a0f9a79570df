import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
  type Type,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { READ_ROLES, Roles, WRITE_ROLES } from '../../auth/roles.decorator';
import type { Principal } from '../../auth/api-keys.service';
import { CurrentPrincipal } from '../../auth/principal.decorator';
import { ApiBodyExample } from '../../common/api-body-example.decorator';
import { ApiProblems } from '../../common/api-problems.decorator';
import { ETAG, LOCATION } from '../../common/api-headers';
import { versionEtag } from '../../common/etag';
import { heldBody, varyOn } from '../../common/content-coding';
import { ApiIfMatch, IfMatch } from '../../common/if-match.decorator';
import { AcceptsReadOnlyEcho, ECHO_DESCRIPTION, type Echo, Echoed, ITEM_META } from '../../common/read-only-echo';
import type { ListQuery } from './list-query.dto';
import type { RegistryEntity } from './registry.entity';
import { type RegistryItem, type RegistryService, registryServiceToken } from './registry.service';
import type { CrudDefinition } from './resource-definition';

export interface RegistryControllerOptions {
  /** Singular and plural names for operation ids: "DataCategory", "DataCategories" */
  singular: string;
  plural: string;
  /** What the resource records in the Art. 30 register, shown in Swagger UI */
  description: string;
  updateDto: Type<object>;
  queryDto: Type<ListQuery>;
  response: Type<object>;
}

/** "data category" → "data categories", "service" → "services": the labels are English nouns. */
export const pluralLabel = (label: string): string => (/[^aeiou]y$/.test(label) ? `${label.slice(0, -1)}ies` : `${label}s`);

const JSON_TYPE = 'application/json; charset=utf-8';

/** The read-only members an item of a resource answers: its meta, its link summaries, its derived fields. */
export function readOnlyMembers<E extends RegistryEntity>(def: CrudDefinition<E>): string[] {
  const derived = def.derived ? Object.keys(def.derived({ id: '' } as E)) : [];
  return [...ITEM_META, ...def.relations.map((relation) => relation.summary), ...derived];
}

/**
 * Builds the thin controller of a registry resource: list, create, read, patch, delete, each one
 * call into the shared RegistryService. Ten resources, one controller shape.
 */
export function createRegistryController<E extends RegistryEntity>(
  def: CrudDefinition<E>,
  options: RegistryControllerOptions,
): Type<object> {
  const { singular, plural, response } = options;
  // With an example, Swagger UI fills the body with it instead of "string" placeholders.
  const body = (type: Type<object>, example: object | undefined, summary: string): MethodDecorator =>
    example ? ApiBodyExample(type, example, summary) : () => undefined;

  class PageResponse {
    @ApiProperty({ type: [response] })
    items!: object[];
    @ApiProperty({ required: false, description: 'How many items the filters select; only with `total=true`' })
    total?: number;
    @ApiProperty()
    limit!: number;
    @ApiProperty()
    offset!: number;
    @ApiProperty({ required: false, description: 'Send it as `cursor` (with the same `sort`) for the next page; absent on the last page' })
    nextCursor?: string;
  }
  Object.defineProperty(PageResponse, 'name', { value: `${singular}Page` });

  @ApiTags(def.path)
  @ApiBearerAuth()
  @ApiExtraModels(response)
  @Controller(def.path)
  class RegistryController {
    constructor(@Inject(registryServiceToken(def as unknown as CrudDefinition)) readonly service: RegistryService<E>) {}

    @Get()
    @Roles(...READ_ROLES)
    @ApiOperation({ operationId: `list${plural}`, summary: `List ${pluralLabel(def.label)}`, description: options.description })
    @ApiOkResponse({ type: PageResponse })
    @ApiProblems(400, 401, 403)
    async list(
      @Query() query: ListQuery,
      @Req() request: FastifyRequest,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<string | Buffer> {
      // PostgreSQL wrote the page's JSON: it is sent as it came, not parsed and serialised again, and a page
      // held in memory is compressed once for every request after it that accepts brotli or gzip.
      const { read, held } = await this.service.list(query as ListQuery & Record<string, unknown>);
      const { body, coding } = held ? await heldBody(read, request.headers['accept-encoding']) : { body: read.text, coding: 'identity' };
      void reply.type(JSON_TYPE).header('vary', varyOn(reply.getHeader('vary'), 'Accept-Encoding'));
      if (coding !== 'identity') void reply.header('content-encoding', coding);
      return body;
    }

    @Post()
    @Roles(...WRITE_ROLES)
    @ApiOperation({ operationId: `create${singular}`, summary: `Create a ${def.label}`, description: options.description })
    @ApiResponse({
      status: 201,
      description: 'Created; `Location` and `ETag` name it',
      schema: { $ref: getSchemaPath(response) },
      headers: { ...LOCATION, ...ETAG },
    })
    @body(def.createDto, def.examples?.create, `A ${def.label} of the example registry`)
    @ApiProblems(400, 401, 403, 409, 422)
    async create(
      @Body() dto: object,
      @CurrentPrincipal() actor: Principal | null,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<RegistryItem> {
      const item = await this.service.create(dto, actor);
      void reply.header('Location', `/api/v1/${def.path}/${item.id}`).header('ETag', versionEtag(item.version));
      return item;
    }

    @Get(':id')
    @Roles(...READ_ROLES)
    @ApiOperation({ operationId: `get${singular}`, summary: `Read a ${def.label}; ETag is its version` })
    @ApiOkResponse({ type: response, headers: ETAG })
    @ApiProblems(400, 401, 403, 404)
    async get(@Param('id', new ParseUUIDPipe()) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
      const { version, json } = await this.service.get(id);
      void reply.header('ETag', versionEtag(version)).type(JSON_TYPE);
      return json;
    }

    @Patch(':id')
    @Roles(...WRITE_ROLES)
    @ApiOperation({
      operationId: `update${singular}`,
      summary: `Change some fields of a ${def.label}; null clears an optional field`,
      description: `Only the fields named change. ${ECHO_DESCRIPTION}`,
    })
    @ApiIfMatch()
    @AcceptsReadOnlyEcho(readOnlyMembers(def))
    @body(options.updateDto, def.examples?.update, 'Only the fields named change')
    @ApiOkResponse({ type: response, headers: ETAG })
    @ApiProblems(400, 401, 403, 404, 409, 412, 422)
    async update(
      @Param('id', new ParseUUIDPipe()) id: string,
      @Body() dto: object,
      @IfMatch() ifMatch: string | undefined,
      @Echoed() echo: Echo,
      @CurrentPrincipal() actor: Principal | null,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<RegistryItem> {
      const item = await this.service.update(id, dto, ifMatch, actor, echo);
      void reply.header('ETag', versionEtag(item.version));
      return item;
    }

    @Delete(':id')
    @HttpCode(204)
    @Roles(...WRITE_ROLES)
    @ApiOperation({ operationId: `delete${singular}`, summary: `Delete a ${def.label} nothing refers to any more` })
    @ApiIfMatch()
    @ApiResponse({ status: 204, description: 'Deleted' })
    @ApiProblems(400, 401, 403, 404, 409, 412)
    async remove(
      @Param('id', new ParseUUIDPipe()) id: string,
      @IfMatch() ifMatch: string | undefined,
      @CurrentPrincipal() actor: Principal | null,
    ): Promise<void> {
      await this.service.remove(id, ifMatch, actor);
    }
  }

  // The generic signatures above erase the DTO types; give the validation pipe and Swagger the real ones.
  const proto = RegistryController.prototype;
  Reflect.defineMetadata('design:paramtypes', [options.queryDto, Object, Object], proto, 'list');
  Reflect.defineMetadata('design:paramtypes', [def.createDto, Object, Object], proto, 'create');
  Reflect.defineMetadata('design:paramtypes', [String, options.updateDto, String, Object, Object, Object], proto, 'update');
  Object.defineProperty(RegistryController, 'name', { value: `${plural}Controller` });
  return RegistryController;
}
