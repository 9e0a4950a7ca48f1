package io.engineroom.notification.mail;

/** A file an e-mailed notice carries. */
public record MailAttachment(String fileName, String contentType, byte[] content) {
}
