package org.preptable.gateway.http;

import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV downloads (RFC 4180 via Commons CSV: CRLF line ends, fields with commas, quotes or line breaks quoted),
 * and the {@code ?format=json|csv} switch the export routes share.
 */
public final class Csv {

    public enum Format { JSON, CSV }

    private Csv() {
    }

    /** Reads {@code ?format=}: json (the default) or csv; anything else is a 400, as seed 002 promises. */
    public static Format format(RoutingContext ctx) {
        String raw = Params.query(ctx, "format").orElse("json");
        return switch (raw.toLowerCase()) {
            case "json" -> Format.JSON;
            case "csv" -> Format.CSV;
            default -> throw ApiError.badRequest("Unknown format '" + raw + "'; use format=json or format=csv");
        };
    }

    public static void send(RoutingContext ctx, String filename, List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing CSV to memory cannot fail", e);
        }
        ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .end(out.toString());
    }
}
