package si.asociacija.workflow.assembly.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.membership.Voter;
import si.asociacija.workflow.portal.PublicLinks;

/**
 * Mail to a convened member about an assembly: addressed to the person (an organisation's
 * representative), with the assembly's reference, title and time and the member's personal link.
 */
@Component
class AssemblyMail {

    private final MailOutbox mail;
    private final PublicLinks links;

    AssemblyMail(MailOutbox mail, PublicLinks links) {
        this.mail = mail;
        this.links = links;
    }

    /** The message for {@code voter} on their convocation's link; {@code extra} adds what the template needs. */
    OutgoingMail to(Voter voter, Convocation convocation, String template, Map<String, Object> extra) {
        Assembly assembly = convocation.getAssembly();
        Map<String, Object> model = new HashMap<>(extra);
        model.put("reference", assembly.getReference());
        model.put("name", voter.representative() != null ? voter.representative() + " (" + voter.name() + ")" : voter.name());
        model.put("title", assembly.getTitle());
        model.put("startsAt", AssemblyView.TIME.format(assembly.getStartsAt()));
        model.put("assemblyUrl", links.assembly(convocation.getToken()));
        model.put("publicUrl", links.base());
        return new OutgoingMail(voter.email(), template, convocation.getLanguage(), assembly.getReference(), model);
    }

    void send(OutgoingMail message) {
        mail.enqueue(message);
    }
}
