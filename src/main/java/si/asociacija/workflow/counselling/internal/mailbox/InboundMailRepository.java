package si.asociacija.workflow.counselling.internal.mailbox;

import org.springframework.data.jpa.repository.JpaRepository;

/** Each inbound message once, by Message-ID. */
public interface InboundMailRepository extends JpaRepository<InboundMail, String> {
}
