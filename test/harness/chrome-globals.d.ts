// The few `chrome.*` calls the harness makes inside the extension's service worker
// (worker.evaluate runs there). Extension code itself uses src/browser.ts instead.
declare namespace chrome {
  namespace tabs {
    function query(q: { url?: string; active?: boolean }): Promise<Array<{ id?: number; url?: string }>>;
    function sendMessage(tabId: number, message: unknown): Promise<any>;
  }
  namespace runtime {
    const id: string;
  }
  namespace i18n {
    function getUILanguage(): string;
  }
}
