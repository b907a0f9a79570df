import { IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta } from '../../shared/registry-item.response';
import { PutControllerProfileDto } from './put-controller-profile.dto';

export class ControllerProfileResponse extends IntersectionType(PutControllerProfileDto, RegistryItemMeta) {}
