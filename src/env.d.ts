/// <reference types="vite/client" />

declare module 'virtual:content-index' {
  /** Path of the hashed content index, relative to the site's base. */
  export const indexPath: string;
}
