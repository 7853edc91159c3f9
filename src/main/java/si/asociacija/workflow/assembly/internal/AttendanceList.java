package si.asociacija.workflow.assembly.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.membership.MemberDirectory;
import si.asociacija.workflow.membership.Voter;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;

/**
 * The members staff check in at the door, typed in the Registration and quorum form one per line, each
 * by membership number or by name (of the member or of an organisation's representative).
 */
@Component
@Transactional
class AttendanceList {

    private final AssemblyRepository assemblies;
    private final ConvocationRepository convocations;
    private final MemberDirectory members;
    private final Registration registration;

    AttendanceList(AssemblyRepository assemblies, ConvocationRepository convocations, MemberDirectory members,
                   Registration registration) {
        this.assemblies = assemblies;
        this.convocations = convocations;
        this.members = members;
        this.registration = registration;
    }

    /** Checks in every member listed; refuses the whole list, naming the lines it cannot match. */
    void checkIn(String reference, String list) {
        if (list == null || list.isBlank()) {
            return;
        }
        Assembly assembly = assemblies.findByReference(reference).orElseThrow(NotFoundException::new);
        Map<String, String> byName = new HashMap<>();
        for (Convocation c : convocations.findByAssemblyOrderByMembershipNumber(assembly)) {
            byName.put(c.getMembershipNumber().toLowerCase(Locale.ROOT), c.getMembershipNumber());
            members.voter(c.getMembershipNumber()).ifPresent(v -> names(v).forEach(n -> byName.putIfAbsent(n, v.membershipNumber())));
        }
        List<String> numbers = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String line : list.strip().split("\\R")) {
            String key = line.trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            String number = byName.get(key);
            if (number == null) {
                unknown.add(line.trim());
            } else {
                numbers.add(number);
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("present", "no convened member by this number or name: " + String.join(", ", unknown));
        }
        numbers.forEach(n -> registration.checkIn(reference, n, Attendance.IN_PERSON.name()));
    }

    private static List<String> names(Voter voter) {
        List<String> names = new ArrayList<>();
        names.add(voter.name().trim().toLowerCase(Locale.ROOT));
        if (voter.representative() != null) {
            names.add(voter.representative().trim().toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
