/**
 * The definition chosen for this session (forms as data): the shipped one until the user opens a
 * definition file or reads one from the open workbook. Biểu mẫu, Kiểm tra and Tổng hợp all use it,
 * and the merge worker receives its model. State lives in the provider the App owns, not in a module.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { loadCatalog, type Definition } from "../../domain/definition";

export interface ChosenDefinition {
  readonly catalog: Definition;
  /** Where the user opened it (file or workbook name); null for the shipped definition. */
  readonly source: string | null;
}

interface DefinitionState {
  readonly definition: ChosenDefinition;
  readonly choose: (catalog: Definition, source: string) => void;
  readonly reset: () => void;
}

const DefinitionContext = createContext<DefinitionState | null>(null);

export function DefinitionProvider({ children }: { readonly children: ReactNode }) {
  const [definition, setDefinition] = useState<ChosenDefinition>(() => ({ catalog: loadCatalog(), source: null }));
  const value = useMemo<DefinitionState>(
    () => ({
      definition,
      choose: (catalog, source) => setDefinition({ catalog, source }),
      reset: () => setDefinition({ catalog: loadCatalog(), source: null }),
    }),
    [definition],
  );
  return <DefinitionContext.Provider value={value}>{children}</DefinitionContext.Provider>;
}

/** The session's definition; outside a provider (a view rendered alone in a test), the shipped one. */
export function useDefinition(): DefinitionState {
  const state = useContext(DefinitionContext);
  return state ?? { definition: { catalog: loadCatalog(), source: null }, choose: () => undefined, reset: () => undefined };
}
