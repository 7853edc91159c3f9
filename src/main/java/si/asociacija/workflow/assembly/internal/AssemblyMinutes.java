package si.asociacija.workflow.assembly.internal;

import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.assembly.internal.Assembly.State;
import si.asociacija.workflow.mail.MailAttachment;
import si.asociacija.workflow.membership.MemberDirectory;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.NotFoundException;

/**
 * The minutes: drafted as a PDF after the last item, confirmed by staff, then sent to every convened
 * member with the PDF attached and kept for download.
 */
@Service
@Transactional
class AssemblyMinutes {

    static final String TEMPLATE = "assembly-minutes";
    private static final Logger log = LoggerFactory.getLogger(AssemblyMinutes.class);

    private final AssemblyRepository assemblies;
    private final MinutesDocumentRepository documents;
    private final ConvocationRepository convocations;
    private final MinutesContent content;
    private final MinutesPdf pdf;
    private final AssemblyMail mail;
    private final MemberDirectory members;

    AssemblyMinutes(AssemblyRepository assemblies, MinutesDocumentRepository documents, ConvocationRepository convocations,
                    MinutesContent content, MinutesPdf pdf, AssemblyMail mail, MemberDirectory members) {
        this.assemblies = assemblies;
        this.documents = documents;
        this.convocations = convocations;
        this.content = content;
        this.pdf = pdf;
        this.mail = mail;
        this.members = members;
    }

    /** After the last item: the agenda is done and the minutes are written. */
    void draft(String reference) {
        Assembly assembly = assembly(reference);
        assembly.agendaDone();
        byte[] document = pdf.render(content.of(assembly));
        Instant now = Instant.now();
        documents.findById(assembly.getId()).ifPresentOrElse(d -> d.redraft(document, now),
                () -> documents.save(new MinutesDocument(assembly.getId(), document, now)));
        log.info("Assembly {}: minutes drafted ({} bytes)", reference, document.length);
    }

    /** Staff confirm the minutes: the assembly is closed and every member gets them. */
    void confirm(String reference) {
        Assembly assembly = assembly(reference);
        if (assembly.getState() == State.CLOSED) {
            return;
        }
        if (assembly.getState() != State.MINUTES) {
            throw new ConflictException("The minutes are written after the last item.");
        }
        MinutesDocument document = documents.findById(assembly.getId()).orElseThrow();
        Instant now = Instant.now();
        document.confirm(now);
        assembly.close(now);
        MailAttachment file = new MailAttachment(filename(assembly), "application/pdf", document.getPdf());
        int sent = 0;
        for (Convocation convocation : convocations.findByAssemblyOrderByMembershipNumber(assembly)) {
            var voter = members.voter(convocation.getMembershipNumber());
            if (voter.isPresent()) {
                mail.send(mail.to(voter.get(), convocation, TEMPLATE, Map.of("place", assembly.getPlace())).with(file));
                sent++;
            }
        }
        log.info("Assembly {}: minutes confirmed and sent to {} member(s)", reference, sent);
    }

    /** The PDF, once drafted (staff) or once confirmed ({@code confirmedOnly}, members). */
    byte[] document(Assembly assembly, boolean confirmedOnly) {
        return documents.findById(assembly.getId()).filter(d -> !confirmedOnly || d.getConfirmedAt() != null)
                .map(MinutesDocument::getPdf).orElseThrow(NotFoundException::new);
    }

    static String filename(Assembly assembly) {
        return "zapisnik-" + assembly.getReference() + ".pdf";
    }

    private Assembly assembly(String reference) {
        return assemblies.findByReference(reference).orElseThrow(NotFoundException::new);
    }
}
