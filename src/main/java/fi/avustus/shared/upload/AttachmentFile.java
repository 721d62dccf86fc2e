package fi.avustus.shared.upload;

/**
 * A file with the name and content type it is stored and sent under: what an upload proved to be
 * by {@link UploadRules}, and what a download sends back.
 */
public record AttachmentFile(String fileName, String contentType, byte[] content) {

    public AttachmentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public long size() {
        return content.length;
    }
}
