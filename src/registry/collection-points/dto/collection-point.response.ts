import { IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta } from '../../shared/registry-item.response';
import { CreateCollectionPointDto } from './create-collection-point.dto';

export class CollectionPointResponse extends IntersectionType(CreateCollectionPointDto, RegistryItemMeta) {}
