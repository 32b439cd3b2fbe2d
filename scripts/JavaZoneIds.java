// Writes what Java 17's TimeZone knows about zone ids, as JSON, for the linter's time-zone checks.
// Run through scripts/generate-java-zone-ids.sh; the output is committed, so tests need no Java.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

public class JavaZoneIds {
    // Winter and summer in the northern hemisphere, and the instant the date-pattern examples use.
    private static final String[] SAMPLE_INSTANTS = {
        "2024-01-15T12:00:00Z", "2024-07-15T12:00:00Z", "2017-08-31T02:19:29.123Z",
    };
    // Ids whose answers the TypeScript tests compare with javaZone(): daylight saving in both hemispheres,
    // half- and quarter-hour offsets, Java's special short ids, custom ids and ids Java does not know.
    private static final String[] SAMPLE_IDS = {
        "America/Los_Angeles", "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
        "America/Anchorage", "Pacific/Honolulu", "America/Sao_Paulo", "America/Santiago", "America/St_Johns",
        "Europe/London", "Europe/Dublin", "Europe/Berlin", "Europe/Moscow", "Africa/Casablanca",
        "Asia/Kolkata", "Asia/Kathmandu", "Asia/Tehran", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney",
        "Australia/Adelaide", "Pacific/Chatham", "US/Pacific", "Etc/GMT+5", "GMT", "UTC", "CET",
        "EST", "MST", "HST", "PST", "CST", "IST", "BST", "AST",
        "GMT-8", "GMT+0530", "GMT+5:30", "GMT-08:00", "GMT-0", "GMT+24", "gmt", "UTC+8", "-6:00", "Bogus/Zone",
    };

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: java JavaZoneIds.java <output.json>");
        }
        String[] ids = TimeZone.getAvailableIDs();

        // Display names repeat across ids, so each distinct set is stored once and ids point to it.
        Map<String, Integer> nameSetIndex = new LinkedHashMap<>();
        List<String> nameSets = new ArrayList<>();
        List<Integer> nameIndex = new ArrayList<>();
        for (String id : ids) {
            String set = json(names(TimeZone.getTimeZone(id)));
            Integer index = nameSetIndex.get(set);
            if (index == null) {
                index = nameSets.size();
                nameSetIndex.put(set, index);
                nameSets.add(set);
            }
            nameIndex.add(index);
        }

        Map<String, String> shortIds = new TreeMap<>(ZoneId.SHORT_IDS);
        Map<String, Integer> fixedOffsets = new TreeMap<>();
        for (String shortId : shortIds.keySet()) {
            TimeZone zone = TimeZone.getTimeZone(shortId);
            if (ZoneId.of(shortId, ZoneId.SHORT_IDS) instanceof ZoneOffset && !zone.useDaylightTime()) {
                fixedOffsets.put(shortId, zone.getRawOffset() / 60000);
            }
        }

        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"generatedBy\": \"scripts/generate-java-zone-ids.sh\",\n");
        out.append("  \"javaVersion\": ").append(json(System.getProperty("java.runtime.version"))).append(",\n");
        out.append("  \"tzdbVersion\": ").append(json(ZoneRulesProvider.getVersions("UTC").lastKey())).append(",\n");
        out.append("  \"ids\": [\n");
        for (int i = 0; i < ids.length; i++) {
            out.append("    ").append(json(ids[i])).append(i + 1 < ids.length ? ",\n" : "\n");
        }
        out.append("  ],\n");
        out.append("  \"names\": [\n");
        for (int i = 0; i < nameSets.size(); i++) {
            out.append("    ").append(nameSets.get(i)).append(i + 1 < nameSets.size() ? ",\n" : "\n");
        }
        out.append("  ],\n");
        out.append("  \"nameIndex\": [");
        for (int i = 0; i < nameIndex.size(); i++) {
            out.append(i % 25 == 0 ? "\n    " : " ").append(nameIndex.get(i)).append(i + 1 < nameIndex.size() ? "," : "\n");
        }
        out.append("  ],\n");
        out.append("  \"shortIds\": ").append(jsonObject(shortIds)).append(",\n");
        out.append("  \"fixedOffsetMinutes\": ").append(jsonObject(fixedOffsets)).append(",\n");
        out.append("  \"samples\": {\n");
        out.append("    \"instants\": ").append(json(SAMPLE_INSTANTS)).append(",\n");
        out.append("    \"zones\": [\n");
        for (int i = 0; i < SAMPLE_IDS.length; i++) {
            out.append("      ").append(sample(SAMPLE_IDS[i])).append(i + 1 < SAMPLE_IDS.length ? ",\n" : "\n");
        }
        out.append("    ]\n");
        out.append("  }\n");
        out.append("}\n");
        Files.writeString(Path.of(args[0]), out.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + ids.length + " ids, " + nameSets.size() + " name sets to " + args[0]);
    }

    private static String[] names(TimeZone zone) {
        return new String[] {
            zone.getDisplayName(false, TimeZone.SHORT, Locale.US),
            zone.getDisplayName(true, TimeZone.SHORT, Locale.US),
            zone.getDisplayName(false, TimeZone.LONG, Locale.US),
            zone.getDisplayName(true, TimeZone.LONG, Locale.US),
        };
    }

    // What java.text.SimpleDateFormat would use at each sample instant: offset, daylight flag, z and zzzz.
    private static String sample(String id) {
        TimeZone zone = TimeZone.getTimeZone(id);
        StringBuilder at = new StringBuilder("[");
        for (int i = 0; i < SAMPLE_INSTANTS.length; i++) {
            long millis = Instant.parse(SAMPLE_INSTANTS[i]).toEpochMilli();
            boolean daylight = zone.inDaylightTime(new Date(millis));
            at.append(i == 0 ? "" : ", ").append("[")
                .append(zone.getOffset(millis) / 60000).append(", ")
                .append(daylight).append(", ")
                .append(json(zone.getDisplayName(daylight, TimeZone.SHORT, Locale.US))).append(", ")
                .append(json(zone.getDisplayName(daylight, TimeZone.LONG, Locale.US))).append("]");
        }
        return "{\"id\": " + json(id) + ", \"javaId\": " + json(zone.getID())
            + ", \"rawOffsetMinutes\": " + zone.getRawOffset() / 60000 + ", \"at\": " + at + "]}";
    }

    private static String json(String[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(json(values[i]));
        }
        return out.append("]").toString();
    }

    private static String jsonObject(Map<String, ?> map) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            out.append(first ? "" : ", ").append(json(entry.getKey())).append(": ");
            Object value = entry.getValue();
            out.append(value instanceof String ? json((String) value) : String.valueOf(value));
            first = false;
        }
        return out.append("}").toString();
    }

    // Non-ASCII as \\u escapes, so the file does not depend on the platform's default encoding.
    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
