import { IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta } from '../../shared/registry-item.response';
import { CreateDataCategoryDto } from './create-data-category.dto';

export class DataCategoryResponse extends IntersectionType(CreateDataCategoryDto, RegistryItemMeta) {}
