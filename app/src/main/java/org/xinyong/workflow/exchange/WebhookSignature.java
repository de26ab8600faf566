package org.xinyong.workflow.exchange;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API.md {@code POST /subscriptions}: each delivery carries {@code X-Xinyong-Signature: sha256=<hex HMAC-SHA256 of
 * the body>} keyed with the subscription's secret (RFC 2104), so the receiver can tell it came from us unchanged.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Xinyong-Signature";
    static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header value for {@code body} signed with {@code secret} (UTF-8), lower-case hex. */
    public static String of(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", impossible);
        }
    }
}
