// Types for synthetic.mjs, so TypeScript tests can build synthetic corpora too.
export interface SourceArticle {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly published?: string;
}
export interface SyntheticArticle {
  id: string;
  text: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
}
export function random(seed: number): () => number;
export function renamableWords(
  sources: readonly { readonly text: string }[],
  entities: readonly { readonly name: string; readonly type: string; readonly aliases: readonly string[] }[],
): Map<string, 'first' | 'last' | 'organization'>;
export function syntheticCorpus(
  sources: readonly SourceArticle[],
  words: ReadonlyMap<string, 'first' | 'last' | 'organization'>,
  options: { readonly articles: number; readonly seed?: number },
): Generator<SyntheticArticle, void, undefined>;
