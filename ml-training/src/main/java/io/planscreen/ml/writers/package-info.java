/**
 * The second, independent corpus generator (issue 16): broker agencies as writers with a house template, a house
 * machine and house habits, and companies writing their own plans, for the 2025 창업도약패키지 PSST form.
 *
 * <p>Written without reading the first generator's phrase pools or agency styles: the files Phrasebook,
 * SurfaceCues, SurfaceForms, SectionProse, FieldProse, Headings, Style, Styles, Agency, Reuse, PlanWriter,
 * PlanDraft, ProjectFacts, Industries, TechArea, Companies, Company, RegionShares, CorpusGenerator and DemoPlans
 * of {@code io.planscreen.ml.corpus} were not opened. Only the output types and writers were read (CorpusPlan,
 * CorpusJson, CorpusDocuments, DatasetCard, CorpusCommand); {@code Company}'s constructor signature was taken
 * from {@code javap} of the compiled class (types only), since CorpusPlan carries one. The vocabulary here is
 * this package's own Korean, modelled on the published program material (the plan form's sections, tables
 * and ※ guidance, the call's criteria), none of which is copied into the repository.
 */
@NullMarked
package io.planscreen.ml.writers;

import org.jspecify.annotations.NullMarked;
