package org.scrutineer.meetings;

/**
 * A meeting's agenda pack was published (not a supplement): what other features keep frozen with the pack, they keep
 * now, in the same transaction, so that nothing is published without them.
 */
public record AgendaPackPublished(long meetingId, String meetingKey, long packId, int version) {}
