/**
 * The layout and the helpers every feature's forms share (conflict dialog, unsaved-changes guard,
 * save error handling): a named interface, so feature views may use them across module boundaries.
 */
@NamedInterface("ui")
package org.factcheck.base.ui;

import org.springframework.modulith.NamedInterface;
