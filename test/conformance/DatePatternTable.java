import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Records what java.text.SimpleDateFormat does with each pattern read from stdin (one per line), as
 * JSON on stdout: whether {@code new SimpleDateFormat(pattern, Locale.US)} accepts it, the exception
 * message if not, and otherwise the text it formats for a few fixed instants in a few zones. The
 * TypeScript engine's conformance test replays the table without needing Java.
 *
 * Run: java test/conformance/DatePatternTable.java < test/conformance/date-patterns.txt
 * (scripts/generate-date-pattern-table.sh does this). The output holds nothing that changes from
 * run to run, so regenerating an unchanged input gives the same file.
 *
 * This source is kept ASCII on purpose: stdin is read and stdout written as UTF-8, and every
 * non-ASCII character in the output is escaped, so the platform's default charset never matters.
 */
public class DatePatternTable {

    /** Winter and summer, both sides of a DST change, New-Year week-year edges, 5 and 123 ms, a negative epoch. */
    private static final String[] INSTANTS = {
        "1969-07-20T20:17:40Z",
        "1970-01-01T00:00:00Z",
        "2000-01-02T05:06:07.005Z",
        "2017-08-30T19:19:29.123Z",
        "2018-12-31T12:00:00Z",
        "2020-12-27T10:00:00Z",
        "2021-01-01T00:00:00.050Z",
        "2023-11-05T08:30:00Z",
        "2023-11-05T09:30:00Z",
        "2024-02-29T23:59:59.999Z",
        "2024-03-10T10:00:00Z",
        "2038-01-19T03:14:08Z",
    };

    private static final String[] ZONES = {
        "GMT", "UTC", "America/Los_Angeles", "Asia/Kolkata", "America/St_Johns", "EST", "PST",
    };

    public static void main(String[] args) throws Exception {
        List<String> patterns = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                patterns.add(line);
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(table(patterns));
        out.flush();
    }

    private static String table(List<String> patterns) {
        StringBuilder json = new StringBuilder();
        json.append("{\n");
        json.append("  \"generator\": \"test/conformance/DatePatternTable.java\",\n");
        json.append("  \"java\": ").append(quote(System.getProperty("java.specification.version"))).append(",\n");
        json.append("  \"locale\": \"en-US\",\n");
        json.append("  \"instants\": [\n");
        for (int i = 0; i < INSTANTS.length; i++) {
            json.append("    {\"iso\": ").append(quote(INSTANTS[i]))
                .append(", \"epochMillis\": ").append(Instant.parse(INSTANTS[i]).toEpochMilli()).append('}')
                .append(i + 1 < INSTANTS.length ? ",\n" : "\n");
        }
        json.append("  ],\n");
        json.append("  \"zones\": [");
        for (int i = 0; i < ZONES.length; i++) {
            json.append(i == 0 ? "" : ", ").append(quote(ZONES[i]));
        }
        json.append("],\n");
        json.append("  \"rows\": [\n");
        for (int p = 0; p < patterns.size(); p++) {
            json.append(row(patterns.get(p))).append(p + 1 < patterns.size() ? ",\n" : "\n");
        }
        json.append("  ]\n");
        json.append("}\n");
        return json.toString();
    }

    private static String row(String pattern) {
        StringBuilder json = new StringBuilder();
        json.append("    {\"pattern\": ").append(quote(pattern));
        SimpleDateFormat format;
        try {
            format = new SimpleDateFormat(pattern, Locale.US);
        } catch (IllegalArgumentException e) {
            return json.append(", \"accepted\": false, \"error\": ").append(quote(e.getMessage())).append('}').toString();
        }
        json.append(", \"accepted\": true, \"formatted\": {\n");
        for (int z = 0; z < ZONES.length; z++) {
            format.setTimeZone(TimeZone.getTimeZone(ZONES[z]));
            json.append("      ").append(quote(ZONES[z])).append(": [");
            for (int i = 0; i < INSTANTS.length; i++) {
                Date date = new Date(Instant.parse(INSTANTS[i]).toEpochMilli());
                json.append(i == 0 ? "" : ", ").append(quote(format.format(date)));
            }
            json.append(z + 1 < ZONES.length ? "],\n" : "]\n");
        }
        return json.append("    }}").toString();
    }

    /** A JSON string literal; anything outside printable ASCII is escaped. */
    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
