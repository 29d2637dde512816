/** One jest run covers unit, file, LibreOffice, browser and corpus suites; see docs/testing.md. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node10",
          jsx: "react-jsx",
          esModuleInterop: true,
          resolveJsonModule: true,
          isolatedModules: true,
        },
        diagnostics: { warnOnly: false },
      },
    ],
  },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
};
