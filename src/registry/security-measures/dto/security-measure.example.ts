/** The Swagger UI example of a new security measure. */
export const SECURITY_MEASURE_EXAMPLE = {
  name: 'Backups',
  kind: 'technical',
  description: 'Our systems are backed up every day, encrypted, so that data can be restored after an incident.',
  translations: {
    pl: {
      name: 'Kopie zapasowe',
      description: 'Codziennie tworzymy zaszyfrowane kopie zapasowe naszych systemów, aby móc odtworzyć dane po incydencie.',
    },
  },
};

/** A PATCH changes only what it names: the kind, recorded wrongly. */
export const SECURITY_MEASURE_PATCH_EXAMPLE = { kind: 'organisational' };
