/**
 * The definition chosen for this session (forms as data): the shipped one until the user opens a
 * definition file or reads one from the open workbook. Biểu mẫu, Kiểm tra and Tổng hợp all use it,
 * and the merge worker receives its model. State lives in the provider the App owns, not in a module.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { loadCatalog, type Definition } from "../../domain/definition";

/** The session's definition and where it came from. */
export interface DefinitionChoice {
  readonly definition: Definition;
  /** Where the user opened it (file or workbook name); null for the shipped definition. */
  readonly source: string | null;
}

interface DefinitionState {
  readonly choice: DefinitionChoice;
  readonly choose: (definition: Definition, source: string) => void;
  readonly reset: () => void;
}

const DefinitionContext = createContext<DefinitionState | null>(null);

export function DefinitionProvider({ children }: { readonly children: ReactNode }) {
  const [choice, setChoice] = useState<DefinitionChoice>(() => ({ definition: loadCatalog(), source: null }));
  const value = useMemo<DefinitionState>(
    () => ({
      choice,
      choose: (definition, source) => setChoice({ definition, source }),
      reset: () => setChoice({ definition: loadCatalog(), source: null }),
    }),
    [choice],
  );
  return <DefinitionContext.Provider value={value}>{children}</DefinitionContext.Provider>;
}

/** The session's definition; outside a provider (a view rendered alone in a test), the shipped one. */
export function useDefinition(): DefinitionState {
  const state = useContext(DefinitionContext);
  return state ?? { choice: { definition: loadCatalog(), source: null }, choose: () => undefined, reset: () => undefined };
}
