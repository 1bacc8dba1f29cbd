package io.planscreen.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local OpenAI-compatible chat-completions server on 127.0.0.1 (random port) that answers from a
 * script and records every request, so tests drive the real LangChain4j client over HTTP.
 */
public final class ScriptedLlmServer implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public record Reply(int status, String body, long delayMillis) {}

    private final HttpServer server;

    private final Deque<Reply> script = new ArrayDeque<>();

    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    public ScriptedLlmServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(JSON.readTree(body));
            Reply reply;
            synchronized (script) {
                reply = script.size() > 1 ? script.poll() : script.peek();
            }
            if (reply == null) {
                reply = new Reply(500, "{\"error\":{\"message\":\"no script\"}}", 0);
            }
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(reply.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (IOException clientGone) {
                // the client timed out and closed the connection
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Replies in order; the last one repeats. */
    public ScriptedLlmServer reply(Reply... replies) {
        synchronized (script) {
            script.clear();
            script.addAll(List.of(replies));
        }
        return this;
    }

    public List<JsonNode> requests() {
        return requests;
    }

    /** A chat completion whose assistant message content is {@code content}. */
    public static Reply completion(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test");
        root.put("object", "chat.completion");
        root.put("created", 0);
        root.put("model", "scripted");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage")
                .put("prompt_tokens", 100)
                .put("completion_tokens", 20)
                .put("total_tokens", 120);
        return new Reply(200, JSON.writeValueAsString(root), 0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
