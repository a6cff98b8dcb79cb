package org.scrutineer.meetings;

import java.util.Map;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer replaces or removes an item's paper, each change audited with the paper as it was. Published packs are
 * frozen (a trigger refuses any change to them), so they keep the paper as it was: the change reaches the public in
 * the next version of the pack or a supplement, and on the meeting page at once, under the same rules as any paper
 * (a Part II item's papers are never public).
 */
@Service
class MeetingPapers {
    private final Meetings meetings;
    private final AuditTrail audit;

    MeetingPapers(Meetings meetings, AuditTrail audit) {
        this.meetings = meetings;
        this.audit = audit;
    }

    @Transactional
    public void replace(Meetings.Paper paper, String fileName, byte[] content, AgendaPacks.Paper read) {
        meetings.replaceDocument(paper.id(), fileName, content, read.pages(), read.text(), CurrentUser.name());
        audit.updated(
                MeetingRecords.scope(paper.meetingKey()),
                "item_document",
                paper.title(),
                described(paper),
                Map.of("fileName", fileName, "pages", read.pages(), "bytes", content.length));
    }

    @Transactional
    public void remove(Meetings.Paper paper) {
        meetings.removeDocument(paper.id());
        audit.deleted(MeetingRecords.scope(paper.meetingKey()), "item_document", paper.title(), described(paper));
    }

    private static Map<String, Object> described(Meetings.Paper paper) {
        return Map.of("fileName", paper.fileName(), "pages", paper.pages(), "bytes", paper.size());
    }
}
