-- The claims grid sorts by claim text. Without an index, PostgreSQL sorts all claims for every page:
-- 0.4 s for the first page at 1,000,000 claims, 1.8 s for page 1,000 (docs/benchmarks.md). With it, the
-- first page is an index scan. Numbered 20 to leave room for migrations written in parallel.
-- A b-tree entry holds at most ~2.7 kB (after compression), far more than a normalized claim needs.
CREATE INDEX claim_text_idx ON claim (text);
