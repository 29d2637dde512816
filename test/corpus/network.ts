/**
 * A trap for network use inside the jest process: every way Node code can open a connection
 * (sockets, http/https, fetch, DNS) is replaced by a recorder that refuses. `calls` lists what was
 * attempted; `restore` puts everything back.
 */
import dns from "dns";
import http from "http";
import https from "https";
import net from "net";
import tls from "tls";

export interface NetworkTrap {
  readonly calls: string[];
  restore(): void;
}

type Patchable = Record<string, unknown>;

export function trapNetwork(): NetworkTrap {
  const calls: string[] = [];
  const undo: (() => void)[] = [];
  const patch = (owner: object, key: string, label: string): void => {
    const target = owner as Patchable;
    const original = target[key];
    const refuse = (...args: unknown[]): never => {
      calls.push(`${label}(${args.map((a) => (typeof a === "string" ? a : typeof a)).join(", ")})`);
      throw new Error(`network use is forbidden here: ${label}`);
    };
    Object.defineProperty(target, key, { value: refuse, configurable: true, writable: true });
    undo.push(() => Object.defineProperty(target, key, { value: original, configurable: true, writable: true }));
  };
  patch(net.Socket.prototype, "connect", "net.Socket.connect");
  patch(net, "connect", "net.connect");
  patch(net, "createConnection", "net.createConnection");
  patch(tls, "connect", "tls.connect");
  patch(http, "request", "http.request");
  patch(http, "get", "http.get");
  patch(https, "request", "https.request");
  patch(https, "get", "https.get");
  patch(dns, "lookup", "dns.lookup");
  patch(dns, "resolve", "dns.resolve");
  patch(globalThis, "fetch", "fetch");
  return {
    calls,
    restore() {
      while (undo.length > 0) undo.pop()!();
    },
  };
}
