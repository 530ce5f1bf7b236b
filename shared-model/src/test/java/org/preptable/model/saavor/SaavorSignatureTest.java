package org.preptable.model.saavor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SaavorSignatureTest {

    private static final String SECRET = "s3cret";
    private static final byte[] BODY = "{\"event_id\":\"evt_1\",\"type\":\"order.created\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsWithLowercaseHexAfterThePrefix() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the well-known test vector
        assertThat(SaavorSignature.sign("key", "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void acceptsThePrefixedAndTheBareForm() {
        String header = SaavorSignature.sign(SECRET, BODY);
        String hex = header.substring("sha256=".length());
        assertThat(SaavorSignature.verify(SECRET, BODY, header)).isTrue();
        assertThat(SaavorSignature.verify(SECRET, BODY, hex)).isTrue();
        assertThat(SaavorSignature.verify(SECRET, BODY, " SHA256=" + hex.toUpperCase() + " ")).isTrue();
    }

    @Test
    void rejectsAChangedBodyAWrongSecretAndGarbage() {
        String header = SaavorSignature.sign(SECRET, BODY);
        byte[] changed = BODY.clone();
        changed[changed.length - 2] ^= 1;
        assertThat(SaavorSignature.verify(SECRET, changed, header)).isFalse();
        assertThat(SaavorSignature.verify("other", BODY, header)).isFalse();
        assertThat(SaavorSignature.verify(SECRET, BODY, "sha256=not-hex-at-all")).isFalse();
        assertThat(SaavorSignature.verify(SECRET, BODY, "sha256=")).isFalse();
        assertThat(SaavorSignature.verify(SECRET, BODY, "")).isFalse();
        assertThat(SaavorSignature.verify(SECRET, BODY, null)).isFalse();
        assertThat(SaavorSignature.verify(SECRET, BODY, header.substring(0, header.length() - 2))).as("truncated").isFalse();
        assertThat(SaavorSignature.verify(SECRET, BODY, "sha1=" + header.substring(7))).isFalse();
    }
}
