package si.asociacija.workflow.advocacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.identity.Groups;
import si.asociacija.workflow.shared.Tokens;

/**
 * The private links of staff calendars: a token per account (a new one replaces the old), kept only as its
 * SHA-256; a token opens the feed while its owner is still staff or an administrator.
 */
@Service
@Transactional
class CalendarTokens {

    private final CalendarTokenRepository tokens;
    private final IdentityService identity;

    CalendarTokens(CalendarTokenRepository tokens, IdentityService identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    /** A new token for the account, replacing the one it had; returned once, never stored as such. */
    String renew(String userId) {
        String token = Tokens.newToken();
        String hash = sha256(token);
        tokens.findById(userId).ifPresentOrElse(existing -> existing.replace(hash, AdvocacyCases.now()),
                () -> tokens.save(new CalendarToken(userId, hash, AdvocacyCases.now())));
        return token;
    }

    /** The account a token belongs to, when it is current and its owner may still read the deadlines. */
    @Transactional(readOnly = true)
    Optional<String> owner(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(sha256(token)).map(CalendarToken::getUserId).filter(this::mayRead);
    }

    private boolean mayRead(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .anyMatch(group -> Groups.STAFF.equals(group.getId()) || Groups.ADMIN.equals(group.getId()));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
