package dev.jobpostlint.rules;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@link YamlNode} trees in a compact binary form that reads back without a YAML parser, from a heap buffer. */
final class CompactYaml {

    private static final int NONE = 0;
    private static final int SCALAR = 1;
    private static final int SEQUENCE = 2;
    private static final int MAPPING = 3;

    private CompactYaml() {
    }

    /** Writes a tree; null (a file without content) too. */
    static void write(DataOutputStream out, YamlNode node) throws IOException {
        if (node == null) {
            out.writeByte(NONE);
            return;
        }
        if (node instanceof YamlNode.Scalar s) {
            out.writeByte(SCALAR);
            out.writeInt(s.line());
            writeString(out, s.value());
        } else if (node instanceof YamlNode.Sequence s) {
            out.writeByte(SEQUENCE);
            out.writeInt(s.line());
            out.writeInt(s.items().size());
            for (YamlNode item : s.items()) {
                write(out, item);
            }
        } else {
            YamlNode.Mapping m = (YamlNode.Mapping) node;
            out.writeByte(MAPPING);
            out.writeInt(m.line());
            out.writeInt(m.entries().size());
            for (YamlNode.Entry e : m.entries()) {
                write(out, e.key());
                write(out, e.value());
            }
        }
    }

    static YamlNode read(ByteBuffer in) throws IOException {
        int kind = in.get();
        if (kind == NONE) {
            return null;
        }
        int line = in.getInt();
        return switch (kind) {
            case SCALAR -> new YamlNode.Scalar(readString(in), line);
            case SEQUENCE -> new YamlNode.Sequence(readItems(in), line);
            case MAPPING -> new YamlNode.Mapping(readEntries(in), line);
            default -> throw new IOException("unknown node kind " + kind);
        };
    }

    private static List<YamlNode> readItems(ByteBuffer in) throws IOException {
        int size = in.getInt();
        List<YamlNode> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(read(in));
        }
        return items;
    }

    private static List<YamlNode.Entry> readEntries(ByteBuffer in) throws IOException {
        int size = in.getInt();
        List<YamlNode.Entry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entries.add(new YamlNode.Entry(read(in), read(in)));
        }
        return entries;
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
