/**
 * Notifications: what waits for whom — mentioned in a comment, assigned a claim, a verdict submitted for
 * one's review, sent back, published, a correction proposed or published, a retraction — from the events
 * other modules publish. A bell in the shell counts the unread ones and is pushed live to open tabs; a
 * page lists them; with SMTP settings, each is also sent by e-mail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "base", "base::ui", "claim", "comment", "verdict"})
package org.factcheck.notification;
