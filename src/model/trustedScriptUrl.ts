/**
 * The site's policy requires Trusted Types for script URLs and names the only policies allowed
 * (vite.config.ts): each makes exactly one URL into a script URL. Used by the boot script (the app's
 * entry) and the editor (its worker); `types` is the browser's `window.trustedTypes`, handed in so
 * that this module touches no browser global.
 */
export interface TrustedTypesLike {
  createPolicy: (
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ) => { createScriptURL: (url: string) => unknown };
}

/** `url` as a script URL made by the policy `name` (the string itself where Trusted Types are not supported). */
export function trustedScriptUrl(types: TrustedTypesLike | undefined, name: string, url: string): string {
  const policy = types?.createPolicy(name, {
    createScriptURL: (asked) => {
      if (asked !== url) throw new TypeError(`The ${name} policy makes only ${url}, not ${asked}`);
      return asked;
    },
  });
  // A TrustedScriptURL, which the DOM's types (and script.src) take as a string.
  return (policy ? policy.createScriptURL(url) : url) as string;
}
