import type { Rng } from '../random';

// Marsaglia and Tsang's ziggurat method (J. Stat. Software 5(8), 2000): about 99% of draws cost
// one table look-up and a multiply, no logarithm. Unlike the paper, the strip index and the value
// come from separate 32-bit draws (Doornik 2005 showed sharing them skews the tails).

const M1 = 2 ** 31;
const M2 = 2 ** 32;
const kn = new Float64Array(128);
const wn = new Float64Array(128);
const fn = new Float64Array(128);
const ke = new Float64Array(256);
const we = new Float64Array(256);
const fe = new Float64Array(256);

{
	let dn = 3.442619855899;
	let tn = dn;
	const vn = 9.91256303526217e-3;
	const q = vn / Math.exp(-0.5 * dn * dn);
	kn[0] = (dn / q) * M1;
	kn[1] = 0;
	wn[0] = q / M1;
	wn[127] = dn / M1;
	fn[0] = 1;
	fn[127] = Math.exp(-0.5 * dn * dn);
	for (let i = 126; i >= 1; i--) {
		dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
		kn[i + 1] = (dn / tn) * M1;
		tn = dn;
		fn[i] = Math.exp(-0.5 * dn * dn);
		wn[i] = dn / M1;
	}
	let de = 7.697117470131487;
	let te = de;
	const ve = 3.949659822581572e-3;
	const qe = ve / Math.exp(-de);
	ke[0] = (de / qe) * M2;
	ke[1] = 0;
	we[0] = qe / M2;
	we[255] = de / M2;
	fe[0] = 1;
	fe[255] = Math.exp(-de);
	for (let i = 254; i >= 1; i--) {
		de = -Math.log(ve / de + Math.exp(-de));
		ke[i + 1] = (de / te) * M2;
		te = de;
		fe[i] = Math.exp(-de);
		we[i] = de / M2;
	}
}

const R_NORMAL = 3.442619855899;
const R_EXP = 7.697117470131487;

/** A standard exponential draw (mean 1). */
export function exponential(rng: Rng): number {
	for (;;) {
		const iz = rng.uint32() & 255;
		const jz = rng.uint32();
		const x = jz * (we[iz] as number);
		if (jz < (ke[iz] as number)) return x;
		if (iz === 0) return R_EXP - Math.log(1 - rng.next());
		if (
			(fe[iz] as number) + rng.next() * ((fe[iz - 1] as number) - (fe[iz] as number)) <
			Math.exp(-x)
		)
			return x;
	}
}

/** A standard normal draw (mean 0, standard deviation 1). */
export function normal(rng: Rng): number {
	for (;;) {
		const iz = rng.uint32() & 127;
		const hz = rng.uint32() | 0;
		const x = hz * (wn[iz] as number);
		if (Math.abs(hz) < (kn[iz] as number)) return x;
		if (iz === 0) {
			// The tail beyond R: Marsaglia's exponential rejection.
			for (;;) {
				const tx = -Math.log(1 - rng.next()) / R_NORMAL;
				const ty = -Math.log(1 - rng.next());
				if (ty + ty >= tx * tx) return hz > 0 ? R_NORMAL + tx : -R_NORMAL - tx;
			}
		}
		if (
			(fn[iz] as number) + rng.next() * ((fn[iz - 1] as number) - (fn[iz] as number)) <
			Math.exp(-0.5 * x * x)
		)
			return x;
	}
}
