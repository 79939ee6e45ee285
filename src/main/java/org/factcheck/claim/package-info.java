/**
 * Claims: normalized, checkable statements, who made them, which entities they mention, and every
 * appearance, anchored to the exact quote and character offsets in a source.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "base", "base::ui", "entity", "source"})
package org.factcheck.claim;
