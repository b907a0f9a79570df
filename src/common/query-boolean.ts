import { Transform } from 'class-transformer';

/** Query strings carry "true"/"false"; anything else stays as given and fails @IsBoolean. */
export const QueryBoolean = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
