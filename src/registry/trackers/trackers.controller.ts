import { createRegistryController } from '../shared/registry.controller';
import { TrackerQuery } from './dto/tracker.query';
import { TrackerResponse } from './dto/tracker.response';
import { UpdateTrackerDto } from './dto/update-tracker.dto';
import { trackersResource } from './trackers.resource';

export class TrackersController extends createRegistryController(trackersResource, {
  singular: 'Tracker',
  plural: 'Trackers',
  description:
    'Cookies, web beacons, pixels, local storage and SDKs (ePrivacy Art. 5(3)), each tied to the activity and so the legal basis it serves; they feed the cookies section of the policy.',
  updateDto: UpdateTrackerDto,
  queryDto: TrackerQuery,
  response: TrackerResponse,
}) {}
