/**
 * An in-memory Excel with exactly the Office.js surface the adapter calls (Excel cannot run on Linux),
 * as strict as Excel is where the adapter could go wrong:
 *
 * - Calls are queued and run at context.sync(), in order. A command that fails stops the sync there:
 *   the commands before it stay applied (Office.js does not roll back), the rest are dropped.
 *   `failSync(n)` makes the n-th sync fail half-way, to test recovery from any sync.
 * - Every member exists only from its ExcelApi requirement set; the host's set is configurable
 *   (1.4, 1.7, 1.8, 1.9, latest: `new FakeExcel("1.7")`, or FAKE_EXCEL_API for the whole suite) and a
 *   member above it fails the sync with ApiNotFound, as on a host that lacks it.
 * - Request and response payloads are limited to 5 MB counted in UTF-8 bytes (Excel on the web); a request
 *   is measured as the JSON Office.js sends (every command with its object path and arguments, serialized).
 * - Loaded properties are a snapshot taken at sync; reading one not loaded throws PropertyNotLoaded.
 * - Sheet names: 31 characters, none of : \ / ? * [ ], no quote at either end, not "History"; sheet and
 *   defined names compare case-insensitively.
 * - Protection with an optional password; a protected sheet refuses writes (formats as its options allow).
 * - At least one visible sheet stays; a hidden sheet cannot be activated or selected in.
 * - `fill.color` of a range whose cells differ is null; `ListDataValidation.source` takes a Range,
 *   an inline comma-separated list (≤ 255 characters) or a formula referring to a range, as the reference documents.
 * - Document settings save through `saveAsync`, which fails when `settingsFail` is set.
 * - Renaming a sheet rewrites every formula and defined name that refers to it; deleting it turns those
 *   references into #REF! (what breaks a user's own formulas when a form sheet is replaced).
 * - `NamedItem.value` of a range name is its address without "=" (the formula, 1.7, has it); a name
 *   added from a string without "=" is a text constant, not a reference (office-js#2283).
 * - Change events fire for the add-in's own value and formula writes too, unless `runtime.enableEvents`
 *   (1.8) is off. While `cellEditing` is set (the user typing in a cell) every sync fails with
 *   InvalidOperationInCellEditMode, unless the run asked delayForCellEdit (1.11): then it waits.
 * - Unprotecting a password-protected sheet without its password counts a prompt (`passwordPrompts`);
 *   `unprotectDenied` reproduces office-js#6784 (AccessDenied on every unprotect);
 *   `isPasswordProtected` exists on the web only ("latest" here, ExcelApiOnline).
 * - `listRangeSourceRefused` reproduces builds that refused a Range as a list source (office-js#277).
 * - A fit-to-pages print zoom is dropped unless the Page Layout tab is selected (office-js#1860).
 * - The Excel behaviour the adapter must defend against: a string "=..." written to a General cell
 *   becomes a formula, "001" becomes 1; in a Text ("@") cell both stay text.
 */
import { parseCell, parseRange, rectAddress, splitAddress, type Rect } from "../../src/workbook/office/a1";
import { documentSettings } from "../../src/workbook/office/documentSettings";

export const API_LEVELS = ["1.4", "1.7", "1.8", "1.9", "latest"] as const;
export type ApiLevel = (typeof API_LEVELS)[number];

/** The level a suite runs at when none is given: FAKE_EXCEL_API, else the latest. */
export function defaultApiLevel(): ApiLevel {
  const fromEnv = typeof process !== "undefined" ? process.env?.FAKE_EXCEL_API : undefined;
  return (API_LEVELS as readonly string[]).includes(fromEnv ?? "") ? (fromEnv as ApiLevel) : "latest";
}

/** Minor version of an ExcelApi level ("1.9" → 9); "latest" is above every set the adapter knows. */
function minorOf(level: string): number {
  return level === "latest" ? 99 : Number(level.split(".")[1] ?? 0);
}

/** Excel on the web's limit for one request and one response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const encoder = new TextEncoder();
/** UTF-8 bytes of a value as JSON carries it (quotes, escapes: a control character takes six bytes). */
const utf8 = (value: unknown): number => (value === undefined || value === null ? 0 : encoder.encode(JSON.stringify(value)).length);

/**
 * A request as Office.js sends it to Excel on the web: the queued commands as JSON actions, each with
 * the object path it runs on, serialized whole and measured in UTF-8 bytes. Ids and names stand in for
 * Office.js's own; what matters is that every command and every argument is counted as serialized.
 */
function requestBytes(queue: readonly Command[]): number {
  const actions: unknown[] = [];
  const paths: Record<string, unknown> = {};
  queue.forEach((command, i) => {
    const path = 2 * i + 2;
    paths[path] = { Id: path, ObjectPathType: 4, Name: command.member, ParentObjectPathId: path - 2, ArgumentInfo: {} };
    actions.push({
      Id: path - 1,
      ActionType: command.entry ? 4 : 2,
      Name: command.member,
      ObjectPathId: path,
      ArgumentInfo: { Arguments: [command.data ?? null] },
    });
  });
  return utf8({ Actions: actions, ObjectPaths: paths });
}

/** An error as Office.js rejects a sync with: a code and a message. */
export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

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

interface Command {
  /** The log line of a mutation, made when it runs (its sheet is known then); null for resolutions and loads. */
  readonly entry: (() => string) | null;
  /** The Office.js member called and its argument: what the request carries. */
  readonly member: string;
  readonly data: unknown;
  /** Runs the command; a load returns its response and what becomes readable when the sync succeeds. */
  readonly apply: () => { bytes: number; commit: () => void } | void;
}

interface Handler {
  /** null: the whole-workbook collection event. */
  readonly sheet: FakeSheet | null;
  readonly handler: (args: unknown) => unknown;
}

/** Names compared as Excel compares them: case-insensitively, keeping the spelling they were given. */
class NameTable<V> extends Map<string, V> {
  /** Upper-cased name → the spelling it was given (kept beside the map: lookups stay O(1) for 100,000 names). */
  private spelling?: Map<string, string>;
  private find(name: string): string {
    return (this.spelling ??= new Map()).get(name.toUpperCase()) ?? name;
  }
  override get(name: string): V | undefined {
    return super.get(this.find(name));
  }
  override has(name: string): boolean {
    return super.has(this.find(name));
  }
  override delete(name: string): boolean {
    const key = this.find(name);
    this.spelling?.delete(name.toUpperCase());
    return super.delete(key);
  }
  override set(name: string, value: V): this {
    super.delete(this.find(name));
    (this.spelling ??= new Map()).set(name.toUpperCase(), name);
    return super.set(name, value);
  }
  /** The name as it was spelled when defined. */
  spelled(name: string): string | undefined {
    return this.spelling?.get(name.toUpperCase());
  }
}

