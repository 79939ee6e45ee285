/**
 * The archive on screen: the claim page's archived copies (✔ / ✘ for the quote, the link watch's flag,
 * archive now, upload a copy) and the editors' link watch list.
 */
package org.factcheck.archive.ui;
