// Readability ships types only for its main entry; importing the readerable file alone keeps
// the full Readability parser out of the content-script bundle.
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    doc: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
