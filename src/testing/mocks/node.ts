import { setupServer } from 'msw/node';

import { apiHandlers } from './handlers/api-handlers';

export const server = setupServer(...apiHandlers);
