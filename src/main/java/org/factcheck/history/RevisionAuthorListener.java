package org.factcheck.history;

import org.factcheck.account.CurrentReviewer;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in reviewer and the reason given for the change, if any. */
class RevisionAuthorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        revision.setReviewer(CurrentReviewer.username());
        revision.setReason(ChangeReason.current());
    }
}
