/** Strings of the command line's frame: usage, commands, common options. */
export const cliMain = {
  vi: {
    "cli.usage": "Cách dùng: union-report <lệnh> [tùy chọn]",
    "cli.commandsHeading": "Các lệnh:",
    "cli.noCommands": "(chưa có lệnh nào)",
    "cli.optionsHeading": "Tùy chọn:",
    "cli.option.help": "hiện hướng dẫn này",
    "cli.option.version": "hiện phiên bản",
    "cli.option.lang": "ngôn ngữ của thông báo: vi (mặc định) hoặc en",
    "cli.commandHelp": "Xem hướng dẫn của một lệnh: union-report <lệnh> --help",
    "cli.unknownCommand": 'Không có lệnh "{name}". Xem danh sách lệnh: union-report --help',
    "cli.badLang": 'Ngôn ngữ "{value}" không được hỗ trợ; dùng vi hoặc en.',
  },
  en: {
    "cli.usage": "Usage: union-report <command> [options]",
    "cli.commandsHeading": "Commands:",
    "cli.noCommands": "(no commands yet)",
    "cli.optionsHeading": "Options:",
    "cli.option.help": "show this help",
    "cli.option.version": "show the version",
    "cli.option.lang": "language of messages: vi (default) or en",
    "cli.commandHelp": "Help on one command: union-report <command> --help",
    "cli.unknownCommand": 'There is no command "{name}". List the commands: union-report --help',
    "cli.badLang": 'Language "{value}" is not supported; use vi or en.',
  },
} as const;
