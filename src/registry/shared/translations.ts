import type { Type } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, IsObject } from 'class-validator';
import { IsOmittable } from '../../common/validators';
import type { FieldError } from '../../common/errors';
import { POLICY_LANGUAGES } from '../../domain/languages';

/** What a translation of one field must be, as the base field is validated: its length, and whether it is a list. */
export interface TextFieldSpec {
  maxLength: number;
  /** The base field is a list of strings; then the most items it holds */
  array: { maxSize: number } | null;
}

/** Where the `translations` of one kind of entry may write, and how. */
export interface TranslatableSpec {
  /** Singular, for messages: "processing activity" */
  label: string;
  fields: readonly string[];
  /** The rule of the base field at a path */
  fieldSpec(path: string): TextFieldSpec;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The errors of a `translations` value, each at its path (`translations.pl.purpose`): languages must be
 * policy languages, fields declared translatable, values non-empty texts no longer than the base
 * field allows (lists of them where the base field is a list). Empty for a valid value.
 */
export function translationErrors(value: unknown, spec: TranslatableSpec, prefix = 'translations'): FieldError[] {
  if (value === undefined) return [];
  if (!isRecord(value))
    return [{ path: prefix, message: `${prefix} must be an object: language → field → text, e.g. {"pl": {"name": "…"}}` }];
  const errors: FieldError[] = [];
  const translatable = spec.fields.length > 0 ? spec.fields.join(', ') : 'none';
  for (const [language, fields] of Object.entries(value)) {
    const at = `${prefix}.${language}`;
    if (!(POLICY_LANGUAGES as readonly string[]).includes(language)) {
      errors.push({ path: at, message: `${at}: ${language} is not a policy language; languages: ${POLICY_LANGUAGES.join(', ')}` });
      continue;
    }
    if (!isRecord(fields)) {
      errors.push({ path: at, message: `${at} must be an object: field → text` });
      continue;
    }
    for (const [field, text] of Object.entries(fields)) {
      const path = `${at}.${field}`;
      if (!spec.fields.includes(field)) {
        errors.push({ path, message: `${path} is not a translatable field of ${spec.label}; translatable: ${translatable}` });
        continue;
      }
      const { maxLength, array } = spec.fieldSpec(field);
      const textError = (t: unknown, where: string): FieldError | null =>
        typeof t !== 'string' || t.trim() === ''
          ? { path: where, message: `${where} must be a non-empty text` }
          : t.length > maxLength
            ? { path: where, message: `${where} must be at most ${maxLength} characters, as ${field} itself` }
            : null;
      if (array) {
        if (!Array.isArray(text)) errors.push({ path, message: `${path} must be a list of texts, as ${field} itself` });
        else if (text.length > array.maxSize) errors.push({ path, message: `${path} must hold at most ${array.maxSize} texts` });
        else text.forEach((t, i) => errors.push(...[textError(t, `${path}[${i}]`)].filter((e): e is FieldError => e !== null)));
      } else {
        const error = textError(text, path);
        if (error) errors.push(error);
      }
    }
  }
  return errors;
}

/**
 * The `translations` member of every registry DTO (and the controller profile's): an object checked
 * here only for its shape; which languages and fields it may hold, and how long each text may be,
 * is checked against the resource's `translatable` list by {@link translatableSpec}.
 */
export function TranslationsProperty(): PropertyDecorator {
  return applyDecorators(
    IsOmittable(),
    IsObject(),
    ApiPropertyOptional({
      description:
        `Translations of this item's free texts for notices in other languages: language (${POLICY_LANGUAGES.join(', ')}) → ` +
        'translatable field (a dot path for nested ones, e.g. `requirement.consequences`) → text, a list of texts where the field is a list. ' +
        "A PATCH replaces the whole value: send every translation to keep. The fields themselves hold the text in the controller's `language`.",
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: {
          oneOf: [
            { type: 'string', minLength: 1 },
            { type: 'array', items: { type: 'string', minLength: 1 } },
          ],
        },
      },
      example: {},
    }),
  );
}

/** The rule of the base field at a dot path, read from the DTO's own validation decorators (MaxLength, ArrayMaxSize). */
export function textFieldSpec(dto: Type<object>, path: string): TextFieldSpec {
  const [head, ...rest] = path.split('.');
  if (rest.length > 0) {
    // The nested DTO's class, as its @Type decorator tells class-transformer (the validation pipe's own reading).
    const nested = (plainToInstance(dto, { [head]: {} }) as Record<string, unknown>)[head];
    const type = nested !== null && typeof nested === 'object' ? (nested.constructor as Type<object>) : Object;
    if (type === Object) throw new Error(`${dto.name}.${head} is not a nested object; cannot translate ${path}`);
    return textFieldSpec(type, rest.join('.'));
  }
  const rules = getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .filter((m) => m.propertyName === head);
  const maxLength = rules.find((m) => m.name === 'maxLength')?.constraints[0] as number | undefined;
  if (maxLength === undefined) throw new Error(`${dto.name}.${head} has no MaxLength: not a text field to translate`);
  const isArray = rules.some((m) => m.name === 'isArray');
  const maxSize = rules.find((m) => m.name === 'arrayMaxSize')?.constraints[0] as number | undefined;
  return { maxLength, array: isArray ? { maxSize: maxSize ?? 100 } : null };
}

const specs = new Map<string, TranslatableSpec>();

/** What the `translations` of a resource may hold: its `translatable` fields, each as its DTO validates it. */
export function translatableSpec(label: string, dto: Type<object>, fields: readonly string[]): TranslatableSpec {
  const key = `${dto.name}:${label}`;
  let spec = specs.get(key);
  if (!spec) {
    const byField = new Map(fields.map((field) => [field, textFieldSpec(dto, field)]));
    spec = {
      label,
      fields,
      fieldSpec: (field) => {
        const found = byField.get(field);
        if (!found) throw new Error(`${label}: ${field} is not translatable`);
        return found;
      },
    };
    specs.set(key, spec);
  }
  return spec;
}
