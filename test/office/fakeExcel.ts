/**
 * An in-memory Excel with exactly the Office.js surface the adapter calls (Excel cannot run on Linux).
 * It keeps cell state, counts context.sync() calls, measures the payload queued between syncs, logs every
 * mutating call, throws when a loaded property is read before a sync (as Office.js does), and imitates the
 * Excel behaviour the adapter must defend against: a string "=..." written to a General cell becomes a
 * formula, "001" becomes 1; in a Text ("@") cell both stay text.
 */
import { parseCell, parseRange, rectAddress, splitAddress, type Rect } from "../../src/workbook/office/a1";

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  fill: string | null;
  locked: boolean;
  validation?: unknown;
  validationPrompt?: unknown;
  validationError?: unknown;
  bold?: boolean;
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} read before context.sync()`);
  }
}

export class FakeExcel {
  syncs = 0;
  runs = 0;
  /** Mutating calls, in order: "sheet.add Name", "range.values Sheet!A1:B2", ... */
  readonly log: string[] = [];
  /** Bytes of data queued before each sync. */
  readonly payloads: number[] = [];
  private pending = 0;
  private loadQueue: (() => void)[] = [];
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, { sheet: string; ref: string; broken: boolean }>();
  readonly properties: Record<string, string> = {};
  readonly settingsStore = new Map<string, unknown>();
  settingsSaves = 0;
  active: { sheet: string; address?: string } | null = null;
  handlers: (() => unknown)[] = [];

  constructor(readonly supported: readonly string[] = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"]) {}

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this, name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  mutate(entry: string, data: unknown = null): void {
    this.log.push(entry);
    this.pending += 100 + (data === null ? 0 : JSON.stringify(data).length);
  }

  onLoad(apply: () => void): void {
    this.loadQueue.push(apply);
  }

  context(): FakeContext {
    return new FakeContext(this);
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.payloads.push(this.pending);
    this.pending = 0;
    const queue = this.loadQueue;
    this.loadQueue = [];
    for (const apply of queue) apply();
  }

  /** The OfficeDeps the adapter takes, wired to this fake. */
  deps() {
    return {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        this.runs++;
        return batch(this.context() as unknown as Excel.RequestContext);
      },
      runIn: async <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(context),
      isSetSupported: (name: string, version: string) => name === "ExcelApi" && this.supported.includes(version),
      settings: {
        get: (key: string) => this.settingsStore.get(key) ?? null,
        set: (key: string, value: unknown) => void this.settingsStore.set(key, JSON.parse(JSON.stringify(value))),
        save: async () => void this.settingsSaves++,
      },
    };
  }
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(excel, this);
  }
  sync(): Promise<void> {
    return this.excel.sync();
  }
}

/** A property that becomes readable only after the next sync once load() asked for it. */
class Loadable {
  private loaded = false;
  constructor(protected readonly excel: FakeExcel) {}
  load(_props?: string): this {
    this.excel.onLoad(() => {
      this.loaded = true;
    });
    return this;
  }
  protected need(what: string): void {
    if (!this.loaded) throw new NotLoaded(what);
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNameCollection;
  readonly properties: Record<string, string>;
  constructor(excel: FakeExcel, context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(excel, context);
    this.names = new FakeNameCollection(excel);
    this.properties = new Proxy(excel.properties, {
      set: (target, key, value) => {
        excel.mutate(`properties.${String(key)}`, value);
        target[String(key)] = String(value);
        return true;
      },
    });
  }
}

class FakeWorksheetCollection extends Loadable {
  constructor(
    excel: FakeExcel,
    private readonly context: FakeContext,
  ) {
    super(excel);
  }
  get items(): FakeWorksheet[] {
    this.need("worksheets.items");
    return this.excel.sheets.map((s) => new FakeWorksheet(this.excel, s));
  }
  getItem(name: string): FakeWorksheet {
    const sheet = this.excel.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: sheet ${name}`);
    return new FakeWorksheet(this.excel, sheet);
  }
  add(name: string): FakeWorksheet {
    if (this.excel.sheet(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
    this.excel.mutate(`sheet.add ${name}`);
    return new FakeWorksheet(this.excel, this.excel.addSheet(name));
  }
  get onChanged() {
    return {
      add: (handler: () => unknown) => {
        this.excel.handlers.push(handler);
        return {
          context: this.context,
          remove: () => {
            this.excel.handlers = this.excel.handlers.filter((h) => h !== handler);
          },
        };
      },
    };
  }
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  protectedWith: object | null = null;
  frozen: string | null = null;
  merges: string[] = [];
  columnWidths = new Map<string, number>();
  rowHeights = new Map<string, number>();
  pageLayout: Record<string, unknown> = {};
  deleted = false;
  constructor(
    readonly excel: FakeExcel,
    public name: string,
  ) {}
  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", numberFormat: "General", fill: null, locked: true };
      this.cells.set(key, cell);
    }
    return cell;
  }
  peek(ref: string): FakeCell | undefined {
    const { row, col } = parseCell(ref);
    return this.cells.get(`${row},${col}`);
  }
  /** Sets a value as a user typing it would. */
  put(ref: string, value: string | number | boolean, numberFormat = "General"): void {
    const { row, col } = parseCell(ref);
    const cell = this.cell(row, col);
    cell.numberFormat = numberFormat;
    if (typeof value === "string" && value.startsWith("=")) {
      cell.formula = value;
      cell.value = 0; // the cached result; the fake does not calculate
    } else cell.value = value;
  }
  hasValues(): boolean {
    return [...this.cells.values()].some((c) => c.value !== "" || c.formula);
  }
}

