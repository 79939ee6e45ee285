/** The claim page's comment thread, with mentions of colleagues. */
package org.factcheck.comment.ui;
