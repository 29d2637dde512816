export * from "./schema";
export * from "./names";
export * from "./columns";
export * from "./campaign";
export * from "./catalog";
export * from "./levels";
export * from "./flow-period";
export * from "./filter-values";
