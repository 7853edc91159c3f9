package si.asociacija.workflow.counselling.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A file that came with a client's email, stored with the case. */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 200)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** Loaded only when the file itself is wanted. */
    @OneToOne(fetch = FetchType.LAZY, optional = false,
            cascade = CascadeType.ALL)
    @JoinColumn(name = "content_id", nullable = false)
    private AttachmentContent content;

    protected CaseAttachment() {
    }

    public CaseAttachment(String filename, String contentType, byte[] content) {
        this.filename = filename.substring(0, Math.min(filename.length(), 255));
        this.contentType = contentType.substring(0, Math.min(contentType.length(), 200));
        this.content = new AttachmentContent(content);
        this.sizeBytes = content.length;
    }

    public Long getId() { return id; }
    public String getFilename() { return filename; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content.getBytes(); }
}
