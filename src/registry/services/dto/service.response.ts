import { IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta } from '../../shared/registry-item.response';
import { CreateServiceDto } from './create-service.dto';

export class ServiceResponse extends IntersectionType(CreateServiceDto, RegistryItemMeta) {}
