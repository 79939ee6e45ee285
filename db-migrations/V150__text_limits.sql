-- The longest text each field holds, as org.factcheck.shared.TextLimits says (NAME 250, TITLE 500,
-- URL 2000, EMAIL 254, CLAIM 2000, QUOTE 5000, PROSE 20000), so that no writer outside the
-- application can store a 20,000-character title either. Lengths count code points.
-- NOT VALID: a longer text stored before these limits stays readable (and migrating never fails on
-- it); the application asks for a shorter one when that record is next edited.
ALTER TABLE source ADD CONSTRAINT source_title_length CHECK (char_length(title) <= 500) NOT VALID;
ALTER TABLE source ADD CONSTRAINT source_outlet_length CHECK (char_length(outlet) <= 250) NOT VALID;
ALTER TABLE source ADD CONSTRAINT source_author_length CHECK (char_length(author) <= 250) NOT VALID;
ALTER TABLE source ADD CONSTRAINT source_url_length CHECK (char_length(url) <= 2000) NOT VALID;

ALTER TABLE entity ADD CONSTRAINT entity_name_length CHECK (char_length(name) <= 250) NOT VALID;
ALTER TABLE entity ADD CONSTRAINT entity_description_length CHECK (char_length(description) <= 20000) NOT VALID;
ALTER TABLE alias ADD CONSTRAINT alias_name_length CHECK (char_length(name) <= 250) NOT VALID;

ALTER TABLE claim ADD CONSTRAINT claim_text_length CHECK (char_length(text) <= 2000) NOT VALID;
ALTER TABLE claim ADD CONSTRAINT claim_note_length CHECK (char_length(note) <= 20000) NOT VALID;
ALTER TABLE claim_link ADD CONSTRAINT claim_link_note_length CHECK (char_length(note) <= 20000) NOT VALID;
ALTER TABLE appearance ADD CONSTRAINT appearance_quote_length CHECK (char_length(quote) <= 5000) NOT VALID;

ALTER TABLE verdict ADD CONSTRAINT verdict_rationale_length CHECK (char_length(rationale) <= 20000) NOT VALID;
ALTER TABLE verdict ADD CONSTRAINT verdict_retraction_note_length CHECK (char_length(retraction_note) <= 20000) NOT VALID;
ALTER TABLE evidence ADD CONSTRAINT evidence_url_length CHECK (char_length(url) <= 2000) NOT VALID;
ALTER TABLE evidence ADD CONSTRAINT evidence_title_length CHECK (char_length(title) <= 500) NOT VALID;
ALTER TABLE evidence ADD CONSTRAINT evidence_publisher_length CHECK (char_length(publisher) <= 250) NOT VALID;
ALTER TABLE evidence ADD CONSTRAINT evidence_quote_length CHECK (char_length(quote) <= 5000) NOT VALID;
ALTER TABLE verdict_transition ADD CONSTRAINT verdict_transition_comment_length CHECK (char_length(comment) <= 20000) NOT VALID;
ALTER TABLE verdict_publication ADD CONSTRAINT verdict_publication_rationale_length CHECK (char_length(rationale) <= 20000) NOT VALID;
ALTER TABLE verdict_publication ADD CONSTRAINT verdict_publication_correction_note_length
    CHECK (char_length(correction_note) <= 20000) NOT VALID;

ALTER TABLE reviewer ADD CONSTRAINT reviewer_display_name_length CHECK (char_length(display_name) <= 250) NOT VALID;
ALTER TABLE reviewer ADD CONSTRAINT reviewer_email_length CHECK (char_length(email) <= 254) NOT VALID;
ALTER TABLE source_text_version ADD CONSTRAINT source_text_version_reason_length CHECK (char_length(reason) <= 20000) NOT VALID;
