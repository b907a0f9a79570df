import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class CreateDataSubjectCategoryDto {
  /**
   * Whose data: customers, website visitors, employees, applicants…
   * @example "Customers using the service"
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  /** @example "Businesses and their agents who connect an Instagram account to LiveChat through the service." */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}
