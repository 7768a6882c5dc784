/**
 * Stands for webextension-polyfill in the in-page probes (bench/build-probes.ts): they run in a
 * plain page, where the polyfill throws as it loads. Modules they share with the content script
 * import it (paint-highlights.ts loads its <mark> part through the background) but never use it
 * there; a use is an error that says so.
 */
const browser = new Proxy({}, {
  get(_target, name) {
    throw new Error(`bench probe: the extension API (browser.${String(name)}) is not available in a plain page`);
  },
});
export default browser;
