import { createRegistryController } from '../shared/registry.controller';
import { TransferQuery } from './dto/transfer.query';
import { TransferResponse } from './dto/transfer.response';
import { UpdateTransferDto } from './dto/update-transfer.dto';
import { transfersResource } from './transfers.resource';

export class TransfersController extends createRegistryController(transfersResource, {
  singular: 'Transfer',
  plural: 'Transfers',
  description:
    'Art. 30(1)(e) and Chapter V: transfers to third countries, the mechanism each relies on (Art. 45, 46, 47 or 49) and the safeguards.',
  updateDto: UpdateTransferDto,
  queryDto: TransferQuery,
  response: TransferResponse,
}) {}
