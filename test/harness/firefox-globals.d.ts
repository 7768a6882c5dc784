// The extension API as extension pages see it in Firefox (`browser`, promise-based): the
// harness's inExtension() runs its functions in such a page. Extension code itself uses src/browser.ts.
declare var browser: import('webextension-polyfill').Browser;
