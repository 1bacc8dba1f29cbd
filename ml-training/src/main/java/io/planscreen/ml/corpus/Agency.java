package io.planscreen.ml.corpus;

/**
 * A broker agency (컨설팅사): its house style in each language, reused for every client.
 *
 * @param tailoring probability per section of adding facts the client supplied
 * @param paraphrase probability a boilerplate sentence is reworded for a client (synonyms)
 */
record Agency(String id, String name, Style ko, Style en, double tailoring, double paraphrase) {

    Style style(String language) {
        return language.equals("ko") ? ko : en;
    }
}
