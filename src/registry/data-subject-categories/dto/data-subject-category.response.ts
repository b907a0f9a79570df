import { IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta } from '../../shared/registry-item.response';
import { CreateDataSubjectCategoryDto } from './create-data-subject-category.dto';

export class DataSubjectCategoryResponse extends IntersectionType(CreateDataSubjectCategoryDto, RegistryItemMeta) {}
