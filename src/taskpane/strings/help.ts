/** Strings of the way to the user guide (docs/huong-dan, built into huong-dan.html). */
export const helpUi = {
  vi: {
    "help.open": "Hướng dẫn sử dụng",
    "help.opensNew": "Hướng dẫn sử dụng (mở trong thẻ mới)",
  },
  en: {
    "help.open": "User guide",
    "help.opensNew": "User guide (opens in a new tab; in Vietnamese)",
  },
} as const;
