interface ImportMetaEnv {
  /** True only in the end-to-end tests' build (PL_E2E=1, see wxt.config.ts); release builds drop what it guards. */
  readonly PL_E2E: boolean;
}
