-- The longest whole text a source holds (org.factcheck.shared.TextLimits.FULL_TEXT, 5,000,000 code
-- points), for the current text and every earlier version, whoever writes it. NOT VALID, as in V150.
ALTER TABLE source ADD CONSTRAINT source_full_text_length CHECK (char_length(full_text) <= 5000000) NOT VALID;
ALTER TABLE source_text_version ADD CONSTRAINT source_text_version_full_text_length
    CHECK (char_length(full_text) <= 5000000) NOT VALID;
