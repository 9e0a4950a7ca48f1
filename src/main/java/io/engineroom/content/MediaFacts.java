package io.engineroom.content;

import io.engineroom.brand.MediaFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What platforms' media rules look at in a stored file: an image's pixel size read by {@code javax.imageio} (the
 * header only, not the pixels; WebP, which the JDK cannot read, stays unknown), an MP4's length from its movie
 * header ({@code moov/mvhd}: time scale and duration, ISO/IEC 14496-12).
 */
final class MediaFacts {

    private MediaFacts() {
    }

    static MediaFile of(String name, String contentType, byte[] data) {
        if (contentType.startsWith("video/")) {
            return new MediaFile(name, contentType, data.length, null, null, mp4Seconds(data));
        }
        int[] size = imageSize(data);
        return new MediaFile(name, contentType, data.length, size == null ? null : size[0],
                size == null ? null : size[1], null);
    }

    /** Width and height from the image's header, or null when the JDK has no reader for it. */
    static int[] imageSize(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** The movie's length in seconds, or null when the file has no readable movie header. */
    static Double mp4Seconds(byte[] data) {
        ByteBuffer file = ByteBuffer.wrap(data);
        ByteBuffer moov = box(file, "moov");
        ByteBuffer mvhd = moov == null ? null : box(moov, "mvhd");
        if (mvhd == null || mvhd.remaining() < 20) {
            return null;
        }
        int version = mvhd.get(mvhd.position()) & 0xFF;
        int at = mvhd.position() + 4 + (version == 1 ? 16 : 8); // version and flags, then creation and change times
        if (mvhd.limit() < at + (version == 1 ? 12 : 8)) {
            return null;
        }
        long scale = Integer.toUnsignedLong(mvhd.getInt(at));
        long duration = version == 1 ? mvhd.getLong(at + 4) : Integer.toUnsignedLong(mvhd.getInt(at + 4));
        return scale == 0 || duration < 0 ? null : (double) duration / scale;
    }

    /** The content of the first child box of this type, or null. */
    private static ByteBuffer box(ByteBuffer parent, String type) {
        int at = parent.position();
        while (at + 8 <= parent.limit()) {
            long size = Integer.toUnsignedLong(parent.getInt(at));
            int header = 8;
            if (size == 1 && at + 16 <= parent.limit()) {
                size = parent.getLong(at + 8);
                header = 16;
            } else if (size == 0) {
                size = parent.limit() - at;
            }
            if (size < header || at + size > parent.limit()) {
                return null;
            }
            String name = new String(new byte[] {parent.get(at + 4), parent.get(at + 5), parent.get(at + 6),
                    parent.get(at + 7)}, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (name.equals(type)) {
                return parent.duplicate().position(at + header).limit((int) (at + size)).slice();
            }
            at += (int) size;
        }
        return null;
    }
}
