import 'server-only';
import QRCode from 'qrcode';
import { returnQrText } from './return-qr';

/** The return's QR as an SVG string (for the page), dark on white, scalable. */
export function returnQrSvg(number: number): Promise<string> {
  return QRCode.toString(returnQrText(number), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The return's QR as a PNG (for the e-mail, where SVG images are not shown). */
export function returnQrPng(number: number): Promise<Buffer> {
  return QRCode.toBuffer(returnQrText(number), { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 320 });
}
