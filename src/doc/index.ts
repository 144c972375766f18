export * from './doc.js';
export * from './errors.js';
export * from './record.js';
export { docToRecord, errorRecord } from './serialize.js';