export interface NameTarget {
  sheet: string;
  ref: string;
  broken: boolean;
  /** A name holding text rather than a reference (added from a string without "="). */
  constant?: string;
}

/** ExcelApiOnline members: on the web only, the "latest" level here. */
const ONLINE = 99;

/** A formula's references to a sheet, quoted or not: 'Biểu 01'!D4, B01!D4. */
function sheetReference(name: string): RegExp {
  const quoted = `'${name.replace(/'/g, "''")}'`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const bare = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(${quoted}|(?<![\\w'.])${bare})!`, "gi");
}

/** How a formula names a sheet: quoted unless it is plain letters, digits and underscores. */
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Excel's rules for a sheet name; the message of the refusal, or null. */
function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return `sheet name of ${name.length} characters`;
  if (/[:\\/?*[\]]/.test(name)) return `sheet name ${name} holds a forbidden character`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name ${name} starts or ends with an apostrophe`;
  if (name.toLowerCase() === "history") return "History is reserved";
  return null;
}

export class FakeExcel {
  syncs = 0;
  runs = 0;
  /** Mutating calls that were applied, in order: "sheet.add Name", "range.values Sheet!A1:B2", ... */
  readonly log: string[] = [];
  /** UTF-8 bytes of each sync's request and response. */
  readonly payloads: number[] = [];
  readonly responses: number[] = [];
  /** Commands queued but never synced before their Excel.run ended (lost in Excel too). */
  unsynced = 0;
  private queue: Command[] = [];
  readonly sheets: FakeSheet[] = [];
  readonly names = new NameTable<NameTarget>();
  readonly properties: Record<string, string> = {};
  readonly settingsStore = new Map<string, unknown>();
  settingsSaves = 0;
  /** Set: every settings save fails, as saveAsync does when the document cannot be written. */
  settingsFail = false;
  active: { sheet: string; address?: string } | null = null;
  handlers: Handler[] = [];
  /** Runtime.enableEvents (1.8): off, no change event reaches the add-in. */
  eventsEnabled = true;
  /** The user is typing in a cell: batches fail (or wait, with delayForCellEdit). */
  cellEditing = false;
  private cellEditEnded: (() => void)[] = [];
  /** Times Excel would have asked the user for a sheet's password. */
  passwordPrompts = 0;
  /** office-js#6784: unprotect() throws AccessDenied even without a password. */
  unprotectDenied = false;
  /** Builds of 2018–2019 refused a Range as a list validation's source (office-js#277). */
  listRangeSourceRefused = false;
  /** The ribbon's Page Layout tab is selected: fit-to-pages is applied only then (office-js#1860). */
  pageLayoutTabSelected = false;
  /** The .xlsx files Excel.createWorkbook opened as new workbooks (ExcelApi 1.8), decoded. */
  readonly createdWorkbooks: Uint8Array[] = [];
  /** Sheets whose cells our own writes changed in the current sync: their change events fire after it. */
  private edited = new Set<FakeSheet>();
  /** Workbook.onSelectionChanged handlers (ExcelApi 1.2). */
  selectionHandlers: ((args: unknown) => unknown)[] = [];
  /** Fails the command at (sync, index) with GeneralException, the sync's earlier commands applied. */
  failOn: ((sync: number, index: number, count: number) => boolean) | null = null;
  readonly minor: number;

  constructor(readonly api: ApiLevel = defaultApiLevel()) {
    this.minor = minorOf(api);
  }

  /** Makes the n-th sync from now (1 = the next) fail at its middle command. */
  failSync(n: number): void {
    const at = this.syncs + n;
    this.failOn = (sync, index, count) => sync === at && index === Math.floor(count / 2);
  }

  supports(minor: number): boolean {
    return this.minor >= minor;
  }

  /** Throws ApiNotFound (at sync, inside a command) when the host lacks the member's set. */
  need(minor: number, member: string): void {
    if (!this.supports(minor)) throw new OfficeError("ApiNotFound", `${member} needs ExcelApi 1.${minor}; the host has ${this.api}`);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this, name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Queues a command; `entry` is its log line when it changes the workbook. */
  enqueue(entry: (() => string) | null, data: unknown, apply: Command["apply"], member = "Call"): void {
    this.queue.push({ entry, member, data, apply });
  }

  /** Queues a mutation that first checks its requirement set. */
  mutate(minor: number, member: string, entry: () => string, data: unknown, apply: () => void): void {
    this.enqueue(
      entry,
      data,
      () => {
        this.need(minor, member);
        apply();
      },
      member,
    );
  }

  context(delayForCellEdit = false): FakeContext {
    return new FakeContext(this, delayForCellEdit);
  }

  /** The user presses Enter or Esc: delayed batches go on. */
  endCellEdit(): void {
    this.cellEditing = false;
    for (const go of this.cellEditEnded.splice(0)) go();
  }

  /** A value or formula write on a sheet: its change event fires after the sync, as for the user's. */
  edit(sheet: FakeSheet): void {
    this.edited.add(sheet);
  }

  async sync(delayForCellEdit = false): Promise<void> {
    if (this.cellEditing) {
      if (!delayForCellEdit || !this.supports(11)) {
        this.queue = [];
        throw new OfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
      }
      await new Promise<void>((go) => this.cellEditEnded.push(go));
    }
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    this.edited.clear();
    const request = requestBytes(queue);
    this.payloads.push(request);
    if (request > PAYLOAD_LIMIT) throw new OfficeError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    let response = 0;
    const commits: (() => void)[] = [];
    for (let i = 0; i < queue.length; i++) {
      if (this.failOn?.(this.syncs, i, queue.length))
        throw new OfficeError("GeneralException", `sync ${this.syncs} failed at command ${i + 1} of ${queue.length}`);
      let line: string | null = null;
      try {
        line = queue[i].entry?.() ?? null;
      } catch {
        line = "(unresolved)";
      }
      const result = queue[i].apply();
      if (line !== null) this.log.push(line);
      if (result) {
        response += result.bytes;
        commits.push(result.commit);
      }
    }
    this.responses.push(response);
    if (response > PAYLOAD_LIMIT) throw new OfficeError("ResponsePayloadSizeLimitExceeded", `response of ${response} bytes`);
    for (const commit of commits) commit();
    const edited = [...this.edited];
    this.edited.clear();
    if (this.eventsEnabled) for (const sheet of edited) void this.change(sheet.name);
  }

  /** Ends an Excel.run: what was queued and not synced is lost. */
  endRun(): void {
    this.unsynced += this.queue.length;
    this.queue = [];
  }

  /** A user's click on a cell: it becomes the selection (a visible sheet only) and the selection events fire. */
  async userSelects(sheetName: string, address: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (!sheet || sheet.visibility !== "Visible") throw new Error(`the user cannot select on ${sheetName}`);
    this.active = { sheet: sheet.name, address };
    for (const handler of [...this.selectionHandlers]) await handler({ type: "SelectionChanged" });
  }

  /** A user's edit on a sheet: the change events Excel would raise. */
  async change(sheetName: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    for (const h of [...this.handlers])
      if (h.sheet === null || h.sheet === sheet) await h.handler({ worksheetId: sheetName, changeType: "RangeEdited" });
  }

  /** Office.context.document.settings as Office.js has it: get, set, saveAsync with an AsyncResult. */
  officeSettings() {
    return {
      get: (key: string) => this.settingsStore.get(key) ?? null,
      set: (key: string, value: unknown) => void this.settingsStore.set(key, JSON.parse(JSON.stringify(value))),
      saveAsync: (
        callback?: (result: { status: "succeeded" | "failed"; error?: { code: number; name: string; message: string } }) => void,
      ) => {
        setTimeout(() => {
          if (this.settingsFail) {
            callback?.({ status: "failed", error: { code: 5001, name: "Internal Error", message: "An internal error has occurred." } });
            return;
          }
          this.settingsSaves++;
          callback?.({ status: "succeeded" });
        }, 0);
      },
    };
  }

  isSetSupported = (name: string, version: string): boolean =>
    (name === "ExcelApi" && this.supports(minorOf(version))) || (name === "ExcelApiOnline" && this.supports(ONLINE));

  /** The OfficeDeps the adapter takes, wired to this fake. */
  deps() {
    const run = async <T>(context: FakeContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      try {
        return await batch(context as unknown as Excel.RequestContext);
      } finally {
        this.endRun();
      }
    };
    return {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { delayForCellEdit?: boolean }): Promise<T> => {
        this.runs++;
        return run(this.context(options?.delayForCellEdit === true), batch);
      },
      runIn: async <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
        run(context as unknown as FakeContext, batch),
      isSetSupported: this.isSetSupported,
      settings: documentSettings(this.officeSettings() as unknown as Office.Settings),
      /** Excel.createWorkbook(base64): ApiNotFound below 1.8, InvalidArgument for what is not base64. */
      createWorkbook: async (base64: string): Promise<void> => {
        this.need(8, "Application.createWorkbook");
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new OfficeError("InvalidArgument", "not a base64 workbook");
        this.createdWorkbooks.push(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      },
    };
  }
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  constructor(
    readonly excel: FakeExcel,
    private readonly delayForCellEdit = false,
  ) {
    this.workbook = new FakeWorkbook(excel, this);
  }
  sync(): Promise<void> {
    return this.excel.sync(this.delayForCellEdit);
  }
  /** Runtime (ExcelApi 1.8): enableEvents. */
  get runtime() {
    const excel = this.excel;
    return {
      set enableEvents(on: boolean) {
        excel.mutate(
          8,
          "Runtime.enableEvents",
          () => `runtime.enableEvents ${on}`,
          on,
          () => void (excel.eventsEnabled = on),
        );
      },
    };
  }
}

/**
 * A proxy whose properties become readable after the sync that ran its load(). `read` gives, at that
 * moment, the value of each asked property (checking its requirement set); the values are a snapshot.
 */
abstract class Loadable {
  private loaded = new Map<string, unknown>();
  constructor(readonly excel: FakeExcel) {}
  /** All loadable properties with the ExcelApi minor version each needs. */
  protected abstract readonly properties: Record<string, number>;
  protected abstract read(property: string): unknown;
  load(props?: string | string[]): this {
    const asked = (Array.isArray(props) ? props : props ? props.split(",") : Object.keys(this.properties))
      .map((p) => p.trim())
      .filter(Boolean);
    this.excel.enqueue(null, asked, () => {
      const snapshot = new Map<string, unknown>();
      for (const prop of asked) {
        const minor = this.properties[prop];
        if (minor === undefined) throw new OfficeError("InvalidArgument", `${this.constructor.name} has no property ${prop}`);
        this.excel.need(minor, `${this.constructor.name}.${prop}`);
        snapshot.set(prop, this.read(prop));
      }
      return { bytes: utf8([...snapshot.values()]), commit: () => snapshot.forEach((v, k) => this.loaded.set(k, v)) };
    });
    return this;
  }
  /** What a response carries for this object: its loaded properties. */
  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }
  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new OfficeError("PropertyNotLoaded", `${prop} read before it was loaded and synced`);
    return this.loaded.get(prop) as T;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNameCollection;
  constructor(
    private readonly excel: FakeExcel,
    context: FakeContext,
  ) {
    this.worksheets = new FakeWorksheetCollection(excel, context);
    this.names = new FakeNameCollection(excel);
    this.context = context;
  }
  private readonly context: FakeContext;
  /** ExcelApi 1.2: raised after the user selects other cells. */
  get onSelectionChanged() {
    const excel = this.excel;
    return {
      add: (handler: (args: unknown) => unknown) => {
        excel.enqueue(null, null, () => {
          excel.need(2, "Workbook.onSelectionChanged");
          excel.selectionHandlers.push(handler);
        });
        return {
          context: this.context,
          remove: () =>
            excel.enqueue(null, null, () => void (excel.selectionHandlers = excel.selectionHandlers.filter((h) => h !== handler))),
        };
      },
    };
  }
  /** The selected range: the cell the user (or Range.select) selected last; an error when nothing is. */
  getSelectedRange(): FakeRange {
    const excel = this.excel;
    return FakeRange.resolving(excel, () => {
      const sheet = excel.active ? excel.sheet(excel.active.sheet) : undefined;
      if (!sheet || !excel.active?.address) throw new OfficeError("InvalidSelection", "no range is selected");
      return { sheet, rect: parseAddress(excel.active.address), address: excel.active.address };
    });
  }
  get properties(): Record<string, string> {
    const excel = this.excel;
    return new Proxy(excel.properties, {
      set: (target, key, value) => {
        excel.mutate(
          7,
          "Workbook.properties",
          () => `properties.${String(key)}`,
          value,
          () => void (target[String(key)] = String(value)),
        );
        return true;
      },
    });
  }
}

class FakeWorksheetCollection extends Loadable {
  protected readonly properties = { items: 1 };
  private itemProps: string[] = [];
  constructor(
    excel: FakeExcel,
    private readonly context: FakeContext,
  ) {
    super(excel);
  }
  override load(props?: string): this {
    // "items/name,items/visibility": the items are loaded with those properties.
    this.itemProps = (props ?? "items/name").split(",").map((p) => p.trim().replace(/^items\//, ""));
    return super.load("items");
  }
  protected read(): unknown {
    const sheets = [...this.excel.sheets];
    return sheets.map((s) => {
      const item = new FakeWorksheet(this.excel, () => s, this.context);
      item.preload(this.itemProps);
      return item;
    });
  }
  get items(): FakeWorksheet[] {
    return this.got("items");
  }
  getItem(name: string): FakeWorksheet {
    let bound: FakeSheet | null = null;
    const sheet = new FakeWorksheet(this.excel, () => bound as FakeSheet, this.context);
    this.excel.enqueue(null, name, () => {
      const found = this.excel.sheet(name);
      if (!found) throw new OfficeError("ItemNotFound", `sheet ${name}`);
      bound = found;
    });
    return sheet;
  }
  add(name: string): FakeWorksheet {
    let bound: FakeSheet | null = null;
    const sheet = new FakeWorksheet(this.excel, () => bound as FakeSheet, this.context);
    this.excel.mutate(
      1,
      "WorksheetCollection.add",
      () => `sheet.add ${name}`,
      name,
      () => {
        const problem = sheetNameProblem(name);
        if (problem) throw new OfficeError("InvalidArgument", problem);
        if (this.excel.sheet(name)) throw new OfficeError("ItemAlreadyExists", `sheet ${name}`);
        bound = this.excel.addSheet(name);
      },
    );
    return sheet;
  }
  /** The whole-workbook change event: ExcelApi 1.9. */
  get onChanged() {
    return eventSource(this.excel, this.context, 9, "WorksheetCollection.onChanged", () => null);
  }
}

function eventSource(excel: FakeExcel, context: FakeContext, minor: number, member: string, sheet: () => FakeSheet | null) {
  return {
    add: (handler: (args: unknown) => unknown) => {
      const entry: Handler = { sheet: null, handler };
      excel.enqueue(null, null, () => {
        excel.need(minor, member);
        excel.handlers.push({ ...entry, sheet: sheet() });
      });
      return {
        context,
        remove: () => {
          excel.enqueue(null, null, () => {
            excel.handlers = excel.handlers.filter((h) => h.handler !== handler);
          });
        },
      };
    },
  };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  /** The protection options while protected, else null. */
  protectedWith: object | null = null;
  /** The password the sheet was protected with, if any. */
  password: string | null = null;
  frozen: string | null = null;
  merges: string[] = [];
  columnWidths = new Map<string, number>();
  rowHeights = new Map<string, number>();
  /** Rows (1-based) hidden with Range.rowHidden. */
  hiddenRows = new Set<number>();
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
  /** Protects the sheet as a user would (Review → Protect Sheet), optionally with a password. */
  protect(options: object = {}, password: string | null = null): void {
    this.protectedWith = options;
    this.password = password;
  }
  hasValues(): boolean {
    return [...this.cells.values()].some((c) => c.value !== "" || c.formula);
  }
  /** The bounding box of the cells holding a value or formula. */
  usedBox(): Rect | null {
    let box: Rect | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && !cell.formula) continue;
      const [row, col] = key.split(",").map(Number);
      box = box
        ? { top: Math.min(box.top, row), bottom: Math.max(box.bottom, row), left: Math.min(box.left, col), right: Math.max(box.right, col) }
        : { top: row, bottom: row, left: col, right: col };
    }
    return box;
  }
}

class FakeWorksheet extends Loadable {
  protected readonly properties = { name: 1, visibility: 1, tabColor: 7 };
  private preloaded: Record<string, unknown> | null = null;
  constructor(
    excel: FakeExcel,
    /** The sheet this proxy points at, bound when its getItem/add command ran. */
    readonly target: () => FakeSheet,
    private readonly context: FakeContext,
  ) {
    super(excel);
  }
  /** Items of a loaded collection arrive with the properties the collection load asked for. */
  preload(props: string[]): void {
    const sheet = this.target();
    this.preloaded = Object.fromEntries(props.map((p) => [p, this.read(p, sheet)]));
  }
  protected read(prop: string, sheet = this.live()): unknown {
    if (prop === "name") return sheet.name;
    if (prop === "visibility") return sheet.visibility;
    return sheet.tabColor;
  }
  /** The bound sheet, refusing one deleted since. */
  live(): FakeSheet {
    const sheet = this.target();
    if (!sheet || sheet.deleted) throw new OfficeError("InvalidReference", "the worksheet no longer exists");
    return sheet;
  }
  override toJSON(): unknown {
    return this.preloaded;
  }
  private value<T>(prop: string): T {
    if (this.preloaded && prop in this.preloaded) return this.preloaded[prop] as T;
    return this.got(prop);
  }
  get name(): string {
    return this.value("name");
  }
  set name(value: string) {
    this.excel.mutate(
      1,
      "Worksheet.name",
      () => `sheet.rename ${this.live().name} -> ${value}`,
      value,
      () => {
        const sheet = this.live();
        const problem = sheetNameProblem(value);
        if (problem) throw new OfficeError("InvalidArgument", problem);
        const other = this.excel.sheet(value);
        if (other && other !== sheet) throw new OfficeError("ItemAlreadyExists", `sheet ${value}`);
        for (const name of this.excel.names.values()) if (name.sheet === sheet.name) name.sheet = value;
        // Excel follows the rename in every formula that refers to the sheet, on every sheet.
        const pattern = sheetReference(sheet.name);
        for (const other of this.excel.sheets)
          for (const cell of other.cells.values()) if (cell.formula) cell.formula = cell.formula.replace(pattern, `${quoteSheet(value)}!`);
        sheet.name = value;
      },
    );
  }
  get visibility(): string {
    return this.value("visibility");
  }
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.excel.mutate(
      2,
      "Worksheet.visibility (set)",
      () => `sheet.visibility ${this.live().name} ${value}`,
      value,
      () => {
        const sheet = this.live();
        if (value !== "Visible" && !this.excel.sheets.some((s) => s !== sheet && s.visibility === "Visible"))
          throw new OfficeError("InvalidOperation", "a workbook must keep at least one visible sheet");
        sheet.visibility = value;
      },
    );
  }
  set tabColor(value: string) {
    this.excel.mutate(
      7,
      "Worksheet.tabColor",
      () => `sheet.tabColor ${this.live().name}`,
      value,
      () => void (this.live().tabColor = value),
    );
  }
  getRange(address: string): FakeRange {
    return FakeRange.resolving(this.excel, () => {
      const sheet = this.live();
      return { sheet, rect: parseAddress(address), address };
    });
  }
  /** The bounding box of the cells holding a value or formula (valuesOnly, as we always ask), or a null object. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return FakeRange.resolving(
      this.excel,
      () => {
        const sheet = this.live();
        const box = sheet.usedBox();
        return box ? { sheet, rect: box, address: rectAddress(box) } : null;
      },
      4,
    );
  }
  activate(): void {
    this.excel.mutate(
      1,
      "Worksheet.activate",
      () => `sheet.activate ${this.live().name}`,
      null,
      () => {
        const sheet = this.live();
        if (sheet.visibility !== "Visible")
          throw new OfficeError("InvalidOperation", `sheet ${sheet.name} is hidden and cannot be activated`);
        this.excel.active = { sheet: sheet.name };
      },
    );
  }
  delete(): void {
    this.excel.mutate(
      1,
      "Worksheet.delete",
      () => `sheet.delete ${this.live().name}`,
      null,
      () => {
        const sheet = this.live();
        if (sheet.visibility === "Visible" && !this.excel.sheets.some((s) => s !== sheet && s.visibility === "Visible"))
          throw new OfficeError("InvalidOperation", "a workbook must keep at least one visible sheet");
        sheet.deleted = true;
        this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1);
        for (const name of this.excel.names.values()) if (name.sheet === sheet.name) name.broken = true;
        // A formula that referred to the deleted sheet now holds #REF! where the reference was.
        const pattern = new RegExp(`${sheetReference(sheet.name).source}\\$?[A-Z]+\\$?\\d+(:\\$?[A-Z]+\\$?\\d+)?`, "gi");
        for (const other of this.excel.sheets)
          for (const cell of other.cells.values()) if (cell.formula) cell.formula = cell.formula.replace(pattern, "#REF!");
        this.excel.handlers = this.excel.handlers.filter((h) => h.sheet !== sheet);
        if (this.excel.active?.sheet === sheet.name) this.excel.active = null;
      },
    );
  }
  /** This sheet's change event: ExcelApi 1.7. */
  get onChanged() {
    return eventSource(this.excel, this.context, 7, "Worksheet.onChanged", () => this.live());
  }
  get freezePanes() {
    const mark = (what: () => string) =>
      this.excel.mutate(
        7,
        "Worksheet.freezePanes",
        () => `sheet.freeze ${this.live().name}`,
        null,
        () => void (this.live().frozen = what()),
      );
    return {
      freezeAt: (range: FakeRange) => mark(() => range.bound().address),
      freezeRows: (n: number) => mark(() => `rows ${n}`),
      freezeColumns: (n: number) => mark(() => `columns ${n}`),
    };
  }
  get protection(): FakeProtection {
    return new FakeProtection(this.excel, () => this.live());
  }
  get pageLayout() {
    const excel = this.excel;
    const live = () => this.live();
    const set = (key: string, value: unknown) =>
      excel.mutate(
        9,
        `PageLayout.${key}`,
        () => `pageLayout.${key} ${live().name}`,
        value,
        () => {
          const fit = key === "zoom" && value !== null && typeof value === "object" && !("scale" in value);
          if (fit && !excel.pageLayoutTabSelected) return; // office-js#1860: silently not applied
          live().pageLayout[key] = value;
        },
      );
    return new Proxy({} as Record<string, unknown>, {
      set: (_t, key, value) => {
        set(String(key), value);
        return true;
      },
      get: (_t, key) => {
        if (key === "setPrintTitleRows") return (rows: string) => set("printTitleRows", rows);
        if (key === "setPrintTitleColumns") return (columns: string) => set("printTitleColumns", columns);
        if (key === "headersFooters")
          return {
            defaultForAllPages: new Proxy({} as Record<string, unknown>, {
              set: (_h, k, value) => {
                excel.mutate(
                  9,
                  "HeaderFooter",
                  () => `pageLayout.header.${String(k)} ${live().name}`,
                  value,
                  () => {
                    const pages = (live().pageLayout.defaultForAllPages ??= {}) as Record<string, unknown>;
                    pages[String(k)] = value;
                  },
                );
                return true;
              },
            }),
          };
        return undefined;
      },
    });
  }
}

class FakeProtection extends Loadable {
  protected readonly properties = { protected: 2, options: 2, isPasswordProtected: ONLINE };
  constructor(
    excel: FakeExcel,
    private readonly sheet: () => FakeSheet,
  ) {
    super(excel);
  }
  protected read(prop: string): unknown {
    const sheet = this.sheet();
    if (prop === "isPasswordProtected") return sheet.protectedWith !== null && sheet.password !== null;
    return prop === "protected" ? sheet.protectedWith !== null : { ...(sheet.protectedWith ?? {}) };
  }
  get isPasswordProtected(): boolean {
    return this.got("isPasswordProtected");
  }
  get protected(): boolean {
    return this.got("protected");
  }
  get options(): object {
    return this.got("options");
  }
  protect(options: object = {}, password?: string): void {
    this.excel.mutate(
      2,
      "WorksheetProtection.protect",
      () => `sheet.protect ${this.sheet().name}`,
      options,
      () => {
        if (password !== undefined) this.excel.need(7, "WorksheetProtection.protect(password)");
        const sheet = this.sheet();
        if (sheet.protectedWith) throw new OfficeError("InvalidOperation", `sheet ${sheet.name} is already protected`);
        sheet.protect(options, password ?? null);
      },
    );
  }
  unprotect(password?: string): void {
    this.excel.mutate(
      2,
      "WorksheetProtection.unprotect",
      () => `sheet.unprotect ${this.sheet().name}`,
      null,
      () => {
        if (password !== undefined) this.excel.need(7, "WorksheetProtection.unprotect(password)");
        const sheet = this.sheet();
        if (this.excel.unprotectDenied) throw new OfficeError("AccessDenied", "unprotect refused (office-js#6784)");
        if (sheet.password !== null && password === undefined) this.excel.passwordPrompts++; // Excel may ask the user for it
        if (sheet.password !== null && password !== sheet.password)
          throw new OfficeError("InvalidArgument", `the password of sheet ${sheet.name} is incorrect`);
        sheet.protectedWith = null;
        sheet.password = null;
      },
    );
  }
}

/** "A1", "A1:B2", whole columns "B:D", whole rows "3:5" (as a rectangle over the first column/row). */
function parseAddress(address: string): Rect {
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
  const rows = /^(\d+):(\d+)$/.exec(address);
  try {
    return columns ? parseRange(`${columns[1]}1:${columns[2]}1`) : rows ? parseRange(`A${rows[1]}:A${rows[2]}`) : parseRange(address);
  } catch {
    throw new OfficeError("InvalidArgument", `not a range address: ${address}`);
  }
}

interface Bound {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
  /** As given: "B:B" and "3:3" stay whole columns and rows. */
  readonly address: string;
}

type Style = "fill" | "columnWidth" | "rowHeight" | "other";

class FakeRange extends Loadable {
  protected readonly properties = {
    address: 1,
    values: 1,
    formulas: 1,
    numberFormat: 1,
    valueTypes: 1,
    rowCount: 1,
    columnCount: 1,
    isNullObject: 1,
  };
  private target: Bound | null = null;
  private nullObject = false;

  /** A range proxy whose sheet and rectangle are found when its command runs (null: a null object). */
  static resolving(excel: FakeExcel, find: () => Bound | null, minor = 1): FakeRange {
    const range = new FakeRange(excel);
    excel.enqueue(null, null, () => {
      excel.need(minor, "Range");
      const found = find();
      range.target = found;
      range.nullObject = found === null;
    });
    return range;
  }

  /** Any load of an *OrNullObject also tells whether it is the null object. */
  override load(props?: string): this {
    return super.load(props ? `${props},isNullObject` : undefined);
  }
  bound(): Bound {
    if (this.nullObject || !this.target) throw new OfficeError("InvalidObjectPath", "a null object has no range");
    if (this.target.sheet.deleted) throw new OfficeError("InvalidReference", "range on a deleted sheet");
    return this.target;
  }
  get sheet(): FakeSheet {
    return this.bound().sheet;
  }
  private guard(style?: Style): Bound {
    const bound = this.bound();
    const options = bound.sheet.protectedWith as Record<string, unknown> | null;
    if (options) {
      const allowed =
        style === "fill" || style === "other"
          ? options.allowFormatCells
          : style === "columnWidth"
            ? options.allowFormatColumns
            : style === "rowHeight"
              ? options.allowFormatRows
              : false;
      if (!allowed) throw new OfficeError("AccessDenied", `sheet ${bound.sheet.name} is protected`);
    }
    return bound;
  }
  private each<T>(f: (cell: FakeCell, r: number, c: number) => T, bound = this.bound()): T[][] {
    const out: T[][] = [];
    for (let r = bound.rect.top; r <= bound.rect.bottom; r++) {
      const row: T[] = [];
      for (let c = bound.rect.left; c <= bound.rect.right; c++)
        row.push(f(bound.sheet.cell(r, c), r - bound.rect.top, c - bound.rect.left));
      out.push(row);
    }
    return out;
  }
  /** A mutation of this range, checked and applied when its sync runs. */
  change(minor: number, what: string, data: unknown, apply: (bound: Bound) => void, style?: Style): void {
    this.excel.mutate(
      minor,
      `Range.${what}`,
      () => `range.${what} ${this.bound().sheet.name}!${this.bound().address}`,
      data,
      () => apply(this.guard(style)),
    );
  }
  private set2d(what: string, data: unknown[][], apply: (cell: FakeCell, value: unknown) => void): void {
    this.change(1, what, data, (bound) => {
      const rows = bound.rect.bottom - bound.rect.top + 1;
      const cols = bound.rect.right - bound.rect.left + 1;
      if (data.length !== rows || data.some((row) => row.length !== cols))
        throw new OfficeError("InvalidArgument", `${what} of ${data.length}x${data[0]?.length} for ${bound.address}`);
      this.each((cell, r, c) => apply(cell, data[r][c]), bound);
      if (what !== "numberFormat") this.excel.edit(bound.sheet);
    });
  }
  protected read(prop: string): unknown {
    if (prop === "isNullObject") return this.nullObject;
    if (this.nullObject) return null;
    const bound = this.bound();
    switch (prop) {
      case "address":
        return `'${bound.sheet.name.replace(/'/g, "''")}'!${rectAddress(bound.rect)}`;
      case "values":
        return this.each((cell) => cell.value);
      case "formulas":
        return this.each((cell) => cell.formula ?? cell.value);
      case "numberFormat":
        return this.each((cell) => cell.numberFormat);
      case "valueTypes":
        return this.each((cell) => {
          if (typeof cell.value === "string" && cell.value.startsWith("#") && cell.value.endsWith("!")) return "Error";
          if (cell.value === "") return "Empty";
          return typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : "String";
        });
      case "rowCount":
        return bound.rect.bottom - bound.rect.top + 1;
      default:
        return bound.rect.right - bound.rect.left + 1;
    }
  }
  get isNullObject(): boolean {
    return this.got("isNullObject");
  }
  get rowCount(): number {
    return this.got("rowCount");
  }
  get columnCount(): number {
    return this.got("columnCount");
  }
  get address(): string {
    return this.got("address");
  }
  get values(): unknown[][] {
    return this.got("values");
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
    return this.got("formulas");
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
    return this.got("numberFormat");
  }
  set numberFormat(data: unknown[][]) {
    this.set2d("numberFormat", data, (cell, value) => {
      cell.numberFormat = String(value);
    });
  }
  get valueTypes(): string[][] {
    return this.got("valueTypes");
  }
  /** Range.rowHidden (ExcelApi 1.2): hides the range's rows; on a protected sheet it needs allowFormatRows. */
  set rowHidden(hidden: boolean) {
    this.change(
      2,
      "rowHidden",
      hidden,
      (bound) => {
        for (let r = bound.rect.top; r <= bound.rect.bottom; r++) {
          if (hidden) bound.sheet.hiddenRows.add(r + 1);
          else bound.sheet.hiddenRows.delete(r + 1);
        }
      },
      "rowHeight",
    );
  }
  merge(_across?: boolean): void {
    this.change(2, "merge", null, (bound) => void bound.sheet.merges.push(bound.address));
  }
  select(): void {
    this.excel.mutate(
      1,
      "Range.select",
      () => "range.select",
      null,
      () => {
        const bound = this.bound();
        if (bound.sheet.visibility !== "Visible") throw new OfficeError("InvalidOperation", `sheet ${bound.sheet.name} is hidden`);
        this.excel.active = { sheet: bound.sheet.name, address: bound.address };
      },
    );
  }
  get dataValidation() {
    const set = (what: "rule" | "prompt" | "errorAlert", value: unknown) =>
      this.change(8, `dataValidation.${what}`, value, (bound) => {
        const stored = what === "rule" ? checkRule(value, this.excel) : checkMessage(what, value);
        this.each((cell) => {
          if (what === "rule") cell.validation = stored;
          if (what === "prompt") cell.validationPrompt = stored;
          if (what === "errorAlert") cell.validationError = stored;
        }, bound);
      });
    return {
      set rule(v: unknown) {
        set("rule", v);
      },
      set prompt(v: unknown) {
        set("prompt", v);
      },
      set errorAlert(v: unknown) {
        set("errorAlert", v);
      },
    };
  }
  private formatCache: Record<string, unknown> | null = null;
  /** Cached like Office.js navigation properties: load() on range.format.fill and a later read see the same object. */
  get format() {
    this.formatCache ??= makeFormat(this);
    return this.formatCache;
  }
  cells(bound = this.bound()): FakeCell[] {
    return this.each((cell) => cell, bound).flat();
  }
}

