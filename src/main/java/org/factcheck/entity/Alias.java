package org.factcheck.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.factcheck.base.EditableRecord;
import org.factcheck.base.TextLimits;
import org.hibernate.envers.Audited;

/** One spelling of an entity's name, as it occurs in some text, with the language of that spelling. */
@Entity
@Audited
public class Alias extends EditableRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id", nullable = false)
    private NamedEntity entity;

    @Size(max = TextLimits.NAME)
    @NotBlank(message = "Enter the spelling")
    @Column(nullable = false)
    private String name;

    @Pattern(regexp = "[a-z]{2,3}", message = "Use a two- or three-letter language code in lower case, such as en or ar")
    private String language;

    /** A spelling not yet given to an entity, as the form for a new alias fills it in. */
    public Alias() {
    }

    public Alias(String name, String language) {
        this.name = name;
        this.language = language;
    }

    public NamedEntity getEntity() {
        return entity;
    }

    void setEntity(NamedEntity entity) {
        this.entity = entity;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
