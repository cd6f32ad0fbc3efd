import 'server-only';
import QRCode from 'qrcode';

/** The pickup code's QR as a PNG, large enough for a phone camera across the counter. */
export function pickupQrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 320 });
}
