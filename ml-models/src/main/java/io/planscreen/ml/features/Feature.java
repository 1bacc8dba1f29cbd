package io.planscreen.ml.features;

/**
 * One input of the classifier, with the words a person reads when it is among the top reasons.
 *
 * @param ko Korean noun phrase, e.g. "다른 기업과 겹치는 문단 비율"
 * @param en English noun phrase, e.g. "share of paragraphs found in other companies' plans"
 */
public record Feature(String name, String group, String ko, String en) {}
