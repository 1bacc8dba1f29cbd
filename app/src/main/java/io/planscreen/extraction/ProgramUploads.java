package io.planscreen.extraction;

/** An admin adds a program from its YAML definition without a release: validated, stored as a new version. */
public interface ProgramUploads {

    /**
     * Validates the YAML and stores it as a new version (the same content as the latest version changes
     * nothing), audited as the admin's decision in the same transaction. An invalid definition is refused with
     * the list of what is wrong (problem {@code extraction.program_invalid}) and leaves neither.
     *
     * @return the version in force afterwards
     */
    ProgramDefinition upload(String yaml, String admin);
}
