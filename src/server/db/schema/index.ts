export * from './idempotency.js';
export * from './mail.js';
export * from './organisation.js';
