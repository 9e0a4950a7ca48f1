package io.engineroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sealing secrets at rest with AES-256-GCM: what comes back, what is refused, and what the errors tell. */
class SecretBoxTest {

    static final SecretBox.Key OLD = SecretBox.Key.parse("old:" + key(1), "old");
    static final SecretBox.Key NEW = SecretBox.Key.parse("new:" + key(2), "new");

    static String key(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aSealedSecretOpensToTheSameTextAndShowsNothingOfIt() {
        SecretBox box = new SecretBox(NEW, List.of());
        String sealed = box.seal("mastodon-token-ünïcode");

        assertThat(sealed).startsWith("enc:new:").doesNotContain("mastodon");
        assertThat(box.open(sealed)).isEqualTo("mastodon-token-ünïcode");
        assertThat(box.seal(null)).isNull();
        assertThat(box.open(null)).isNull();
    }

    @Test
    void theSameSecretIsSealedDifferentlyEachTimeForEachHasItsOwnIv() {
        SecretBox box = new SecretBox(NEW, List.of());
        String first = box.seal("same");
        String second = box.seal("same");

        assertThat(first).isNotEqualTo(second);
        byte[] firstIv = java.util.Arrays.copyOf(Base64.getUrlDecoder().decode(first.substring(8)), 12);
        byte[] secondIv = java.util.Arrays.copyOf(Base64.getUrlDecoder().decode(second.substring(8)), 12);
        assertThat(firstIv).isNotEqualTo(secondIv);
    }

    @Test
    void aChangedValueIsRefusedRatherThanOpenedToSomethingElse() {
        SecretBox box = new SecretBox(NEW, List.of());
        String sealed = box.seal("a secret");
        byte[] data = Base64.getUrlDecoder().decode(sealed.substring("enc:new:".length()));
        data[data.length - 20] ^= 1;
        String tampered = "enc:new:" + Base64.getUrlEncoder().withoutPadding().encodeToString(data);

        assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(SecretBox.CannotOpen.class)
                .hasMessageContaining("'new'").hasMessageContaining("was changed");
        assertThatThrownBy(() -> box.open("enc:new:@@@")).isInstanceOf(SecretBox.CannotOpen.class)
                .hasMessageContaining("not base64url");
        assertThatThrownBy(() -> box.open("enc:new:AAAA")).isInstanceOf(SecretBox.CannotOpen.class)
                .hasMessageContaining("too short");
    }

    @Test
    void aValueRelabelledWithAnotherKeyIdOfTheSameKeyDoesNotOpen() {
        SecretBox.Key sameBytes = SecretBox.Key.parse("alias:" + key(2), "alias");
        SecretBox box = new SecretBox(NEW, List.of(sameBytes));
        String relabelled = box.seal("a secret").replace("enc:new:", "enc:alias:");

        assertThatThrownBy(() -> box.open(relabelled)).isInstanceOf(SecretBox.CannotOpen.class)
                .hasMessageContaining("'alias'");
    }

    @Test
    void aValueSealedWithAnUnknownKeyNamesThatKeyIdAndNeverTheValue() {
        String sealed = new SecretBox(OLD, List.of()).seal("the-token-itself");
        SecretBox box = new SecretBox(NEW, List.of());

        assertThatThrownBy(() -> box.open(sealed)).isInstanceOf(SecretBox.CannotOpen.class)
                .hasMessageContaining("key id 'old'").hasMessageContaining("ENGINEROOM_SECRET_KEYS_PREVIOUS")
                .message().doesNotContain("the-token-itself").doesNotContain(sealed.substring(8));
    }

    @Test
    void afterARotationThePreviousKeyStillOpensOldValuesWhichAreDueToBeSealedAgain() {
        String old = new SecretBox(OLD, List.of()).seal("refresh-token");
        SecretBox rotated = new SecretBox(NEW, List.of(OLD));

        assertThat(rotated.open(old)).isEqualTo("refresh-token");
        assertThat(rotated.needsSealing(old)).isTrue();
        assertThat(rotated.needsSealing(rotated.seal("refresh-token"))).isFalse();
        assertThat(rotated.seal("x")).startsWith("enc:new:");
    }

    @Test
    void aLegacyPlainValueReadsAsItIsAndIsDueToBeSealed() {
        SecretBox box = new SecretBox(NEW, List.of());

        assertThat(box.open("erw_plain-secret")).isEqualTo("erw_plain-secret");
        assertThat(box.needsSealing("erw_plain-secret")).isTrue();
        assertThat(box.needsSealing(null)).isFalse();
    }

    @Test
    void aKeyWithoutAnIdIsNamedByItsDigestSoTheSameKeyKeepsItsId() {
        SecretBox.Key first = SecretBox.Key.parse(key(3), "ENGINEROOM_SECRET_KEY");
        SecretBox.Key again = SecretBox.Key.parse(" " + key(3) + "\n", "ENGINEROOM_SECRET_KEY");

        assertThat(first.id()).matches("[0-9a-f]{8}").isEqualTo(again.id());
        assertThat(first.toString()).doesNotContain(key(3));
        assertThat(SecretBox.Key.parse(Base64.getUrlEncoder().encodeToString(new byte[32]), "url-safe").bytes())
                .hasSize(32);
    }

    @Test
    void aBadKeyIsRefusedWithAMessageNamingTheSettingAndNotTheKey() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> SecretBox.Key.parse(short16, "ENGINEROOM_SECRET_KEY"))
                .hasMessage("ENGINEROOM_SECRET_KEY is 16 bytes, an AES-256 key is 32 (make one with "
                        + "`openssl rand -base64 32`)");
        assertThatThrownBy(() -> SecretBox.Key.parse("not base64 at all!", "ENGINEROOM_SECRET_KEY"))
                .hasMessageStartingWith("ENGINEROOM_SECRET_KEY is not base64 of 32 bytes")
                .message().doesNotContain("not base64 at all!");
        assertThatThrownBy(() -> SecretBox.Key.parse("bad id:" + key(1), "ENGINEROOM_SECRET_KEY"))
                .hasMessageContaining("ENGINEROOM_SECRET_KEY: A secret key id is 1 to 32 letters");
        assertThatThrownBy(() -> new SecretBox(NEW, List.of(SecretBox.Key.parse("new:" + key(4), "previous"))))
                .hasMessageContaining("Two different secret keys have the id 'new'");
    }
}
