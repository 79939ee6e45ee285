package org.factcheck.comment;

import java.util.Set;

/**
 * A comment was posted, or edited to mention someone new: published inside the transaction, for
 * notifications to tell the colleagues it mentions (listen after commit).
 *
 * @param mentioned the usernames of existing colleagues it newly mentions, not its author
 */
public record CommentPosted(long commentId, long claimId, String author, Set<String> mentioned, String excerpt) {
}
