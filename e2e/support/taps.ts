// What a member of staff does on a page, counted where the page receives it: every press of a
// finger, mouse button or key (typing a code is a press per character), and every answer to
// one of the browser's own dialogs (a confirm() is a tap too).
import type { Page } from '@playwright/test';

export class Taps {
  count = 0;

  static async watch(page: Page): Promise<Taps> {
    const taps = new Taps();
    await page.exposeFunction('countStaffTap', () => {
      taps.count += 1;
    });
    await page.addInitScript(() => {
      for (const type of ['pointerdown', 'keydown'] as const) {
        window.addEventListener(
          type,
          (event) => {
            if (event.isTrusted) (window as unknown as { countStaffTap: () => void }).countStaffTap();
          },
          { capture: true },
        );
      }
    });
    page.on('dialog', (dialog) => {
      taps.count += 1;
      void dialog.accept();
    });
    return taps;
  }

  /** From now on (e.g. once the order is on screen). */
  restart() {
    this.count = 0;
  }
}
