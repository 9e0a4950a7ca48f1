package io.engineroom.influencer;

/** A campaign's contract as it was attached. */
public record ContractFile(String fileName, String contentType, byte[] data) {
}