class FakeWorksheet {
  constructor(
    private readonly excel: FakeExcel,
    readonly state: FakeSheet,
  ) {}
  private guard(): void {
    if (this.state.deleted) throw new Error(`InvalidReference: sheet ${this.state.name} was deleted`);
  }
  get name(): string {
    return this.state.name;
  }
  set name(value: string) {
    this.guard();
    if (this.excel.sheet(value) && this.excel.sheet(value) !== this.state) throw new Error(`ItemAlreadyExists: sheet ${value}`);
    this.excel.mutate(`sheet.rename ${this.state.name} -> ${value}`);
    for (const name of this.excel.names.values()) if (name.sheet === this.state.name) name.sheet = value;
    this.state.name = value;
  }
  get visibility(): string {
    return this.state.visibility;
  }
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.excel.mutate(`sheet.visibility ${this.state.name} ${value}`);
    this.state.visibility = value;
  }
  set tabColor(value: string) {
    this.excel.mutate(`sheet.tabColor ${this.state.name}`);
    this.state.tabColor = value;
  }
  getRange(address: string): FakeRange {
    this.guard();
    return new FakeRange(this.excel, this.state, address);
  }
  /** The bounding box of the cells holding a value or formula (valuesOnly, as we always ask), or a null object. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    const state = this.state;
    let box: Rect | null = null;
    for (const [key, cell] of state.cells) {
      if (cell.value === "" && !cell.formula) continue;
      const [row, col] = key.split(",").map(Number);
      box = box ? { top: Math.min(box.top, row), bottom: Math.max(box.bottom, row), left: Math.min(box.left, col), right: Math.max(box.right, col) } : { top: row, bottom: row, left: col, right: col };
    }
    return new FakeUsedRange(this.excel, state, box);
  }
  activate(): void {
    this.excel.active = { sheet: this.state.name };
  }
  delete(): void {
    this.guard();
    this.excel.mutate(`sheet.delete ${this.state.name}`);
    this.state.deleted = true;
    this.excel.sheets.splice(this.excel.sheets.indexOf(this.state), 1);
    for (const name of this.excel.names.values()) if (name.sheet === this.state.name) name.broken = true;
  }
  get freezePanes() {
    const mark = (what: string) => {
      this.excel.mutate(`sheet.freeze ${this.state.name} ${what}`);
      this.state.frozen = what;
    };
    return {
      freezeAt: (range: FakeRange) => mark(range.addressLocal),
      freezeRows: (n: number) => mark(`rows ${n}`),
      freezeColumns: (n: number) => mark(`columns ${n}`),
    };
  }
  get protection() {
    const excel = this.excel;
    const state = this.state;
    return new (class extends Loadable {
      // Loaded properties are a snapshot taken at sync, as in Office.js: unprotect() does not change them.
      private snapshot: { protected: boolean; options: object } | null = null;
      override load(props?: string): this {
        super.load(props);
        excel.onLoad(() => {
          this.snapshot = { protected: state.protectedWith !== null, options: state.protectedWith ?? {} };
        });
        return this;
      }
      get protected(): boolean {
        this.need("protection.protected");
        return this.snapshot?.protected ?? false;
      }
      get options(): object {
        this.need("protection.options");
        return this.snapshot?.options ?? {};
      }
      protect(options: object = {}) {
        if (state.protectedWith) throw new Error("InvalidOperation: already protected");
        excel.mutate(`sheet.protect ${state.name}`);
        state.protectedWith = options;
      }
      unprotect() {
        excel.mutate(`sheet.unprotect ${state.name}`);
        state.protectedWith = null;
      }
    })(excel);
  }
  get pageLayout() {
    const excel = this.excel;
    const state = this.state;
    const target = state.pageLayout;
    const layout = new Proxy(target, {
      set: (t, key, value) => {
        excel.mutate(`pageLayout.${String(key)} ${state.name}`, value);
        t[String(key)] = value;
        return true;
      },
      get: (t, key) => {
        if (key === "setPrintTitleRows") return (rows: string) => void (t.printTitleRows = rows);
        if (key === "setPrintTitleColumns") return (columns: string) => void (t.printTitleColumns = columns);
        if (key === "headersFooters") return { defaultForAllPages: (t.defaultForAllPages ??= {}) };
        return t[String(key)];
      },
    });
    return layout;
  }
}

class FakeRange extends Loadable {
  get rowCount(): number {
    this.need("range.rowCount");
    return this.rect.bottom - this.rect.top + 1;
  }
  get columnCount(): number {
    this.need("range.columnCount");
    return this.rect.right - this.rect.left + 1;
  }
  readonly rect: Rect;
  readonly addressLocal: string;
  constructor(
    excel: FakeExcel,
    readonly sheet: FakeSheet,
    address: string,
  ) {
    super(excel);
    const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
    const rows = /^(\d+):(\d+)$/.exec(address);
    this.rect = columns ? parseRange(`${columns[1]}1:${columns[2]}1`) : rows ? parseRange(`A${rows[1]}:A${rows[2]}`) : parseRange(address);
    this.addressLocal = columns || rows ? address : rectAddress(this.rect);
  }
  private guard(): void {
    if (this.sheet.deleted) throw new Error("InvalidReference: range on a deleted sheet");
    if (this.sheet.protectedWith) throw new Error(`AccessDenied: sheet ${this.sheet.name} is protected`);
  }
  private each<T>(f: (cell: FakeCell, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: T[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(f(this.sheet.cell(r, c), r - this.rect.top, c - this.rect.left));
      out.push(row);
    }
    return out;
  }
  private set2d(what: string, data: unknown[][], apply: (cell: FakeCell, value: unknown) => void): void {
    this.guard();
    const rows = this.rect.bottom - this.rect.top + 1;
    const cols = this.rect.right - this.rect.left + 1;
    if (data.length !== rows || data.some((row) => row.length !== cols)) throw new Error(`InvalidArgument: ${what} of ${data.length}x${data[0]?.length} for ${this.addressLocal}`);
    this.excel.mutate(`range.${what} ${this.sheet.name}!${this.addressLocal}`, data);
    this.each((cell, r, c) => apply(cell, data[r][c]));
  }
  get address(): string {
    this.need("range.address");
    return `'${this.sheet.name.replace(/'/g, "''")}'!${this.addressLocal}`;
  }
  get values(): unknown[][] {
    this.need("range.values");
    return this.each((cell) => cell.value);
  }
  set values(data: unknown[][]) {
    this.set2d("values", data, (cell, value) => {
      delete cell.formula;
      if (typeof value === "string" && cell.numberFormat !== "@") {
        // What Excel does with typed text in a General cell.
        if (value.startsWith("=")) {
          cell.formula = value;
          cell.value = 0;
          return;
        }
        if (/^-?\d+(\.\d+)?$/.test(value)) {
          cell.value = Number(value);
          return;
        }
      }
      cell.value = value as string | number | boolean;
    });
  }
  get formulas(): unknown[][] {
    this.need("range.formulas");
    return this.each((cell) => cell.formula ?? cell.value);
  }
  set formulas(data: unknown[][]) {
    this.set2d("formulas", data, (cell, value) => {
      if (typeof value === "string" && value.startsWith("=")) {
        cell.formula = value;
        cell.value = 0;
      } else {
        delete cell.formula;
        cell.value = value as string | number | boolean;
      }
    });
  }
  get numberFormat(): unknown[][] {
    this.need("range.numberFormat");
    return this.each((cell) => cell.numberFormat);
  }
  set numberFormat(data: unknown[][]) {
    this.set2d("numberFormat", data, (cell, value) => {
      cell.numberFormat = String(value);
    });
  }
  get valueTypes(): string[][] {
    this.need("range.valueTypes");
    return this.each((cell) => {
      if (typeof cell.value === "string" && cell.value.startsWith("#") && cell.value.endsWith("!")) return "Error";
      if (cell.value === "") return "Empty";
      return typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : "String";
    });
  }
  merge(_across?: boolean): void {
    this.guard();
    this.excel.mutate(`range.merge ${this.sheet.name}!${this.addressLocal}`);
    this.sheet.merges.push(this.addressLocal);
  }
  select(): void {
    this.excel.active = { sheet: this.sheet.name, address: this.addressLocal };
  }
  get dataValidation() {
    const set = (what: string) => (value: unknown) => {
      this.guard();
      this.excel.mutate(`range.dataValidation.${what} ${this.sheet.name}!${this.addressLocal}`, value);
      if (what === "rule") this.each((cell) => void (cell.validation = value));
      if (what === "prompt") this.each((cell) => void (cell.validationPrompt = value));
      if (what === "errorAlert") this.each((cell) => void (cell.validationError = value));
    };
    return {
      set rule(v: unknown) {
        set("rule")(v);
      },
      set prompt(v: unknown) {
        set("prompt")(v);
      },
      set errorAlert(v: unknown) {
        set("errorAlert")(v);
      },
    };
  }
  private formatCache: Record<string, unknown> | null = null;
  /** Cached like Office.js navigation properties: load() on range.format.fill and a later read see the same object. */
  get format() {
    this.formatCache ??= this.makeFormat();
    return this.formatCache;
  }
  private makeFormat() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const range = this;
    const excel = this.excel;
    const mut = (what: string, value: unknown = null) => {
      if (range.sheet.protectedWith) throw new Error(`AccessDenied: format on protected sheet ${range.sheet.name}`);
      excel.mutate(`format.${what} ${range.sheet.name}!${range.addressLocal}`, value);
    };
    const first = () => range.sheet.cell(range.rect.top, range.rect.left);
    const fill = new (class extends Loadable {
      get color(): string {
        this.need("fill.color");
        return first().fill ?? "#FFFFFF";
      }
      set color(value: string) {
        mut("fill.color", value);
        range.each((cell) => void (cell.fill = value));
      }
      get pattern(): string {
        this.need("fill.pattern");
        return first().fill === null ? "None" : "Solid";
      }
      clear() {
        mut("fill.clear");
        range.each((cell) => void (cell.fill = null));
      }
    })(excel);
    const recorder = (prefix: string, onSet?: (key: string, value: unknown) => void) =>
      new Proxy({} as Record<string, unknown>, {
        set: (t, key, value) => {
          mut(`${prefix}${String(key)}`, value);
          onSet?.(String(key), value);
          t[String(key)] = value;
          return true;
        },
      });
    const base = recorder("", (key, value) => {
      if (key === "columnWidth") range.sheet.columnWidths.set(range.addressLocal, Number(value));
      if (key === "rowHeight") range.sheet.rowHeights.set(range.addressLocal, Number(value));
    });
    return new Proxy(base, {
      get: (t, key) => {
        if (key === "fill") return fill;
        if (key === "font") return recorder("font.", (k, v) => k === "bold" && range.each((cell) => void (cell.bold = Boolean(v))));
        if (key === "protection") return recorder("protection.", (k, v) => k === "locked" && range.each((cell) => void (cell.locked = Boolean(v))));
        if (key === "borders") return { getItem: (edge: string) => recorder(`border.${edge}.`) };
        return t[String(key)];
      },
    });
  }
}

