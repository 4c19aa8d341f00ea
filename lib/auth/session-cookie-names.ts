/*
 * The session cookie's two names, the one constant that both the app and the serving
 * layer's route table (which generates next.config.ts' rewrites) read. No imports, so
 * next.config.ts can load it.
 */
export const SESSION_COOKIE_PLAIN = "lede.session";
/** Over https: the __Secure- prefix makes browsers refuse it from an insecure origin. */
export const SESSION_COOKIE_SECURE = "__Secure-lede.session";
export const SESSION_COOKIE_NAMES = [SESSION_COOKIE_PLAIN, SESSION_COOKIE_SECURE] as const;
