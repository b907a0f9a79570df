/** The Swagger UI example of a new service: a second channel of the example registry's organisation. */
export const SERVICE_EXAMPLE = {
  name: 'LiveChat Messenger channel',
  slug: 'livechat-messenger',
  url: 'https://livechat-integrations.com/messenger',
  description: 'Connects a Facebook page to LiveChat so that agents can answer Messenger messages from LiveChat.',
  translations: { pl: { name: 'Kanał LiveChat Messenger' } },
};

/** A PATCH changes only what it names: the service moved to its own page. */
export const SERVICE_PATCH_EXAMPLE = { url: 'https://livechat-integrations.com/messenger-channel' };
