/**
 * Reviewer accounts, their roles (ADMIN ⊃ EDITOR ⊃ REVIEWER), signing in, and who the signed-in
 * reviewer is for auditing.
 */
package org.factcheck.account;
