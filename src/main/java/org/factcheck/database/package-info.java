/**
 * Where the data lives: with no database configured, an embedded PostgreSQL 18 that keeps its data
 * in a local folder; with SPRING_DATASOURCE_URL set, that server instead.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base"})
package org.factcheck.database;
