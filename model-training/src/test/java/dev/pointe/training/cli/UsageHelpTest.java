package dev.pointe.training.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bug: command descriptions were hand-wrapped into array elements ("... and always", "the active and
 * ...") that picocli prints as separate lines and re-wraps, so --help broke sentences in the middle;
 * and a bare '%' ("95% intervals") made picocli print a WARN and show the raw text.
 */
class UsageHelpTest {

    /** picocli's default usage width: what {@code --help} prints at. */
    private static final int DEFAULT_WIDTH = 80;

    @Test
    void everyDescriptionElementIsAWholeParagraphOrAPreformattedLine() {
        List<String> problems = new ArrayList<>();
        for (CommandLine command : commands()) {
            CommandSpec spec = command.getCommandSpec();
            String name = spec.qualifiedName();
            check(name + " description", spec.usageMessage().description(), problems);
            check(name + " header", spec.usageMessage().header(), problems);
            check(name + " footer", spec.usageMessage().footer(), problems);
            for (ArgSpec arg : spec.args()) {
                String what = name + " " + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel());
                check(what, arg.description(), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Every element is one paragraph: no hard line break in it, ending a sentence (or a heading such as
     * "Examples:"); an element that starts with a space is a preformatted line (an example, a table row)
     * and is shorter than the default width, so picocli does not wrap it.
     */
    private static void check(String where, String[] description, List<String> problems) {
        for (String element : description) {
            if (element.contains("\n") || element.contains("\r") || element.contains("%n")) {
                problems.add(where + ": hard line break in '" + element + "'");
            }
            String shown;
            try {
                shown = String.format(Locale.ROOT, element);
            } catch (RuntimeException e) {
                problems.add(where + ": not a valid format string (escape % as %%): '" + element + "'");
                continue;
            }
            if (!shown.equals(element.replace("%%", "%"))) problems.add(where + ": format specifier in '" + element + "'");
            if (shown.isBlank()) continue;
            if (Character.isWhitespace(shown.charAt(0))) {
                if (shown.length() >= DEFAULT_WIDTH) { // picocli wraps a line that reaches the width
                    problems.add(where + ": preformatted line not shorter than " + DEFAULT_WIDTH + ": '" + shown + "'");
                }
            } else if (!shown.matches("(?s).*[.:!?)]")) {
                problems.add(where + ": paragraph ends mid-sentence: '" + shown + "'");
            }
        }
    }

    @Test
    void everyCommandsHelpRendersWithoutPicocliWarningsAndWrapsParagraphsOnlyAtTheWidth() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            for (int width : new int[]{DEFAULT_WIDTH, 100}) {
                for (CommandLine command : commands()) {
                    command.setUsageHelpWidth(width);
                    String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
                    problems.addAll(midSentenceBreaks(command.getCommandSpec(), usage, width));
                }
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(problems).isEmpty();
    }

    /**
     * In the rendered command description, a line that does not end a paragraph must have been wrapped
     * by picocli: the next word would not have fitted on it.
     */
    private static List<String> midSentenceBreaks(CommandSpec spec, String usage, int width) {
        List<String> problems = new ArrayList<>();
        String[] lines = usage.split("\\R");
        String first = spec.usageMessage().description().length == 0 ? null
                : String.format(Locale.ROOT, spec.usageMessage().description()[0]);
        int start = -1;
        for (int i = 0; i < lines.length && first != null; i++) {
            if (!first.isBlank() && first.startsWith(lines[i].strip()) && !lines[i].isBlank()) {
                start = i;
                break;
            }
        }
        if (start < 0) return problems;
        for (int i = start; i + 1 < lines.length; i++) {
            String line = lines[i];
            String next = lines[i + 1];
            if (next.startsWith("  -") || next.startsWith("      --")) break; // the options list begins
            if (line.isBlank() || next.isBlank() || Character.isWhitespace(line.charAt(0)) || line.matches(".*[.:!?)]")) {
                continue;
            }
            if (line.endsWith("-") || line.endsWith("/")) continue; // picocli also breaks after these
            String nextWord = next.strip().split(" ", 2)[0];
            // picocli keeps lines shorter than the width: a word that would end exactly at it wraps
            if (line.length() + 1 + nextWord.length() < width) {
                problems.add(spec.qualifiedName() + " at width " + width + ": line broken mid-sentence: '" + line + "'");
            }
        }
        return problems;
    }

    /** The root command and every subcommand, depth first. */
    private static List<CommandLine> commands() {
        List<CommandLine> all = new ArrayList<>();
        add(new CommandLine(new PointeCli()), all);
        return all;
    }

    private static void add(CommandLine command, List<CommandLine> all) {
        all.add(command);
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            // picocli's own 'help' command is not ours to check (its text holds %n on purpose)
            boolean ours = sub.getValue().getCommand().getClass().getPackageName().startsWith("dev.pointe");
            if (ours && sub.getKey().equals(sub.getValue().getCommandName())) add(sub.getValue(), all);
        }
    }
}
