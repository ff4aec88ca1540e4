/** The package's Node entry point: start the mock provider as a server, or read its options. */
export { startServer, MAX_BODY_BYTES, type RunningServer } from './start-server';
export { readServerOptions, readOptionsFile, DEFAULT_PORT, type ServerOptions, type ServerUser, type OptionsRead } from './server-options';
export { createOpHandler, type OpHandler } from './op-handler';
export type { RecordedRequest } from './recorded-requests';
