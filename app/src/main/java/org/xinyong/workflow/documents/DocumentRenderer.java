package org.xinyong.workflow.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.extend.FSSupplier;

/**
 * The one document renderer: a formal document is a Thymeleaf template rendered to printable HTML (stored with the
 * case as the document of record) and, on demand, to PDF with an embedded Chinese font.
 */
@Component
public class DocumentRenderer {

    /** Formal documents are issued in Chinese whatever the reader's UI language. */
    private static final Locale DOCUMENT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    static final String FONT_FAMILY = "Noto Sans SC";

    private final ITemplateEngine templates;
    private final DocumentProperties properties;

    public DocumentRenderer(ITemplateEngine templates, DocumentProperties properties) {
        this.templates = templates;
        this.properties = properties;
    }

    public String renderHtml(DocumentKind kind, Map<String, Object> model) {
        Context context = new Context(DOCUMENT_LOCALE, model);
        context.setVariable("documentTitle", kind.title());
        context.setVariable("documentKind", kind.name());
        context.setVariable("sentences", Sentences.INSTANCE);
        return withoutGaps(templates.process(kind.template(), context));
    }

    /** The rendered page with no template line break left as a space inside Chinese text ({@link Sentences}). */
    static String withoutGaps(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        Sentences.closeGaps(page);
        return page.outerHtml();
    }

    public byte[] renderPdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font("Regular"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(font("Bold"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
    }

    private FSSupplier<InputStream> font(String weight) {
        Path configured = configuredFont(weight);
        if (configured != null) {
            return () -> open(configured);
        }
        ClassPathResource bundled = new ClassPathResource("fonts/NotoSansSC-" + weight + "-GB2312.ttf");
        return () -> {
            try {
                return bundled.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private Path configuredFont(String weight) {
        if (properties.fontDirectory() == null || properties.fontDirectory().isBlank()) {
            return null;
        }
        try (Stream<Path> files = Files.list(Path.of(properties.fontDirectory()))) {
            List<Path> matches = files.filter(f -> f.getFileName().toString().contains("-" + weight))
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf)"))
                    .sorted().toList();
            return matches.isEmpty() ? null : matches.get(0);
        } catch (IOException e) {
            return null;
        }
    }

    private static InputStream open(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
