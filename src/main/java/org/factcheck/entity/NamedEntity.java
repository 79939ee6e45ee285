package org.factcheck.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.factcheck.base.EditableRecord;
import org.factcheck.base.TextLimits;
import org.hibernate.envers.Audited;

/** A person, organisation, place or event, with every spelling it is known by. */
@Entity
@Table(name = "entity")
@Audited
public class NamedEntity extends EditableRecord {

    @NotNull(message = "Choose what kind of entity this is")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntityType type;

    @Size(max = TextLimits.NAME)
    @NotBlank(message = "Enter the name the entity is best known by")
    @Column(nullable = false)
    private String name;

    @Size(max = TextLimits.PROSE)
    private String description;

    /** The entity's Wikidata item ("Q61053"), published as schema.org sameAs so others can tell who is meant. */
    @Pattern(regexp = "[Qq][1-9][0-9]*", message = "Enter a Wikidata item id: Q and its number, such as Q61053")
    private String wikidataId;

    @OneToMany(mappedBy = "entity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Alias> aliases = new ArrayList<>();

    protected NamedEntity() {
    }

    public NamedEntity(EntityType type, String name) {
        this.type = type;
        this.name = name;
    }

    /** Adds a spelling unless the entity already has it (in any letter case); returns whether it did. */
    public boolean addAlias(String spelling, String language) {
        return addAlias(new Alias(spelling, language));
    }

    /**
     * Gives the entity this alias (a new one, or one moving here from a merged entity) unless it
     * already has the spelling in any letter case; returns whether it did.
     */
    public boolean addAlias(Alias alias) {
        if (hasAlias(alias.getName())) {
            return false;
        }
        alias.setEntity(this);
        aliases.add(alias);
        return true;
    }

    public void removeAlias(Alias alias) {
        aliases.remove(alias);
    }

    public boolean hasAlias(String spelling) {
        String wanted = spelling.toLowerCase(Locale.ROOT);
        return aliases.stream().anyMatch(alias -> alias.getName().toLowerCase(Locale.ROOT).equals(wanted));
    }

    public List<Alias> getAliases() {
        return Collections.unmodifiableList(aliases);
    }

    public EntityType getType() {
        return type;
    }

    public void setType(EntityType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWikidataId() {
        return wikidataId;
    }

    public void setWikidataId(String wikidataId) {
        this.wikidataId = wikidataId == null || wikidataId.isBlank() ? null : wikidataId.strip().toUpperCase(Locale.ROOT);
    }
}
