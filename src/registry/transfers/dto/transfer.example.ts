/**
 * The Swagger UI example of a new transfer, to the example registry's only recipients outside the EEA
 * (a transfer's destination is its recipient's country): LiveChat, Inc. in the US, an independent
 * controller (named by its ref), under the Commission's SCCs; the roles decide the module (controller to controller: 1).
 * The example registry already records this transfer; a DPO runs the example on a recipient of their own.
 */
export const TRANSFER_EXAMPLE = {
  recipientId: 'rcp-livechat',
  country: 'US',
  mechanism: 'scc',
  // The one flag set: people may obtain a copy of the clauses (Art. 13(1)(f)), and the notice says how.
  copyAvailable: true,
  copyInstructions: 'Write to contact@livechat-integrations.com to receive a copy of the clauses.',
  translations: { pl: { copyInstructions: 'Napisz na adres contact@livechat-integrations.com, aby otrzymać kopię klauzul.' } },
};

/** A PATCH changes only what it names: the module, stated as the signed clauses name it. */
export const TRANSFER_PATCH_EXAMPLE = { sccModule: 1 };
