import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBodyExample } from '../common/api-body-example.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { RequestValidationError } from '../common/errors';
import type { ApiKeyEntity } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyResponse, CreatedApiKeyResponse } from './dto/api-key.response';
import { API_KEY_EXAMPLE } from './dto/api-key.example';
import { CreateApiKeyDto } from './dto/create-api-key.dto';
import { Roles } from './roles.decorator';

function toResponse(key: ApiKeyEntity): ApiKeyResponse {
  return {
    id: key.id,
    prefix: key.prefix,
    role: key.role,
    label: key.label,
    createdAt: key.createdAt.toISOString(),
    expiresAt: key.expiresAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

@ApiTags('api-keys')
@ApiBearerAuth()
@Roles('dpo')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @ApiOperation({ operationId: 'createApiKey', summary: 'Create an API key (the key is shown once)' })
  @ApiBodyExample(CreateApiKeyDto, API_KEY_EXAMPLE, 'A read-only key for an auditor')
  @ApiProblems(400, 401, 403)
  async createApiKey(@Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyResponse> {
    const expiresAt = dto.expiresAt ? new Date(dto.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now())
      throw new RequestValidationError([{ path: 'expiresAt', message: 'expiresAt must be in the future' }]);
    const { key, plaintext } = await this.keys.create(dto.role, dto.label, expiresAt);
    return { ...toResponse(key), key: plaintext };
  }

  @Get()
  @ApiOperation({ operationId: 'listApiKeys', summary: 'List API keys (never their secrets)' })
  @ApiProblems(401, 403)
  async listApiKeys(): Promise<ApiKeyResponse[]> {
    return (await this.keys.list()).map(toResponse);
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ operationId: 'revokeApiKey', summary: 'Revoke an API key; it answers 401 from then on' })
  @ApiProblems(400, 401, 403, 404)
  async revokeApiKey(@Param('id', new ParseUUIDPipe()) id: string): Promise<ApiKeyResponse> {
    return toResponse(await this.keys.revoke(id));
  }
}
