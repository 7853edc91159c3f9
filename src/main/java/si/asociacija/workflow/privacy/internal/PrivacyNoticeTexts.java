package si.asociacija.workflow.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import si.asociacija.workflow.privacy.PrivacyNotice;
import si.asociacija.workflow.shared.Texts;

/**
 * The notice from the message files ({@code privacy.notice}); its version is the first 16 hexadecimal digits
 * of the SHA-256 of the Slovene and the English text, and each version is stored once, at the first start
 * that shows it, so that the words behind a recorded consent can always be read.
 */
@Service
class PrivacyNoticeTexts implements PrivacyNotice, SmartInitializingSingleton {

    private final Texts texts;
    private final JdbcTemplate jdbc;
    private final String version;

    PrivacyNoticeTexts(Texts texts, JdbcTemplate jdbc) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.version = versionOf(text("sl"), text("en"));
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String text(String language) {
        return texts.text("privacy.notice", language);
    }

    /** Keeps this version's words once the database is migrated, before any request (another node may have done it first). */
    @Override
    public void afterSingletonsInstantiated() {
        if (jdbc.queryForObject("select count(*) from privacy_notice where version = ?", Long.class, version) > 0) {
            return;
        }
        try {
            jdbc.update("insert into privacy_notice (version, text_sl, text_en, first_used_at) values (?, ?, ?, ?)", version,
                    text("sl"), text("en"), Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException storedMeanwhile) {
            // another node started with the same words
        }
    }

    static String versionOf(String sl, String en) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(sl.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(en.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
