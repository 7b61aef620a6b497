// A QR code as one SVG path (dark modules), so React can draw it without inline styles or HTML.
import qrcode from 'qrcode-generator';

/** The code's size in modules (without the quiet zone) and its path data. */
export interface QrPath {
	size: number;
	d: string;
}

/** Encodes text (a URL) with medium error correction, enough for a projected screen. */
export function qrPath(text: string): QrPath {
	const qr = qrcode(0, 'M');
	qr.addData(text);
	qr.make();
	const size = qr.getModuleCount();
	let d = '';
	for (let row = 0; row < size; row++)
		for (let col = 0; col < size; col++) if (qr.isDark(row, col)) d += `M${col} ${row}h1v1h-1z`;
	return { size, d };
}
