/**
 * The canvas-text recorder: runs in the page's main world at document_start (manifest.json,
 * `"world": "MAIN"`; Chrome 111+, Firefox 128+) and records each string the page draws with
 * `fillText`/`strokeText` on a 2D canvas — its text, box, transform and font (drawn-text.ts,
 * `TextRecord`) — so that DocClip can lay a selectable text layer over the canvas.
 *
 * What the page draws does not change: each wrapper calls the original with the same `this` and
 * arguments and returns what it returned (an exception from the original is the page's own);
 * recording runs after it, and an error in recording is swallowed. The wrappers are Proxies of
 * the originals (same name and length), and `Function.prototype.toString` shows the original's
 * source for them. Nothing of the extension is reachable from here: the script has no extension
 * API, and it talks to the content script only with CustomEvents holding JSON strings.
 *
 * Hand-over: the content script (src/content/canvas-text-source.ts) dispatches
 * `docclip:canvas-text-connect` on window with a random channel name as detail; from then on,
 * in a task of its own right after the task that drew (at most one a frame, FLUSH_GAP_MS), each
 * connected canvas with new ops gets a (non-bubbling) CustomEvent named by that channel, its
 * detail a `TextBatch` JSON string. A task, not the next animation frame: a page that draws in a
 * frame callback then waits for its own frame to be rendered, not for one more frame as well, and
 * the hand-over stays out of the page's frame (bench/canvas-timeline.ts shows the difference). On connect every canvas's ops so
 * far are sent again (the content script starts at document_end, after the first drawings).
 * Wipes — the canvas's size set, a clearRect or opaque fillRect over all of it — are `null` ops.
 */
type Matrix = [number, number, number, number, number, number];
interface Op {
  text: string;
  left: number;
  width: number;
  top: number;
  bottom: number;
  matrix: Matrix;
  alpha: number;
  font: string;
}