/** The rule as Excel keeps it, or InvalidArgument for what the reference does not allow. */
function checkRule(rule: unknown, excel: FakeExcel): unknown {
  const entries = Object.entries((rule ?? {}) as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length !== 1) throw new OfficeError("InvalidArgument", "a data validation rule has exactly one type");
  const [kind, body] = entries[0] as [string, Record<string, unknown>];
  if (kind !== "list") return rule;
  const source = body.source;
  if (source instanceof FakeRange) {
    if (excel.listRangeSourceRefused)
      throw new OfficeError("InvalidArgument", "this build refuses a Range as a list source (office-js#277)");
    const bound = source.bound();
    return { list: { ...body, source: `='${bound.sheet.name.replace(/'/g, "''")}'!${absolute(bound.rect)}` } };
  }
  // The reference allows a Range, a comma-separated list of values, or a formula referring to a range
  // on a sheet of the workbook (its sample: "=Names!$A$1:$A$3").
  if (typeof source === "string" && source.startsWith("=")) {
    const { sheet, ref } = splitAddress(source.slice(1));
    const target = sheet ? excel.sheet(sheet) : undefined;
    let rect: Rect | null = null;
    try {
      rect = parseRange(ref);
    } catch {
      rect = null;
    }
    if (!target || !rect) throw new OfficeError("InvalidArgument", `list source ${source} does not refer to a range of the workbook`);
    return { list: { ...body, source: `='${target.name.replace(/'/g, "''")}'!${absolute(rect)}` } };
  }
  if (typeof source !== "string" || source.length === 0)
    throw new OfficeError("InvalidArgument", `list source ${String(source)} is neither a Range nor an inline list`);
  if (source.length > 255) throw new OfficeError("InvalidArgument", "an inline list holds at most 255 characters");
  return rule;
}

