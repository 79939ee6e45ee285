/**
 * Entities claims are about or made by (people, organisations, places, events), each with every
 * spelling it is known by: "al-Kadhimi", "al-Kazimi" and "Al-Kazemi" are aliases of one person.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::ui", "history", "history::ui"})
package org.factcheck.entity;
