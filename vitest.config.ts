import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The end-to-end suite loads jieba's dictionaries and writes SQLite files.
    testTimeout: 60_000,
  },
});
