package io.planscreen.ml.reuse;

/** Another company's plan whose whole-plan signature resembles the query's ({@link PlanSignature}). */
public record PlanMatch(String otherPlan, String otherCompany, double similarity) {}
