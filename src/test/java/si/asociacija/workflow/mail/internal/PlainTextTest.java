package si.asociacija.workflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain-text part of a mail as a reader who prefers text sees it. */
class PlainTextTest {

    @Test
    void aRenderedMailBecomesParagraphsLinesListsAndLinksWithTheirAddress() {
        String html = """
                <!DOCTYPE html>
                <html lang="sl">
                <head>
                  <meta charset="UTF-8">
                  <title>[SK-2027-01] Vabilo: Redna skupščina</title>
                  <style>p { color: #222222; }</style>
                </head>
                <body style="font-family: Arial, Helvetica, sans-serif;">
                  <p>Pozdravljeni, <span>Živa Čeh</span>,</p>

                  <p>vabimo vas na skupščino Asociacije <strong>Redna skupščina</strong>.</p>

                  <p><strong>Kdaj:</strong> <span>20.&nbsp;3. 2027 ob 17:00</span><br>
                    <strong>Kje:</strong>   <span>Metelkova 6,
                    Ljubljana</span></p>

                  <p><strong>Dnevni red:</strong></p>
                  <ul><li>1. Letno poročilo</li><li>2. Volitve v upravni odbor</li></ul>

                  <p>Vaša osebna povezava do skupščine:<br>
                    <a href="https://asociacija.si/assembly/abc">https://asociacija.si/assembly/abc</a><br>
                    <small style="color: #666666;">Povezava je namenjena samo vam.</small></p>

                  <blockquote style="margin: 12px 0; white-space: pre-line;">Prva vrstica odgovora.
                Druga vrstica odgovora.</blockquote>

                  <p>Pišite nam na <a href="mailto:info@asociacija.si">info@asociacija.si</a> ali preberite
                    <a href="https://asociacija.si/pravila">pravila društva</a> &amp; <a href="#vrh">na vrh</a>.</p>

                  <p>Lep pozdrav,</p>
                  <p style="color: #555555;">Asociacija — Društvo Asociacija, Metelkova 6, 1000 Ljubljana<br/>
                    <a href="https://asociacija.si">https://asociacija.si</a></p>
                </body>
                </html>
                """;

        assertThat(PlainText.of(html)).isEqualTo("""
                Pozdravljeni, Živa Čeh,

                vabimo vas na skupščino Asociacije Redna skupščina.

                Kdaj: 20. 3. 2027 ob 17:00
                Kje: Metelkova 6, Ljubljana

                Dnevni red:

                - 1. Letno poročilo
                - 2. Volitve v upravni odbor

                Vaša osebna povezava do skupščine:
                https://asociacija.si/assembly/abc
                Povezava je namenjena samo vam.

                Prva vrstica odgovora.
                Druga vrstica odgovora.

                Pišite nam na info@asociacija.si ali preberite pravila društva <https://asociacija.si/pravila> & na vrh.

                Lep pozdrav,

                Asociacija — Društvo Asociacija, Metelkova 6, 1000 Ljubljana
                https://asociacija.si""");
    }
}
