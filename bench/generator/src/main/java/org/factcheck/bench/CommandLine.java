package org.factcheck.bench;

import java.util.HashMap;
import java.util.Map;

/** The bench tools' options: {@code --name value} pairs over defaults; any other name is refused. */
final class CommandLine {

    private CommandLine() {
    }

    static Map<String, String> parse(Map<String, String> defaults, String... args) {
        Map<String, String> options = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i += 2) {
            if (!defaults.containsKey(args[i]) || i + 1 == args.length) {
                throw new IllegalArgumentException("unknown option, or an option without a value: " + args[i]
                        + " (options: " + String.join(", ", defaults.keySet()) + ")");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
