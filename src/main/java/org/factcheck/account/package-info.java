/**
 * Reviewer accounts, their roles (ADMIN ⊃ EDITOR ⊃ REVIEWER), signing in, and who the signed-in
 * reviewer is for auditing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::ui", "database"})
package org.factcheck.account;
