import { transferName } from '../../domain/entry-names';
import type { Transfer } from '../../domain/registry-snapshot';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import type { FieldError } from '../../common/errors';
import { CreateTransferDto } from './dto/create-transfer.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { TransferEntity } from './transfer.entity';
import { TRANSFER_EXAMPLE, TRANSFER_PATCH_EXAMPLE } from './dto/transfer.example';

export const transfersResource: ResourceDefinition<TransferEntity> = {
  entityType: 'transfer',
  translatable: TRANSLATABLE.transfer,
  collection: 'transfers',
  entity: declaring<Transfer>()(TransferEntity),
  label: 'transfer',
  path: 'transfers',
  createDto: declaring<Transfer>()(CreateTransferDto),
  examples: { create: TRANSFER_EXAMPLE, update: TRANSFER_PATCH_EXAMPLE },
  relations: [{ field: 'recipientId', target: 'recipient', many: false, summary: 'recipient' }],
  filters: { country: { property: 'country' }, mechanism: { property: 'mechanism' }, recipientId: { property: 'recipientId' } },
  sortable: ['country', 'mechanism', 'createdAt', 'updatedAt'],
  searchProperty: null,
  nameOf: (t) => transferName(t),
  nameSql: (column) => `'Transfer to ' || ${column('country')} || ' (' || ${column('mechanism')} || ')'`,
  validate(t) {
    const errors: FieldError[] = [];
    if (t.sccModule != null && t.mechanism !== 'scc') errors.push({ path: 'sccModule', message: 'sccModule is only for mechanism scc' });
    if (t.derogation != null && t.mechanism !== 'derogation') {
      errors.push({ path: 'derogation', message: 'derogation (an Art. 49(1) ground) is only for mechanism derogation' });
    }
    return errors;
  },
};
