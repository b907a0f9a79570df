import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Swagger text explaining each enum value, e.g. "`art6_1_f`: Art. 6(1)(f) legitimate interests". */
export function enumMeanings(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([value, label]) => `- \`${value}\`: ${label}`)
    .join('\n');
}

/** An enum property documented with what each value means in GDPR terms. */
export function ApiEnum(
  labels: Record<string, string>,
  options: { description: string; example?: string | null; required?: boolean; nullable?: boolean; isArray?: boolean },
): PropertyDecorator {
  const spec = {
    enum: Object.keys(labels),
    enumName: undefined,
    description: `${options.description}\n\n${enumMeanings(labels)}`,
    // A filter's example would be pre-filled by Swagger UI and narrow the answer: only bodies give one.
    ...(options.example !== undefined && { example: options.example }),
    nullable: options.nullable,
    isArray: options.isArray,
  };
  return applyDecorators(options.required === false ? ApiPropertyOptional(spec) : ApiProperty(spec));
}
