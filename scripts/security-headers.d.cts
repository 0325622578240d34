/** Types of security-headers.cjs (plain JavaScript: next.config.js and serve.mjs load it). */
export function securityHeaders(dev: boolean, framable: boolean): { key: string; value: string }[];
export function siteUrl(env?: Record<string, string | undefined>): string;
