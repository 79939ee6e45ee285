-- The public feed (org.factcheck.feed) reads published verdicts newest first and pages by
-- (published_at, claim_id), so a reader's walk through 100,000 of them never sorts and never
-- repeats or skips one. The second index serves updated_since and the feed's Last-Modified: the
-- latest change to a verdict that is, or was, public (a retraction changes what readers see too).
CREATE INDEX verdict_published_order_idx ON verdict (published_at DESC, claim_id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX verdict_public_updated_at_idx ON verdict (updated_at) WHERE status IN ('PUBLISHED', 'RETRACTED');
