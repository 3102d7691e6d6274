export * from './common.ts';
export * from './document.ts';
export * from './meeting.ts';
export * from './registry.ts';
