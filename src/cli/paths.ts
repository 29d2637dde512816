/**
 * The CLI's paths as the IT officer types them, on Windows as anywhere: drive letters, backslashes, spaces,
 * UNC shares and Vietnamese folder names. Pure functions over a path flavour (node's path.win32 or
 * path.posix), so that Windows' rules are tested on any machine.
 */
import path from "path";

/** The part of node's path module we use: path.win32, path.posix, or the machine's own. */
export type PathApi = Pick<typeof path.posix, "resolve" | "sep">;

const isWindows = (api: PathApi): boolean => api.sep === "\\";

/**
 * A path argument as the program received it. In cmd.exe and PowerShell a quoted folder ending in a backslash,
 * "D:\Báo cáo\", reaches the program as D:\Báo cáo" (the backslash escapes the closing quote): that stray
 * quote cannot be part of a Windows name, so it is dropped.
 */
export function cleanPathArg(arg: string, api: PathApi = path): string {
  if (!isWindows(api)) return arg;
  return arg.replace(/"+$/, "");
}

/** The absolute path of an argument from the folder the command runs in (drive-relative D:a.xlsx and UNC \\server\share included). */
export function resolvePathArg(cwd: string, arg: string, api: PathApi = path): string {
  return api.resolve(cwd, cleanPathArg(arg, api));
}
