package io.planscreen.extraction;

/** Adds a program from its YAML definition without a release: validated, stored as a new version. */
public interface ProgramUploads {

    /**
     * Validates the YAML and stores it as a new version (the same content as the latest version changes
     * nothing). An invalid definition is refused with the list of what is wrong (problem
     * {@code extraction.program_invalid}).
     *
     * @param source where it came from ("admin"; "classpath" for the shipped programs)
     * @return the version in force afterwards
     */
    ProgramDefinition upload(String yaml, String source, String createdBy);
}
