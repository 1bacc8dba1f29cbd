package io.planscreen.selfassessment.internal;

import dev.langchain4j.model.output.structured.Description;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import java.util.List;

/** The LangChain4j AI service that judges a plan's template criteria and advises on each (prompt v1). */
interface RubricReader {

    String PROMPT_PATH = "prompts/rubric/v1";

    @SystemMessage(fromResource = "/" + PROMPT_PATH + "/system.txt")
    @UserMessage(fromResource = "/" + PROMPT_PATH + "/user.txt")
    Result<Judgements> judge(@V("language") String language, @V("criteria") String criteria, @V("plan") String plan);

    @Description("One judgement per requested criterion")
    record Judgements(
            @Description("One entry per requested criterion")
            List<Judgement> criteria) {}

    @Description("How well one template section covers its criterion, and what to do about it")
    record Judgement(
            @Description("The criterion's key, exactly as listed in the request")
            String criterion,

            @Description("One of MISSING, THIN, GENERIC, SPECIFIC")
            String level,

            @Description("One to three concrete suggestions, each at most 200 characters, in the requested language")
            List<String> advice) {}
}
