package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.Connector;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The X stand-in's answers in the shapes X documents, so the real X connector reads them as it reads X's: errors as
 * RFC 7807 problems ({@code title}, {@code detail}, {@code type}, {@code status}; a refused parameter in
 * {@code errors}: https://docs.x.com/x-api/fundamentals/response-codes-and-errors), and the counts X would show,
 * derived from a post's id or the day, so the demo's figures are plausible and the same on every read.
 */
final class XAnswers {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The day the demo accounts' follower counts start growing from. */
    private static final long FIRST_DAY = LocalDate.of(2026, 1, 1).toEpochDay();

    /** A refusal thrown by a handler and answered by the stand-in's exception handler as it is. */
    static final class Refusal extends RuntimeException {

        private final transient ResponseEntity<ObjectNode> answer;

        Refusal(ResponseEntity<ObjectNode> answer) {
            super(answer.getStatusCode().toString(), null, false, false);
            this.answer = answer;
        }

        ResponseEntity<ObjectNode> answer() {
            return answer;
        }
    }

    private XAnswers() {
    }

    /** The demo account the bearer token signs as; X's 401 problem for a missing or unknown token. */
    static DemoAccount signedIn(String authorization) {
        return DemoAccount.signedIn(Connector.X, authorization).orElseThrow(() -> new Refusal(
                problem(HttpStatus.UNAUTHORIZED, "Unauthorized", "Unauthorized", "about:blank")));
    }

    static ResponseEntity<ObjectNode> ok(ObjectNode body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    static ResponseEntity<ObjectNode> created(ObjectNode body) {
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** {@code {"data": data}}, X's envelope of every answer. */
    static ObjectNode data(ObjectNode data) {
        ObjectNode body = JSON.objectNode();
        body.set("data", data);
        return body;
    }

    /** X's 400 for a request it cannot take: which parameter, and why, in {@code errors}. */
    static Refusal invalid(String parameter, String value, String message) {
        ResponseEntity<ObjectNode> answer = problem(HttpStatus.BAD_REQUEST, "Invalid Request",
                "One or more parameters to your request was invalid.",
                "https://api.twitter.com/2/problems/invalid-request");
        ObjectNode error = answer.getBody().putArray("errors").addObject();
        error.putObject("parameters").putArray(parameter).add(value == null ? "" : value);
        error.put("message", message);
        return new Refusal(answer);
    }

    /** X's 403: the account may not do this (delete another's post, mute for another account). */
    static Refusal forbidden(String detail) {
        return new Refusal(problem(HttpStatus.FORBIDDEN, "Forbidden", detail, "about:blank"));
    }

    static ResponseEntity<ObjectNode> problem(HttpStatus status, String title, String detail, String type) {
        ObjectNode body = JSON.objectNode();
        body.put("title", title);
        body.put("detail", detail);
        body.put("type", type);
        body.put("status", status.value());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /**
     * A post's {@code public_metrics} after its first day: impressions from its id, the rest as shares of them (a few
     * percent like, fewer repost, reply or bookmark), so a post's figures are the same on every read.
     */
    static ObjectNode publicMetrics(String postId) {
        long seed = Math.floorMod(postId.hashCode() * 2_654_435_761L, 1_000_003L);
        long impressions = 600 + seed % 2_400;
        long likes = impressions * (2 + seed % 5) / 100;
        long reposts = likes / 7 + seed % 3;
        ObjectNode metrics = JSON.objectNode();
        metrics.put("retweet_count", reposts);
        metrics.put("reply_count", likes / 9 + 1);
        metrics.put("like_count", likes);
        metrics.put("quote_count", reposts / 3);
        metrics.put("bookmark_count", likes / 11);
        metrics.put("impression_count", impressions);
        return metrics;
    }

    /**
     * The account's followers on a day: a base from its id, a few more each day of the demo's year and a small wobble
     * from the date, so a daily snapshot grows plausibly and two reads on a day agree.
     */
    static long followers(DemoAccount account, LocalDate day) {
        long days = Math.max(0, day.toEpochDay() - FIRST_DAY);
        return 12_000 + Math.floorMod(account.accountId().hashCode(), 3_000) + days * 7
                + Math.floorMod(day.toEpochDay() * 31, 11);
    }

    /** The id of the person who wrote a post the stand-in did not receive (a demo interaction's), from its id. */
    static String authorOf(String postId) {
        return Long.toString(1_600_000_000_000_000_000L + Math.floorMod(postId.hashCode(), 1_000_000_000));
    }
}
