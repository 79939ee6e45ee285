/**
 * The sources' views; {@link org.factcheck.source.ui.ReaderText} renders a source's text with
 * highlights for other features' pages too.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.factcheck.source.ui;
