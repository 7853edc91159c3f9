package si.asociacija.workflow.counselling.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one attachment. */
@Entity
@Table(name = "attachment_content")
class AttachmentContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    AttachmentContent(byte[] content) {
        this.content = content;
    }

    byte[] getBytes() {
        return content;
    }
}
