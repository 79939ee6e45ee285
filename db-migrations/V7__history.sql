-- History: one *_aud table per audited table, written by Hibernate Envers. Each row is the state of
-- a record after a revision (revtype 0 = added, 1 = changed, 2 = deleted, with the last state kept).
-- The optimistic-locking version is not part of the history.

CREATE TABLE source_aud (
    id         bigint   NOT NULL,
    rev        bigint   NOT NULL REFERENCES revision (id),
    revtype    smallint,
    title      text,
    outlet     text,
    author     text,
    url        text,
    published_on date,
    published_on_precision text,
    language   text,
    original_language text,
    full_text  text,
    sha256     text,
    origin     text,
    entered_at timestamptz,
    entered_by text,
    created_at timestamptz,
    created_by text,
    updated_at timestamptz,
    updated_by text,
    PRIMARY KEY (rev, id)
);
CREATE INDEX source_aud_id_idx ON source_aud (id);

CREATE TABLE entity_aud (
    id         bigint   NOT NULL,
    rev        bigint   NOT NULL REFERENCES revision (id),
    revtype    smallint,
    type       text,
    name       text,
    description text,
    created_at timestamptz,
    created_by text,
    updated_at timestamptz,
    updated_by text,
    PRIMARY KEY (rev, id)
);
CREATE INDEX entity_aud_id_idx ON entity_aud (id);

CREATE TABLE alias_aud (
    id         bigint   NOT NULL,
    rev        bigint   NOT NULL REFERENCES revision (id),
    revtype    smallint,
    entity_id  bigint,
    name       text,
    language   text,
    created_at timestamptz,
    created_by text,
    updated_at timestamptz,
    updated_by text,
    PRIMARY KEY (rev, id)
);
CREATE INDEX alias_aud_id_idx ON alias_aud (id);

CREATE TABLE claim_aud (
    id         bigint   NOT NULL,
    rev        bigint   NOT NULL REFERENCES revision (id),
    revtype    smallint,
    text       text,
    claimant_id bigint,
    claim_date date,
    check_worthiness text,
    status     text,
    note       text,
    created_at timestamptz,
    created_by text,
    updated_at timestamptz,
    updated_by text,
    PRIMARY KEY (rev, id)
);
CREATE INDEX claim_aud_id_idx ON claim_aud (id);

CREATE TABLE appearance_aud (
    id         bigint   NOT NULL,
    rev        bigint   NOT NULL REFERENCES revision (id),
    revtype    smallint,
    claim_id   bigint,
    source_id  bigint,
    quote      text,
    start_offset integer,
    end_offset integer,
    prefix     text,
    suffix     text,
    created_at timestamptz,
    created_by text,
    updated_at timestamptz,
    updated_by text,
    PRIMARY KEY (rev, id)
);
CREATE INDEX appearance_aud_id_idx ON appearance_aud (id);

CREATE TABLE verdict_aud (
    id         bigint   NOT NULL,
    rev        bigint   NOT NULL REFERENCES revision (id),
    revtype    smallint,
    claim_id   bigint,
    rating_id  bigint,
    rationale  text,
    status     text,
    author_id  bigint,
    reviewer_id bigint,
    published_at timestamptz,
    created_at timestamptz,
    created_by text,
    updated_at timestamptz,
    updated_by text,
    PRIMARY KEY (rev, id)
);
CREATE INDEX verdict_aud_id_idx ON verdict_aud (id);

CREATE TABLE evidence_aud (
    id         bigint   NOT NULL,
    rev        bigint   NOT NULL REFERENCES revision (id),
    revtype    smallint,
    verdict_id bigint,
    stance     text,
    source_id  bigint,
    url        text,
    title      text,
    publisher  text,
    published_on date,
    accessed_on date,
    quote      text,
    position   integer,
    created_at timestamptz,
    created_by text,
    updated_at timestamptz,
    updated_by text,
    PRIMARY KEY (rev, id)
);
CREATE INDEX evidence_aud_id_idx ON evidence_aud (id);

-- Which entities a claim mentioned, revision by revision.
CREATE TABLE claim_entity_aud (
    rev       bigint   NOT NULL REFERENCES revision (id),
    revtype   smallint,
    claim_id  bigint   NOT NULL,
    entity_id bigint   NOT NULL,
    PRIMARY KEY (rev, claim_id, entity_id)
);
CREATE INDEX claim_entity_aud_claim_id_idx ON claim_entity_aud (claim_id);
