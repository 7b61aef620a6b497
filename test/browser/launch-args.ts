/** The chromium flags that work as root in a container without a GPU or outside network. */
export const LAUNCH_ARGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
];
