// Readability ships isProbablyReaderable as its own CommonJS file (module.exports = fn).
// Importing that file alone keeps full Readability out of the content-script bundle.
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    doc: Document,
    options?: { minScore?: number; minContentLength?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
