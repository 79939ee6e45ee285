/**
 * The shell (layout, theme) and the form helpers every feature's views share: the conflict dialog,
 * the unsaved-changes guard and turning save failures into messages.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.factcheck.base.ui;
