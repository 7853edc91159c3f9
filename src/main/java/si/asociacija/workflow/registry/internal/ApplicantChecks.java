package si.asociacija.workflow.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.registry.Applicant;
import si.asociacija.workflow.registry.RegisterChecks;
import si.asociacija.workflow.registry.RegisterFindings;
import si.asociacija.workflow.registry.RegisterFindings.Check;
import si.asociacija.workflow.registry.RegisterFindings.Finding;
import si.asociacija.workflow.registry.RegisterFindings.Result;
import si.asociacija.workflow.registry.internal.file.RegisterSource;
import si.asociacija.workflow.shared.Texts;

/**
 * An applicant against the local copies: the organisation in PRS (name, legal form), its tax number in
 * the FURS list with the same matična številka, VAT status (asked of VIES in the background), and a
 * person in the FURS list as self-employed in culture. Nothing is refused: staff read the findings.
 */
@Component
class ApplicantChecks implements RegisterChecks {

    private static final List<String> NGO_FORMS = List.of("društvo", "zveza društev", "zasebni zavod", "ustanova", "zavod");

    private final RegisterLookup lookup;
    private final ImportLog imports;
    private final FindingStore store;
    private final Texts texts;

    ApplicantChecks(RegisterLookup lookup, ImportLog imports, FindingStore store, Texts texts) {
        this.lookup = lookup;
        this.imports = imports;
        this.store = store;
        this.texts = texts;
    }

    @Override
    @Transactional
    public RegisterFindings check(Applicant applicant) {
        List<Finding> findings = new ArrayList<>();
        String vatNumber = null;
        if (applicant.organisation()) {
            organisation(applicant, findings);
            Optional<RegisterLookup.Taxpayer> legalPerson = taxpayer(applicant, findings);
            if (legalPerson.map(RegisterLookup.Taxpayer::vatRegistered).orElse(false)) {
                vatNumber = applicant.taxNumber();
                findings.add(new Finding(Check.VAT, Result.PENDING, null));
            } else if (legalPerson.isPresent()) {
                findings.add(new Finding(Check.VAT, Result.NOT_APPLICABLE, null));
            }
        } else {
            selfEmployed(applicant, findings);
        }
        store.save(applicant.reference(), findings, vatNumber);
        return new RegisterFindings(applicant.reference(), findings);
    }

    @Override
    public Optional<RegisterFindings> findings(String reference) {
        RegisterFindings findings = store.findings(reference);
        return findings.findings().isEmpty() ? Optional.empty() : Optional.of(findings);
    }

    @Override
    public String summary(RegisterFindings findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings.findings()) {
            text.append(texts.both("registry.check." + finding.check())).append(": ")
                    .append(texts.both("registry.result." + finding.result()));
            if (finding.detail() != null) {
                text.append(" — ").append(finding.detail());
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    private void organisation(Applicant applicant, List<Finding> findings) {
        if (imports.dataDate(RegisterSource.PRS).isEmpty()) {
            findings.add(new Finding(Check.PRS_ENTRY, Result.UNKNOWN, texts.both("registry.notLoaded")));
            return;
        }
        String number = applicant.registrationNumber();
        String unit = number != null && number.length() == 7 ? number + "000" : number;
        RegisterLookup.Organisation found = number == null ? null : lookup.byRegistrationNumber(unit).organisation();
        if (found == null) {
            findings.add(new Finding(Check.PRS_ENTRY, Result.NOT_FOUND, number));
            return;
        }
        findings.add(new Finding(Check.PRS_ENTRY, Result.OK, found.name() + ", " + found.address()));
        findings.add(new Finding(Check.NAME, NameMatch.same(applicant.name(), found.name()) ? Result.OK : Result.MISMATCH,
                found.name()));
        String form = found.legalForm() == null ? "" : found.legalForm().toLowerCase(Locale.forLanguageTag("sl"));
        boolean ngo = !form.contains("javni") && NGO_FORMS.stream().anyMatch(form::contains);
        findings.add(new Finding(Check.LEGAL_FORM, ngo ? Result.OK : Result.MISMATCH, found.legalForm()));
    }

    private Optional<RegisterLookup.Taxpayer> taxpayer(Applicant applicant, List<Finding> findings) {
        if (imports.dataDate(RegisterSource.FURS_PO).isEmpty()) {
            findings.add(new Finding(Check.TAX_NUMBER, Result.UNKNOWN, texts.both("registry.notLoaded")));
            return Optional.empty();
        }
        Optional<RegisterLookup.Taxpayer> legalPerson = applicant.taxNumber() == null ? Optional.empty()
                : lookup.byTaxNumber(applicant.taxNumber()).taxpayers().stream()
                        .filter(t -> t.list() == RegisterSource.FURS_PO).findFirst();
        if (legalPerson.isEmpty()) {
            findings.add(new Finding(Check.TAX_NUMBER, Result.NOT_FOUND, applicant.taxNumber()));
            return legalPerson;
        }
        RegisterLookup.Taxpayer taxpayer = legalPerson.get();
        boolean together = taxpayer.registrationNumber() != null && applicant.registrationNumber() != null
                && taxpayer.registrationNumber().startsWith(applicant.registrationNumber().substring(0, 7));
        findings.add(new Finding(Check.TAX_NUMBER, together ? Result.OK : Result.MISMATCH,
                taxpayer.name() + " (" + taxpayer.registrationNumber() + ")"));
        return legalPerson;
    }

    private void selfEmployed(Applicant applicant, List<Finding> findings) {
        if (applicant.taxNumber() == null) {
            findings.add(new Finding(Check.SELF_EMPLOYED_IN_CULTURE, Result.NOT_APPLICABLE, null));
        } else if (imports.dataDate(RegisterSource.FURS_DEJ).isEmpty()) {
            findings.add(new Finding(Check.SELF_EMPLOYED_IN_CULTURE, Result.UNKNOWN, texts.both("registry.notLoaded")));
        } else {
            List<RegisterLookup.Taxpayer> lines = lookup.byTaxNumber(applicant.taxNumber()).taxpayers().stream()
                    .filter(t -> t.list() == RegisterSource.FURS_DEJ).toList();
            Optional<RegisterLookup.Taxpayer> culture = lines.stream().filter(RegisterLookup.Taxpayer::selfEmployedInCulture).findFirst();
            findings.add(culture.map(t -> new Finding(Check.SELF_EMPLOYED_IN_CULTURE, Result.OK, t.name() + ", " + t.activity()))
                    .orElseGet(() -> new Finding(Check.SELF_EMPLOYED_IN_CULTURE, lines.isEmpty() ? Result.NOT_FOUND : Result.MISMATCH,
                            lines.isEmpty() ? null : lines.get(0).name())));
        }
    }
}
