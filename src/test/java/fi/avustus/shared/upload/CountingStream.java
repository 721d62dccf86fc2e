package fi.avustus.shared.upload;

import java.io.InputStream;

/** An endless stream of zeros that counts what was read from it: an upload that never ends. */
final class CountingStream extends InputStream {

    long read;

    @Override
    public int read() {
        read++;
        return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        read += length;
        return length;
    }
}
