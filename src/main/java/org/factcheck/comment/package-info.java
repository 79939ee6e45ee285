/**
 * Comments on a claim: a thread, newest last, plain text, with @mentions of colleagues; each reviewer
 * edits or deletes only their own, and every version stays in the history. A comment announces itself
 * ({@link org.factcheck.comment.CommentPosted}) so notifications can tell the people it mentions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "base", "base::ui", "claim", "claim::ui"})
package org.factcheck.comment;
