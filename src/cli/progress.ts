/** Where a progress bar draws, and how wide the terminal is. */
export interface ProgressSink {
  readonly write: (text: string) => void;
  readonly columns?: number;
}

/**
 * Renders one line of a progress bar: a label, a bar of `#` and `.`, and the count. Pure, so it
 * can be tested; the bar fits in `columns`.
 */
export function renderBar(label: string, done: number, total: number, columns = 80): string {
  const count = `${done}/${total}`;
  const width = Math.max(10, Math.min(40, columns - label.length - count.length - 6));
  const filled = total > 0 ? Math.round((Math.min(done, total) / total) * width) : width;
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}`;
}

/**
 * A progress bar on standard error, redrawn in place with a carriage return and cleared when
 * done, so it leaves nothing in a terminal's scrollback. Redraws only when the drawn text
 * changes, so a fast loop does not flood the terminal.
 */
export class ProgressBar {
  private last = '';

  constructor(
    private readonly sink: ProgressSink,
    private readonly label: string,
  ) {}

  /** Draws the bar at `done` of `total`. */
  update(done: number, total: number): void {
    const line = renderBar(this.label, done, total, this.sink.columns);
    if (line === this.last) return;
    this.last = line;
    this.sink.write(`\r${line}\u001b[K`);
  }

  /** Erases the bar. */
  clear(): void {
    if (this.last !== '') this.sink.write('\r\u001b[K');
    this.last = '';
  }
}

/** Input is large enough for a progress bar: many documents, or much text. */
export function isLarge(documents: number, characters: number): boolean {
  return documents >= 20 || characters >= 1_000_000;
}
