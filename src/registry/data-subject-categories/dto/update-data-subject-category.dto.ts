import { PartialType } from '@nestjs/swagger';
import { CreateDataSubjectCategoryDto } from './create-data-subject-category.dto';

export class UpdateDataSubjectCategoryDto extends PartialType(CreateDataSubjectCategoryDto, { skipNullProperties: false }) {}
