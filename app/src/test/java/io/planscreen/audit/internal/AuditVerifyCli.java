package io.planscreen.audit.internal;

import picocli.CommandLine;

/** Runs {@code scripts/audit-verify}'s command in process for tests of other packages (it is package-private). */
public final class AuditVerifyCli {

    private AuditVerifyCli() {}

    public static int run(String... arguments) {
        return new CommandLine(new AuditVerifyCommand()).execute(arguments);
    }
}
