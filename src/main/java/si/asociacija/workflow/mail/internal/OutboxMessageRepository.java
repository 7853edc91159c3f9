package si.asociacija.workflow.mail.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import si.asociacija.workflow.mail.OutboxEntry;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    String ENTRY = """
            select new si.asociacija.workflow.mail.OutboxEntry(m.id, m.messageId, m.recipient, m.template, m.reference,
            m.subject, cast(m.status as String), m.attempts, m.lastError, m.createdAt, m.sentAt) from OutboxMessage m""";

    @Query("select m.id from OutboxMessage m where m.status = 'PENDING' and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    /** Due messages, longest waiting first, so a message that keeps failing cannot starve newer ones. */
    List<Long> findDue(Instant now, Limit limit);

    /** Claims a message for this node; 1 when claimed, 0 when another node was first. */
    @Modifying
    @Query("""
            update OutboxMessage m set m.status = 'SENDING', m.claimToken = :token, m.nextAttemptAt = :now,
            m.version = m.version + 1 where m.id = :id and m.status = 'PENDING'""")
    int claim(Long id, String token, Instant now);

    /** Messages left in SENDING by a node that stopped mid-send (its claims were not renewed) go back to the queue. */
    @Modifying
    @Query("update OutboxMessage m set m.status = 'PENDING', m.version = m.version + 1 where m.status = 'SENDING' and m.nextAttemptAt < :staleBefore")
    int releaseStale(Instant staleBefore);

    /** A live node renews the claims it is still sending, so that no other node takes them over. */
    @Modifying
    @Query("update OutboxMessage m set m.nextAttemptAt = :now where m.status = 'SENDING' and m.claimToken in :tokens")
    int renewClaims(Collection<String> tokens, Instant now);

    /** What staff see of messages in a state, newest first, without their attached files. */
    @Query(ENTRY + " where m.status = :status order by m.id desc")
    List<OutboxEntry> entriesWithStatus(OutboxMessage.Status status, Limit limit);

    /** What staff see of every message about one case, oldest first, without their attached files. */
    @Query(ENTRY + " where m.reference = :reference order by m.id")
    List<OutboxEntry> entriesFor(String reference);

    List<OutboxMessage> findByRecipientIgnoreCaseOrderById(String recipient);

    List<OutboxMessage> findByReferenceOrderById(String reference);

    Optional<OutboxMessage> findByMessageId(String messageId);

    long countByStatusIn(Collection<OutboxMessage.Status> statuses);
}
