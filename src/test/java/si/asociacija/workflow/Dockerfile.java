package si.asociacija.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dockerfile as its instructions: continued lines joined, comments left out. */
record Dockerfile(List<Instruction> instructions) {

    record Instruction(String keyword, String args) {
    }

    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S*)");

    static Dockerfile read(Path file) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                    continue;
                }
                current.append(trimmed.endsWith("\\") ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
                if (!trimmed.endsWith("\\")) {
                    String text = current.toString().strip();
                    int space = text.indexOf(' ');
                    instructions.add(new Instruction(text.substring(0, space).toUpperCase(Locale.ROOT), text.substring(space + 1).strip()));
                    current.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Dockerfile(instructions);
    }

    /** The arguments of every instruction with this keyword, in order. */
    List<String> args(String keyword) {
        return instructions.stream().filter(instruction -> instruction.keyword().equals(keyword)).map(Instruction::args).toList();
    }

    /** The instructions of the last stage: what the image runs. */
    List<Instruction> finalStage() {
        return instructions.subList(lastIndexOf(instructions, "FROM"), instructions.size());
    }

    /** The variables set by ENV instructions ({@code ENV NAME=value ...}). */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String args : args("ENV")) {
            Matcher pair = ENV_PAIR.matcher(args);
            while (pair.find()) {
                env.put(pair.group(1), pair.group(2).replace("\"", ""));
            }
        }
        return env;
    }

    static int lastIndexOf(List<Instruction> instructions, String keyword) {
        for (int i = instructions.size() - 1; i >= 0; i--) {
            if (instructions.get(i).keyword().equals(keyword)) {
                return i;
            }
        }
        return -1;
    }
}
