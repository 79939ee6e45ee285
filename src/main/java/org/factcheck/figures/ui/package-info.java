/** The editors' figures view: the period chooser, the charts, the tables and the CSV download. */
package org.factcheck.figures.ui;
