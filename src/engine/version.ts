/** The engine's version, recorded in every log (kept equal to package.json by a test). */
export const ENGINE_VERSION = '0.1.0';
