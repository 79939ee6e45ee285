/** The application shell shared by every feature's views: theme, layout, navigation. */
package org.factcheck.base;
