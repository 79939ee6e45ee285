-- Every import both searches source_fingerprint's band index and inserts into it. With GIN's fast
-- update, inserts wait in a pending list that every search must read through in full, so searches
-- slowed as imports went on (bench/import); without it each insert goes straight into the index.
ALTER INDEX source_fingerprint_bands_idx SET (fastupdate = off);
