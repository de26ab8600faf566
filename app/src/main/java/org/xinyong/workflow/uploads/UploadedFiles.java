package org.xinyong.workflow.uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.errors.ErrorCode;
import org.xinyong.workflow.errors.InvalidRequestException;

/**
 * Applicants' uploads: PDF, JPEG or PNG by content, at most {@code xinyong.uploads.max-file-size} each. A file is
 * stored in the caller's transaction, so it is kept exactly when the step that brought it is.
 */
@Service
public class UploadedFiles {

    private final JdbcClient jdbc;
    private final UploadProperties properties;
    private final BusinessClock clock;

    public UploadedFiles(JdbcClient jdbc, UploadProperties properties, BusinessClock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks every file before any is stored, so a bad one refuses the whole request. */
    public void check(List<MultipartFile> files) {
        files.forEach(this::check);
    }

    public FileType check(MultipartFile file) {
        if (file.isEmpty()) {
            throw new InvalidRequestException("upload.empty", name(file));
        }
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw new UploadRejectedException(ErrorCode.PAYLOAD_TOO_LARGE, "upload.tooLarge", name(file),
                    properties.maxFileSize().toMegabytes());
        }
        return FileType.detect(bytes(file)).orElseThrow(() -> new UploadRejectedException(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, "upload.type", name(file)));
    }

    public UploadedFile store(String ownerType, String ownerId, String purpose, MultipartFile file, String uploadedBy) {
        FileType type = check(file);
        byte[] content = bytes(file);
        var now = clock.now();
        KeyHolder key = new GeneratedKeyHolder();
        String sha256 = sha256(content);
        jdbc.sql("""
                insert into uploaded_file (owner_type, owner_id, purpose, filename, content_type, size_bytes, sha256,
                    content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(ownerType, ownerId, purpose, name(file), type.mediaType(), (long) content.length, sha256,
                        content, uploadedBy, Timestamp.from(now))
                .update(key, "id");
        return new UploadedFile(key.getKey().longValue(), ownerType, ownerId, purpose, name(file), type.mediaType(),
                content.length, sha256, uploadedBy, now);
    }

    public List<UploadedFile> of(String ownerType, String ownerId) {
        return jdbc.sql("select " + COLUMNS + " from uploaded_file where owner_type = ? and owner_id = ? order by id")
                .params(ownerType, ownerId).query(UploadedFiles::map).list();
    }

    public Optional<UploadedFile> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from uploaded_file where id = ?").param(id)
                .query(UploadedFiles::map).optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from uploaded_file where id = ?").param(id)
                .query((rs, row) -> rs.getBytes(1)).single();
    }

    private static final String COLUMNS = "id, owner_type, owner_id, purpose, filename, content_type, size_bytes, "
            + "sha256, uploaded_by, uploaded_at";

    private static UploadedFile map(ResultSet rs, int row) throws SQLException {
        return new UploadedFile(rs.getLong("id"), rs.getString("owner_type"), rs.getString("owner_id"),
                rs.getString("purpose"), rs.getString("filename"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "file";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
