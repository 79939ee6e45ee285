package org.factcheck.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import org.factcheck.shared.EditableRecord;
import org.hibernate.envers.Audited;

/** One spelling of an entity's name, as it occurs in some text, with the language of that spelling. */
@Entity
@Audited
public class Alias extends EditableRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id", nullable = false)
    private NamedEntity entity;

    @NotBlank
    @Column(nullable = false)
    private String name;

    private String language;

    protected Alias() {
    }

    Alias(NamedEntity entity, String name, String language) {
        this.entity = entity;
        this.name = name;
        this.language = language;
    }

    public NamedEntity getEntity() {
        return entity;
    }

    public String getName() {
        return name;
    }

    public String getLanguage() {
        return language;
    }
}
