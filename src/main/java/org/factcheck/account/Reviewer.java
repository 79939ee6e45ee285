package org.factcheck.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.factcheck.base.EditableRecord;
import org.factcheck.base.TextLimits;

/** A person who signs in to review claims. The password is kept only as a one-way hash. */
@Entity
public class Reviewer extends EditableRecord {

    @NotBlank(message = "Enter the name this person signs in with")
    @Pattern(regexp = "[a-z0-9._-]{2,64}", message = "Use 2 to 64 lower-case letters, digits, dots, dashes or underscores")
    @Column(nullable = false, unique = true)
    private String username;

    @Size(max = TextLimits.NAME)
    @NotBlank(message = "Enter the name colleagues know this person by")
    @Column(nullable = false)
    private String displayName;

    @Size(max = TextLimits.EMAIL)
    @Email(message = "Enter an email address, such as name@example.org")
    private String email;

    @Column(nullable = false)
    private String passwordHash;

    @NotNull(message = "Choose a role")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role = Role.REVIEWER;

    @Column(nullable = false)
    private boolean enabled = true;

    /** An account not created yet, as the form for a new account fills it in. */
    public Reviewer() {
    }

    public Reviewer(String username, String displayName, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    /** Chosen once, when the account is created: revisions and records name reviewers by it. */
    public void setUsername(String username) {
        if (!isNew()) {
            throw new IllegalStateException("The username of an existing account cannot change.");
        }
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
