import { createRegistryController } from '../shared/registry.controller';
import { ServiceQuery } from './dto/service.query';
import { ServiceResponse } from './dto/service.response';
import { UpdateServiceDto } from './dto/update-service.dto';
import { servicesResource } from './services.resource';

export class ServicesController extends createRegistryController(servicesResource, {
  singular: 'Service',
  plural: 'Services',
  description:
    'The services (websites, apps, products) whose privacy policies ropa publishes; activities and trackers name the services they serve.',
  updateDto: UpdateServiceDto,
  queryDto: ServiceQuery,
  response: ServiceResponse,
}) {}
