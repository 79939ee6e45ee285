/** The bell in the shell (a {@link org.factcheck.base.ui.NavbarItem}) and the notifications page. */
package org.factcheck.notification.ui;
