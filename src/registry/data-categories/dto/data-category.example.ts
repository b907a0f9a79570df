/** The Swagger UI example of a new data category: what a customer's connected Instagram account tells us. */
export const DATA_CATEGORY_EXAMPLE = {
  name: 'Instagram account details',
  description: 'The Instagram business account you connect to the service.',
  examples: ['account name', 'account ID', 'profile picture'],
  collection: 'provided',
  videoSurveillance: false,
  special: false,
  criminal: false,
  translations: {
    pl: {
      name: 'Dane konta na Instagramie',
      description: 'Firmowe konto na Instagramie, które łączysz z usługą.',
      examples: ['nazwa konta', 'identyfikator konta', 'zdjęcie profilowe'],
    },
  },
};

/**
 * A PATCH changes only what it names: the category is now obtained from Instagram's API rather than typed in.
 * Its translations and every other field stay as they are.
 */
export const DATA_CATEGORY_PATCH_EXAMPLE = { collection: 'third_party' };
