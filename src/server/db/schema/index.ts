export * from './idempotency.js';
export * from './mail.js';
export * from './organisation.js';
export * from './auth.js';
export * from './people.js';
export * from './secrets.js';
export * from './api-keys.js';
export * from './ideas.js';
