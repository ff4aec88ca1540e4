import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';

/** The mock provider for Node: tests and peer clients. State lives in memory. */
export function createMockServer(issuer: string) {
  return setupServer(...createHandlers({ issuer }));
}
