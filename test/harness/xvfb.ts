import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface VirtualDisplay {
  /** For DISPLAY, e.g. ':93'. */
  display: string;
  /** Presses keys in the focused window of this display, as a person's keyboard would (xdotool). */
  pressKeys(keys: string): void;
  /** Presses keys one after another, `delayMs` apart (a menu needs time to follow). */
  typeKeys(keys: string[], delayMs?: number): void;
  /** Moves the pointer to (x, y) of the browser window (window coordinates, not the page's), and clicks `button` if given (3: right). */
  pointAt(x: number, y: number, button?: number): void;
  stop(): void;
}

/**
 * Starts an Xvfb display, for tests that need what only real input does — a browser keyboard
 * shortcut, which grants `activeTab` as a toolbar click would. Throws when Xvfb or xdotool is
 * missing (CI installs both): a missing tool is a failure, never a skip. `windowClass`: the X
 * class of the browser's windows that keys and clicks go to ('chromium', or 'firefox-esr').
 */
export async function startXvfb(windowClass = 'chromium'): Promise<VirtualDisplay> {
  for (const tool of ['/usr/bin/Xvfb', '/usr/bin/xdotool']) {
    if (!existsSync(tool)) throw new Error(`${tool} not found: apt-get install -y xvfb xdotool`);
  }
  let n = 90 + Math.floor(Math.random() * 9);
  while (existsSync(`/tmp/.X11-unix/X${n}`)) n++;
  const display = `:${n}`;
  const server = spawn('/usr/bin/Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 50));
  if (!existsSync(`/tmp/.X11-unix/X${n}`)) {
    server.kill();
    throw new Error(`Xvfb did not start on ${display}`);
  }
  const env = { ...process.env, DISPLAY: display };
  const xdotool = (args: string[]) => execFileSync('/usr/bin/xdotool', args, { env }).toString();
  const browserWindow = () => xdotool(['search', '--onlyvisible', '--class', windowClass]).trim().split('\n').at(-1)!;
  return {
    display,
    pressKeys(keys: string) {
      xdotool(['windowfocus', '--sync', browserWindow(), 'key', '--clearmodifiers', keys]);
    },
    typeKeys(keys: string[], delayMs = 150) {
      xdotool(['key', '--delay', String(delayMs), ...keys]);
    },
    pointAt(x: number, y: number, button?: number) {
      const window = browserWindow();
      xdotool(['windowfocus', '--sync', window, 'mousemove', '--window', window, String(Math.round(x)), String(Math.round(y)), ...(button ? ['click', String(button)] : [])]);
    },
    stop: () => void server.kill(),
  };
}
