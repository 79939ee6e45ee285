-- Which curated seed items have been loaded. An item loaded once is never loaded again, so a
-- restart adds nothing and a record a reviewer edited or deleted stays as the reviewer left it.
CREATE TABLE seed_item (
    kind      text        NOT NULL CHECK (kind IN ('SOURCE', 'ENTITY', 'CLAIM', 'VERDICT')),
    key       text        NOT NULL,
    record_id bigint      NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, key)
);