function absolute(rect: Rect): string {
  return rectAddress(rect)
    .split(":")
    .map((ref) => ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

/** Excel's limits on a validation's prompt and alert: 32 characters of title, 255 of message. */
function checkMessage(what: string, value: unknown): unknown {
  const { title, message } = (value ?? {}) as { title?: string; message?: string };
  if ((title ?? "").length > 32 || (message ?? "").length > 255)
    throw new OfficeError("InvalidArgument", `${what} longer than Excel allows`);
  return value;
}

class FakeFill extends Loadable {
  protected readonly properties = { color: 1, pattern: 9 };
  constructor(private readonly range: FakeRange) {
    super(range.excel);
  }
  protected read(prop: string): unknown {
    const fills = new Set(this.range.cells().map((c) => c.fill));
    if (fills.size > 1) return null; // cells that differ: Excel answers null
    const [fill] = fills;
    if (prop === "color") return fill ?? "#FFFFFF";
    return fill === null ? "None" : "Solid";
  }
  get color(): string | null {
    return this.got("color");
  }
  set color(value: string | null) {
    this.range.change(1, "format.fill.color", value, (bound) => this.range.cells(bound).forEach((cell) => (cell.fill = value)), "fill");
  }
  get pattern(): string | null {
    return this.got("pattern");
  }
  clear(): void {
    this.range.change(1, "format.fill.clear", null, (bound) => this.range.cells(bound).forEach((cell) => (cell.fill = null)), "fill");
  }
}

const FORMAT_SETS: Record<string, number> = {
  columnWidth: 2,
  rowHeight: 2,
  indentLevel: 9,
  wrapText: 1,
  horizontalAlignment: 1,
  verticalAlignment: 1,
};

function makeFormat(range: FakeRange): Record<string, unknown> {
  const fill = new FakeFill(range);
  const recorder = (
    prefix: string,
    minor: (key: string) => number,
    onSet?: (bound: Bound, key: string, value: unknown) => void,
    style: (key: string) => Style = () => "other",
  ) =>
    new Proxy({} as Record<string, unknown>, {
      set: (_t, key, value) => {
        const k = String(key);
        range.change(minor(k), `format.${prefix}${k}`, value, (bound) => onSet?.(bound, k, value), style(k));
        return true;
      },
    });
  const base = recorder(
    "",
    (key) => FORMAT_SETS[key] ?? 1,
    (bound, key, value) => {
      if (key === "columnWidth") bound.sheet.columnWidths.set(bound.address, Number(value));
      if (key === "rowHeight") bound.sheet.rowHeights.set(bound.address, Number(value));
    },
    (key) => (key === "columnWidth" || key === "rowHeight" ? key : "other"),
  );
  return new Proxy(base, {
    get: (_t, key) => {
      if (key === "fill") return fill;
      if (key === "font")
        return recorder(
          "font.",
          () => 1,
          (bound, k, v) => k === "bold" && range.cells(bound).forEach((cell) => (cell.bold = Boolean(v))),
        );
      // Locking cells is not a format the sheet's options can allow: it always needs an unprotected sheet.
      if (key === "protection")
        return recorder(
          "protection.",
          () => 2,
          (bound, k, v) => k === "locked" && range.cells(bound).forEach((cell) => (cell.locked = Boolean(v))),
          () => "fill",
        );
      if (key === "borders") return { getItem: (edge: string) => recorder(`border.${edge}.`, () => 1) };
      return undefined;
    },
  });
}

class FakeNamedItem extends Loadable {
  protected readonly properties = { name: 1, type: 1, value: 1, formula: 7 };
  constructor(
    excel: FakeExcel,
    private readonly key: () => string,
  ) {
    super(excel);
  }
  protected read(prop: string): unknown {
    const key = this.key();
    const target = this.excel.names.get(key);
    if (!target) throw new OfficeError("InvalidReference", `name ${key} no longer exists`);
    if (prop === "name") return this.excel.names.spelled(key);
    if (target.constant !== undefined) return prop === "type" ? "String" : prop === "formula" ? `="${target.constant}"` : target.constant;
    if (prop === "type") return target.broken ? "Error" : "Range";
    if (prop === "formula") this.excel.need(7, "NamedItem.formula");
    if (target.broken) return prop === "formula" ? "=#REF!" : "#REF!";
    // Excel gives a range name's value as its address without "=", its formula with it.
    const address = `'${target.sheet.replace(/'/g, "''")}'!${absolute(parseRange(target.ref))}`;
    return prop === "formula" ? `=${address}` : address;
  }
  preload(props: string[]): this {
    for (const p of props) this.cache.set(p, this.read(p));
    return this;
  }
  private cache = new Map<string, unknown>();
  override toJSON(): unknown {
    return Object.fromEntries(this.cache);
  }
  private field<T>(prop: string): T {
    return this.cache.has(prop) ? (this.cache.get(prop) as T) : this.got(prop);
  }
  get name(): string {
    return this.field("name");
  }
  get type(): string {
    return this.field("type");
  }
  get value(): string {
    return this.field("value");
  }
  get formula(): string {
    return this.field("formula");
  }
  set formula(value: string) {
    this.excel.mutate(
      7,
      "NamedItem.formula",
      () => `names.formula ${this.key()}`,
      value,
      () => {
        const target = this.excel.names.get(this.key());
        if (!target) throw new OfficeError("ItemNotFound", `name ${this.key()}`);
        const { sheet, ref } = splitAddress(String(value).replace(/^=/, ""));
        const found = this.excel.sheet(sheet);
        if (!found) throw new OfficeError("InvalidArgument", `formula ${value}`);
        this.excel.names.set(this.excel.names.spelled(this.key()) ?? this.key(), { sheet: found.name, ref, broken: false });
      },
    );
  }
  getRangeOrNullObject(): FakeRange {
    return FakeRange.resolving(
      this.excel,
      () => {
        const target = this.excel.names.get(this.key());
        const sheet = target && !target.broken && target.constant === undefined ? this.excel.sheet(target.sheet) : undefined;
        if (!target || !sheet) return null;
        return { sheet, rect: parseRange(target.ref), address: target.ref };
      },
      4,
    );
  }
  delete(): void {
    this.excel.mutate(
      4,
      "NamedItem.delete",
      () => `names.delete ${this.key()}`,
      null,
      () => {
        if (!this.excel.names.delete(this.key())) throw new OfficeError("ItemNotFound", `name ${this.key()}`);
      },
    );
  }
}

class FakeNameCollection extends Loadable {
  protected readonly properties = { items: 1 };
  private itemProps: string[] = [];
  override load(props?: string): this {
    this.itemProps = (props ?? "items/name").split(",").map((p) => p.trim().replace(/^items\//, ""));
    return super.load("items");
  }
  protected read(): unknown {
    return [...this.excel.names.keys()].map((name) => new FakeNamedItem(this.excel, () => name).preload(this.itemProps));
  }
  get items(): FakeNamedItem[] {
    return this.got("items");
  }
  /** A name over a range (ExcelApi 1.4), or over a reference formula such as "='B01'!$D$4". */
  add(name: string, reference: FakeRange | string): void {
    this.excel.mutate(
      4,
      "NamedItemCollection.add",
      () => `names.add ${name}`,
      typeof reference === "string" ? reference : null,
      () => {
        if (this.excel.names.has(name)) throw new OfficeError("ItemAlreadyExists", `name ${name}`);
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new OfficeError("InvalidArgument", `${name} is not a valid name`);
        if (typeof reference === "string" && !reference.startsWith("=")) {
          // Not a formula: Excel keeps the text itself as the name's value (office-js#2283).
          this.excel.names.set(name, { sheet: "", ref: "", broken: false, constant: reference });
          return;
        }
        if (typeof reference === "string") {
          const { sheet, ref } = splitAddress(reference.replace(/^=/, ""));
          if (!this.excel.sheet(sheet)) throw new OfficeError("InvalidArgument", `reference ${reference}`);
          this.excel.names.set(name, { sheet: this.excel.sheet(sheet)!.name, ref, broken: false });
          return;
        }
        const bound = reference.bound();
        this.excel.names.set(name, { sheet: bound.sheet.name, ref: rectAddress(bound.rect), broken: false });
      },
    );
  }
  getItem(name: string): FakeNamedItem {
    let key = name;
    const item = new FakeNamedItem(this.excel, () => key);
    this.excel.enqueue(null, name, () => {
      if (!this.excel.names.has(name)) throw new OfficeError("ItemNotFound", `name ${name}`);
      key = this.excel.names.spelled(name) ?? name;
    });
    return item;
  }
}

export { splitAddress };
