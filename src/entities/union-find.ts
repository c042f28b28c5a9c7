/** Disjoint sets over 0..n-1, for merging names that turn out to be one entity. */
export class UnionFind {
  private readonly parent: number[] = [];

  /** Adds an element and returns its index. */
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  /** The representative of an element's set. */
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    let y = x;
    while (this.parent[y] !== r) {
      const next = this.parent[y] ?? r;
      this.parent[y] = r;
      y = next;
    }
    return r;
  }

  /** Merges the sets of two elements; the smaller index stays the representative, so results do not depend on call order. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }

  /** How many elements there are. */
  get size(): number {
    return this.parent.length;
  }
}
