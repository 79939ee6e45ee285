/**
 * What every feature's records share: the optimistic-locking version and who created and last
 * changed them, and when.
 */
package org.factcheck.shared;
