/** Light or dark: Office's theme inside Excel when it tells us, otherwise the system's (prefers-color-scheme), live. */
import { useEffect, useState } from "react";
import type { ThemeMode } from "./host";

const QUERY = "(prefers-color-scheme: dark)";

function systemTheme(): ThemeMode {
  return typeof window.matchMedia === "function" && window.matchMedia(QUERY).matches ? "dark" : "light";
}

export function useThemeMode(hostTheme: ThemeMode | null): ThemeMode {
  const [system, setSystem] = useState<ThemeMode>(systemTheme);
  useEffect(() => {
    if (hostTheme || typeof window.matchMedia !== "function") return undefined;
    const media = window.matchMedia(QUERY);
    const onChange = () => setSystem(media.matches ? "dark" : "light");
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [hostTheme]);
  return hostTheme ?? system;
}
