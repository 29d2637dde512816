/** How the pane names a form definition to the officer: by its title, never by its internal id. */
export const plainNames = {
  vi: {
    "plain.formName": "{title} (phiên bản {version})",
  },
  en: {
    "plain.formName": "{title} (version {version})",
  },
} as const;
