package io.engineroom.base;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Seals an entity's secret column on write and opens it on read ({@link SecretBox}), for
 * {@code @Convert(converter = SealedSecret.class)} on each secret attribute. A legacy plain-text value reads as it
 * is (and is sealed at the next start, see {@link SealedColumns}).
 *
 * <p>Hibernate makes it through Spring, which hands it the box. The box is looked up at the first value rather than
 * at construction, so a JPA slice test without the box still starts, as long as it stores no secret.
 */
@Converter(autoApply = false)
public class SealedSecret implements AttributeConverter<String, String> {

    private final ObjectProvider<SecretBox> box;

    public SealedSecret(ObjectProvider<SecretBox> box) {
        this.box = box;
    }

    @Override
    public String convertToDatabaseColumn(String secret) {
        return secret == null ? null : box().seal(secret);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : box().open(stored);
    }

    private SecretBox box() {
        SecretBox found = box.getIfAvailable();
        if (found == null) {
            throw new IllegalStateException("No SecretBox in this application context: secrets cannot be stored");
        }
        return found;
    }
}
