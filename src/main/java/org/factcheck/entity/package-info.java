/**
 * Entities claims are about or made by (people, organisations, places, events), each with every
 * spelling it is known by: "al-Kadhimi", "al-Kazimi" and "Al-Kazemi" are aliases of one person.
 */
package org.factcheck.entity;