(() => {
  const CONNECT_EVENT = 'docclip:canvas-text-connect';
  /** Ops kept per canvas until it is wiped (a page of text is a few thousand). */
  const MAX_OPS_PER_CANVAS = 20_000;
  /** Least time between two hand-overs: a page that draws in many tasks is handed over at most once a frame. */
  const FLUSH_GAP_MS = 16;
  const marker = Symbol.for('docclip.canvasTextRecorder');
  const host = globalThis as unknown as Record<symbol, boolean>;
  if (host[marker] || typeof CanvasRenderingContext2D === 'undefined') return;
  host[marker] = true;

  const reflectApply = Reflect.apply;
  const proto = CanvasRenderingContext2D.prototype;
  const original = {
    fillText: proto.fillText,
    strokeText: proto.strokeText,
    clearRect: proto.clearRect,
    fillRect: proto.fillRect,
    measureText: proto.measureText,
    getTransform: proto.getTransform,
    toString: Function.prototype.toString,
    dispatchEvent: EventTarget.prototype.dispatchEvent,
    addEventListener: EventTarget.prototype.addEventListener,
    stringify: JSON.stringify,
    setTimeout: globalThis.setTimeout.bind(globalThis),
    now: performance.now.bind(performance),
    postMessage: MessagePort.prototype.postMessage,
  };
  const getter = (target: object, name: string) => Object.getOwnPropertyDescriptor(target, name)?.get;
  const ctxGet = {
    canvas: getter(proto, 'canvas'),
    font: getter(proto, 'font'),
    textAlign: getter(proto, 'textAlign'),
    textBaseline: getter(proto, 'textBaseline'),
    direction: getter(proto, 'direction'),
    globalAlpha: getter(proto, 'globalAlpha'),
    composite: getter(proto, 'globalCompositeOperation'),
  };
  const canvasProto = HTMLCanvasElement.prototype;
  const sizeGet = { width: getter(canvasProto, 'width'), height: getter(canvasProto, 'height') };
  const connectedGet = getter(Node.prototype, 'isConnected');
  const CustomEventOriginal = CustomEvent;

  /** Ops not yet sent and all ops since the last wipe, per canvas. */
  const pending = new Map<HTMLCanvasElement, Array<Op | null>>();
  const history = new WeakMap<HTMLCanvasElement, Array<Op | null>>();
  const known = new Set<WeakRef<HTMLCanvasElement>>();
  let channel: string | null = null;
  let scheduled = false;
  let lastFlush = -Infinity;
  /** A message port of the recorder's own: a message to it is a task without setTimeout's clamp. */
  const tasks = new MessageChannel();
  Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')?.set?.call(tasks.port1, () => run());

  const wrapped = new WeakMap<object, unknown>();
  function wrap<F extends (...args: never[]) => unknown>(fn: F, after: (self: unknown, args: unknown[]) => void): F {
    const proxy = new Proxy(fn, {
      apply(target, self, args: unknown[]) {
        const result = reflectApply(target, self, args);
        try {
          after(self, args);
        } catch {
          // Recording never disturbs the page.
        }
        return result;
      },
    });
    wrapped.set(proxy, fn);
    return proxy;
  }

  const call = <T>(get: ((this: unknown) => unknown) | undefined, self: unknown): T => reflectApply(get!, self, []) as T;

  function htmlCanvasOf(ctx: unknown): HTMLCanvasElement | null {
    const canvas = call<unknown>(ctxGet.canvas, ctx);
    return canvas instanceof HTMLCanvasElement ? canvas : null;
  }

  /**
   * The string recorded last, while it is still the last op of its canvas not yet sent: a string
   * drawn right after it (same canvas, same call, font, transform, alpha and line, starting where
   * it ends) is recorded as part of it, so that a page drawn a character a call (a thousand or
   * more calls) is handed over as a few dozen runs. The layer reads the same text: pieces that
   * touch are joined without a space (src/core/canvas-text/reading-order.ts, WORD_GAP).
   */
  let last: { canvas: HTMLCanvasElement; op: Op; stroke: boolean } | null = null;
  /** Most a string may start after (or before) the end of the last one to be recorded with it, in line heights (below reading-order.ts's WORD_GAP). */
  const TOUCH = 0.05;
  /** Longest run recorded as one string (a record holds at most 10,000 characters: drawn-text.ts). */
  const MAX_RUN = 1000;

  function extendsLast(canvas: HTMLCanvasElement, op: Op, stroke: boolean): boolean {
    if (!last || last.canvas !== canvas || last.stroke !== stroke) return false;
    const prev = last.op;
    if (prev.text.length + op.text.length > MAX_RUN) return false;
    const queue = pending.get(canvas);
    if (!queue || queue[queue.length - 1] !== prev || history.get(canvas)?.at(-1) !== prev) return false;
    if (prev.font !== op.font || prev.alpha !== op.alpha || prev.top !== op.top || prev.bottom !== op.bottom) return false;
    for (let i = 0; i < 6; i++) if (prev.matrix[i] !== op.matrix[i]) return false;
    const end = prev.left + prev.width;
    if (op.width < 0 || prev.width < 0 || Math.abs(op.left - end) > TOUCH * (op.bottom - op.top)) return false;
    prev.text += op.text;
    prev.width = Math.max(end, op.left + op.width) - prev.left;
    return true;
  }

  function push(canvas: HTMLCanvasElement, op: Op | null, stroke = false): void {
    if (op !== null && extendsLast(canvas, op, stroke)) return;
    last = null;
    let all = history.get(canvas);
    if (!all) {
      history.set(canvas, (all = []));
      known.add(new WeakRef(canvas));
    }
    if (op === null) all.length = 0;
    if (all.length >= MAX_OPS_PER_CANVAS) return;
    all.push(op);
    let queue = pending.get(canvas);
    if (!queue) pending.set(canvas, (queue = []));
    if (op === null) queue.length = 0;
    queue.push(op);
    if (op !== null) last = { canvas, op, stroke };
    schedule();
  }

  function schedule(): void {
    if (scheduled || channel === null) return;
    scheduled = true;
    const wait = lastFlush + FLUSH_GAP_MS - original.now();
    if (wait > 0) original.setTimeout(run, wait);
    else reflectApply(original.postMessage, tasks.port2, [null]);
  }

  function run(): void {
    scheduled = false;
    lastFlush = original.now();
    flush();
  }

  function flush(): void {
    if (channel === null) return;
    let waiting = false;
    for (const [canvas, ops] of pending) {
      // An event reaches the content script's window listener only from a canvas in the document.
      if (!call<boolean>(connectedGet, canvas)) {
        waiting = true;
        continue;
      }
      pending.delete(canvas);
      send(canvas, ops);
    }
    if (waiting && !scheduled) {
      scheduled = true;
      original.setTimeout(() => {
        scheduled = false;
        flush();
      }, 500);
    }
  }

  function send(canvas: HTMLCanvasElement, ops: Array<Op | null>): void {
    const detail = original.stringify({ width: call(sizeGet.width, canvas), height: call(sizeGet.height, canvas), ops });
    reflectApply(original.dispatchEvent, canvas, [new CustomEventOriginal(channel!, { detail })]);
  }

  const ALIGN: Record<string, number> = { left: 0, center: 0.5, right: 1 };

  const recordText = (stroke: boolean) => (self: unknown, args: unknown[]) => {
    const canvas = htmlCanvasOf(self);
    if (!canvas || args.length < 3) return;
    const text = String(args[0]);
    const x = Number(args[1]);
    const y = Number(args[2]);
    if (!Number.isFinite(x) || !Number.isFinite(y) || text.trim() === '') return;
    const metrics = reflectApply(original.measureText, self, [text]) as TextMetrics;
    let width = metrics.width;
    const maxWidth = args.length > 3 && args[3] !== undefined ? Number(args[3]) : Infinity;
    if (Number.isFinite(maxWidth) && maxWidth >= 0) width = Math.min(width, maxWidth);
    const rtl = call<string>(ctxGet.direction, self) === 'rtl';
    const align = call<string>(ctxGet.textAlign, self);
    const factor = align === 'start' ? (rtl ? 1 : 0) : align === 'end' ? (rtl ? 0 : 1) : (ALIGN[align] ?? 0);
    const ascent = metrics.fontBoundingBoxAscent ?? metrics.actualBoundingBoxAscent;
    const descent = metrics.fontBoundingBoxDescent ?? metrics.actualBoundingBoxDescent;
    const m = reflectApply(original.getTransform, self, []) as DOMMatrix;
    push(canvas, {
      text,
      left: x - width * factor,
      width,
      top: y - ascent,
      bottom: y + descent,
      matrix: [m.a, m.b, m.c, m.d, m.e, m.f],
      alpha: call<number>(ctxGet.globalAlpha, self),
      font: call<string>(ctxGet.font, self),
    }, stroke);
  };

  /** A clearRect (or an opaque source-over fillRect) over the whole canvas wipes its text. */
  function recordWipe(opaqueOnly: boolean) {
    return (self: unknown, args: unknown[]) => {
      const canvas = htmlCanvasOf(self);
      if (!canvas || !history.has(canvas) || args.length < 4) return;
      if (opaqueOnly && (call<number>(ctxGet.globalAlpha, self) < 1 || call<string>(ctxGet.composite, self) !== 'source-over')) return;
      const [x, y, w, h] = args.map(Number) as [number, number, number, number];
      const m = reflectApply(original.getTransform, self, []) as DOMMatrix;
      if (Math.abs(m.b) > 1e-6 || Math.abs(m.c) > 1e-6) return;
      const xs = [m.a * x + m.e, m.a * (x + w) + m.e];
      const ys = [m.d * y + m.f, m.d * (y + h) + m.f];
      const width = call<number>(sizeGet.width, canvas);
      const height = call<number>(sizeGet.height, canvas);
      if (Math.min(...xs) <= 0.5 && Math.min(...ys) <= 0.5 && Math.max(...xs) >= width - 0.5 && Math.max(...ys) >= height - 0.5) push(canvas, null);
    };
  }

  proto.fillText = wrap(original.fillText, recordText(false));
  proto.strokeText = wrap(original.strokeText, recordText(true));
  proto.clearRect = wrap(original.clearRect, recordWipe(false));
  proto.fillRect = wrap(original.fillRect, recordWipe(true));

  // Setting a canvas's width or height (even to the same value) wipes it.
  for (const name of ['width', 'height'] as const) {
    const descriptor = Object.getOwnPropertyDescriptor(canvasProto, name);
    if (!descriptor?.set) continue;
    const set = wrap(descriptor.set as (this: HTMLCanvasElement, v: number) => void, (self) => {
      if (self instanceof HTMLCanvasElement && history.has(self)) push(self, null);
    });
    Object.defineProperty(canvasProto, name, { ...descriptor, set });
  }

  // The wrappers show the originals' source.
  const toString = new Proxy(original.toString, {
    apply(target, self, args: unknown[]) {
      return reflectApply(target, wrapped.get(self as object) ?? self, args);
    },
  });
  wrapped.set(toString, original.toString);
  Function.prototype.toString = toString;

  reflectApply(original.addEventListener, globalThis, [
    CONNECT_EVENT,
    (event: Event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string' || !/^docclip-[0-9a-f]{16,64}$/.test(detail)) return;
      channel = detail;
      // Everything drawn so far, again, for the content script that has just started.
      pending.clear();
      for (const ref of known) {
        const canvas = ref.deref();
        if (!canvas) {
          known.delete(ref);
          continue;
        }
        const all = history.get(canvas);
        if (all && all.length > 0) pending.set(canvas, [null, ...all]);
      }
      schedule();
    },
  ]);
})();
