// The Share panel: a link and a QR code that open the current step on students' own devices.
import { useState } from 'react';
import type { ShareTarget } from './share';
import { qrPath } from './qr';

const QUIET = 4;

/** The QR code as SVG, dark on white whatever the theme, so every phone can read it. */
function QrCode({ url }: { url: string }) {
	const { size, d } = qrPath(url);
	const full = size + 2 * QUIET;
	return (
		<svg
			className="wt-qr"
			viewBox={`${-QUIET} ${-QUIET} ${full} ${full}`}
			role="img"
			aria-label="QR code of the link"
			shapeRendering="crispEdges"
		>
			<rect x={-QUIET} y={-QUIET} width={full} height={full} fill="#fff" />
			<path d={d} fill="#000" />
		</svg>
	);
}

/** The link, a copy button and the QR code. */
export function SharePanel({ target }: { target: ShareTarget | undefined }) {
	const [copied, setCopied] = useState('');
	if (!target) return null;
	const copy = () => {
		navigator.clipboard?.writeText(target.url).then(
			() => setCopied('Link copied.'),
			() => setCopied('Copy failed: select the link and copy it.'),
		);
	};
	return (
		<section className="wt-share" aria-labelledby="wt-share-title">
			<h2 id="wt-share-title">Share with students</h2>
			<p>{target.opens}</p>
			<QrCode url={target.url} />
			<p className="wt-share-url">
				<a href={target.url}>{target.url}</a>
			</p>
			<button type="button" className="wt-button wt-small" onClick={copy}>
				Copy link
			</button>
			<span role="status" className="wt-copied">
				{copied}
			</span>
		</section>
	);
}
