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
  namespace alarms {
    function create(name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }): Promise<void>;
    function get(name: string): Promise<{ name: string; scheduledTime: number; periodInMinutes?: number } | undefined>;
  }
  namespace storage {
    const local: { get(key: string | string[]): Promise<Record<string, any>>; set(items: Record<string, unknown>): Promise<void> };
  }
  namespace downloads {
    function download(options: { url: string; filename: string; conflictAction?: string; saveAs?: boolean }): Promise<number>;
    function search(query: { id?: number; filenameRegex?: string }): Promise<Array<{ id: number; filename: string; state: string; exists: boolean; byExtensionId?: string }>>;
  }
  namespace windows {
    function create(options: { url: string; type?: 'normal' | 'popup'; width?: number; height?: number }): Promise<{ id?: number }>;
  }
  namespace i18n {
    function getUILanguage(): string;
  }
}