class FakeNameCollection extends Loadable {
  get items() {
    this.need("names.items");
    return [...this.excel.names.entries()].map(([name, target]) => {
      const excel = this.excel;
      return {
        name,
        type: target.broken ? "Error" : "Range",
        value: target.broken ? "#REF!" : `='${target.sheet}'!${target.ref}`,
        getRangeOrNullObject: () => {
          const sheet = excel.sheet(target.sheet);
          if (!sheet || target.broken) return Object.assign(new Loadable(excel), { isNullObject: true });
          return Object.assign(new FakeRange(excel, sheet, target.ref), { isNullObject: false });
        },
      };
    });
  }
  add(name: string, range: FakeRange): void {
    if (this.excel.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
    this.excel.mutate(`names.add ${name}`);
    this.excel.names.set(name, { sheet: range.sheet.name, ref: range.addressLocal, broken: false });
  }
  getItem(name: string) {
    if (!this.excel.names.has(name)) throw new Error(`ItemNotFound: name ${name}`);
    return {
      delete: () => {
        this.excel.mutate(`names.delete ${name}`);
        this.excel.names.delete(name);
      },
    };
  }
}

export { splitAddress };

/** A used range: a range over the used cells' bounding box, or a null object when the sheet holds none. */
class FakeUsedRange extends FakeRange {
  constructor(
    excel: FakeExcel,
    sheet: FakeSheet,
    private readonly box: Rect | null,
  ) {
    super(excel, sheet, box ? rectAddress(box) : "A1");
  }
  get isNullObject(): boolean {
    this.need("usedRange.isNullObject");
    return this.box === null;
  }
}
