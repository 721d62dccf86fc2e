package fi.avustus.application;

/** The stored bytes of an attachment with the name and type to send them under. */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {

    public AttachmentDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
