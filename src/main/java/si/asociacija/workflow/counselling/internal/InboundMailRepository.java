package si.asociacija.workflow.counselling.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Each inbound message once, by Message-ID. */
interface InboundMailRepository extends JpaRepository<InboundMail, String> {
}
