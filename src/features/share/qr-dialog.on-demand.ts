import { onDemand } from '../../lib/on-demand';

/** The QR code's encoder comes only when a reader asks for the code. */
export const qrDialog = onDemand('qr-dialog', () => import('./qr-dialog.chunk'));

export const QrDialog = qrDialog.component((m) => m.QrDialog);
