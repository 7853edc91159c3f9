package si.asociacija.workflow.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static si.asociacija.workflow.assembly.AssemblySession.ok;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A member's subject access export holds their assembly votes: the choice on a named ballot, only the fact on a secret one. */
class AssemblyVotesExportTest extends AssemblyTestBase {

    @Test
    void theExportHasTheNamedChoiceAndOnlyTheFactOfASecretVote() throws Exception {
        AssemblySession s = session().members(2, "izvoz")
                .convene(true, "{\"title\": \"Letno poročilo\", \"kind\": \"RESOLUTION\", \"ballot\": \"NAMED\"}",
                        "{\"title\": \"Razrešitev\", \"kind\": \"RESOLUTION\", \"ballot\": \"SECRET\"}");
        s.timerFires();
        ok(s.checkIn(0));
        ok(s.checkIn(1));
        ok(s.open());
        for (int item = 1; item <= 2; item++) {
            ok(s.openItem(item));
            ok(s.vote(0, item, "{\"choice\": \"AGAINST\"}"));
            ok(s.vote(1, item, "{\"choice\": \"FOR\"}"));
            ok(s.closeItem(item));
        }

        byte[] zip = http.withBasicAuth("admin", "demo")
                .getForObject("/api/personal-data?email={email}", byte[].class, s.emails.get(0));

        JsonNode votes = json.readTree(entry(zip, "assembly/votes.json"));
        assertThat(votes).hasSize(2);
        assertThat(votes.get(0).get("assembly").asText()).isEqualTo(s.reference);
        assertThat(votes.get(0).get("ballot").asText()).isEqualTo("NAMED");
        assertThat(votes.get(0).get("choice").asText()).isEqualTo("AGAINST");
        assertThat(votes.get(1).get("ballot").asText()).isEqualTo("SECRET");
        assertThat(votes.get(1).get("choice").isNull()).as("a secret choice was never stored with the voter").isTrue();
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the export");
    }
}
