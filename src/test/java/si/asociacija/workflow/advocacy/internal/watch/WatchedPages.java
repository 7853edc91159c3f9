package si.asociacija.workflow.advocacy.internal.watch;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Answers of the watched sources in their published shapes, with ids fresh for each test run (the database
 * may outlive a run), for the test's HTTP server to serve.
 */
final class WatchedPages {

    private WatchedPages() {
    }

    /** A number no earlier run used, as e-Demokracija's draft ids are. */
    static long freshId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    /** A page of e-Demokracija's list: one row per id, titled {@code title + " " + id}. */
    static String eDemokracijaPage(String title, long... ids) {
        StringBuilder rows = new StringBuilder();
        for (long id : ids) {
            rows.append("""
                    <tr>
                      <td><div class="status odprt"></div><div class="datumSpremembe">14.11.2026</div></td>
                      <td><a href="/si/drzava-in-druzba/e-demokracija/predlogi-predpisov/predlog-predpisa.html?id=%d">%s %d</a>
                        <div>Ministrstvo za kulturo</div>
                        <div class="additionalInfo">Zakon</div><div class="additionalInfo">Javna obravnava</div></td>
                    </tr>
                    """.formatted(id, title, id));
        }
        return "<div id=\"results\"><table class=\"noMarginTable edemokracijaSeznam\"><tbody>" + rows + "</tbody></table></div>";
    }

    /** PZ.XML with two open bills (one on culture, one not) and one whose procedure ended, all with unid's prefix. */
    static String nationalAssembly(String unid) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <PZ>
                 <PREDPIS><KARTICA_PREDPISA>
                   <UNID>%1$s-1</UNID><KARTICA_EPA>1874-IX</KARTICA_EPA><KARTICA_KONEC_POSTOPKA>0</KARTICA_KONEC_POSTOPKA>
                   <KARTICA_NAZIV>Zakon o medijih %1$s</KARTICA_NAZIV><KARTICA_DATUM>2026-11-10</KARTICA_DATUM>
                   <KARTICA_PREDLAGATELJ>Vlada</KARTICA_PREDLAGATELJ><KARTICA_FAZA_POSTOPKA>druga obravnava</KARTICA_FAZA_POSTOPKA>
                   <KARTICA_KLJUCNE_BESEDE>mediji</KARTICA_KLJUCNE_BESEDE><KARTICA_KLJUCNE_BESEDE>kultura</KARTICA_KLJUCNE_BESEDE>
                 </KARTICA_PREDPISA></PREDPIS>
                 <PREDPIS><KARTICA_PREDPISA>
                   <UNID>%1$s-2</UNID><KARTICA_KONEC_POSTOPKA>0</KARTICA_KONEC_POSTOPKA>
                   <KARTICA_NAZIV>Zakon o cestah %1$s</KARTICA_NAZIV><KARTICA_PREDLAGATELJ>Vlada</KARTICA_PREDLAGATELJ>
                   <KARTICA_KLJUCNE_BESEDE>ceste</KARTICA_KLJUCNE_BESEDE>
                 </KARTICA_PREDPISA></PREDPIS>
                 <PREDPIS><KARTICA_PREDPISA>
                   <UNID>%1$s-3</UNID><KARTICA_KONEC_POSTOPKA>1</KARTICA_KONEC_POSTOPKA>
                   <KARTICA_NAZIV>Zakon o kulturi, sprejet %1$s</KARTICA_NAZIV>
                 </KARTICA_PREDPISA></PREDPIS>
                </PZ>
                """.formatted(unid);
    }

    /** An Atom feed: a call for the self-employed in culture, a road closure, and an entry without a title. */
    static String atom(String id) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                 <title>Sklad - pozivi</title>
                 <entry>
                  <id>urn:test:%1$s-1</id>
                  <title>Poziv za delovne štipendije samozaposlenim v kulturi %1$s</title>
                  <link rel="alternate" href="https://sklad.example.si/pozivi/%1$s-1"/>
                  <updated>2026-11-25T10:00:00+01:00</updated>
                  <summary type="html">&lt;p&gt;Rok 20. 12. 2026.&lt;/p&gt;</summary>
                 </entry>
                 <entry>
                  <id>urn:test:%1$s-2</id>
                  <title>Obvestilo o zapori ceste %1$s</title>
                  <link href="https://sklad.example.si/novice/%1$s-2"/>
                 </entry>
                 <entry>
                  <id>urn:test:%1$s-3</id>
                  <summary>Brez naslova, o kulturi</summary>
                 </entry>
                </feed>
                """.formatted(id);
    }
}
