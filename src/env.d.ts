/// <reference types="astro/client" />

// Lets tests and TypeScript modules import .astro components (the Container API renders them).
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
