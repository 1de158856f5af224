/** What `qrDialog` loads on demand (see qr-dialog.on-demand.ts). */

export { QrDialog } from './QrDialog';
