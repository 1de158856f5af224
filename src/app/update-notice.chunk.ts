/** What `updateNotice` loads on demand (see update-notice.on-demand.ts). */

export { UpdateNotice } from './UpdateNotice';
