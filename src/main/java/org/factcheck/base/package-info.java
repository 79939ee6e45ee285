/**
 * What every feature shares. This package is the domain part: what every record has (the
 * optimistic-locking version, who created and last changed it, and when), the desk's text limits,
 * the checks on dates and web addresses, and the problem types of the HTTP APIs. {@code base.ui}
 * is the user-interface part: the shell, the form helpers and the save-failure messages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.factcheck.base;
