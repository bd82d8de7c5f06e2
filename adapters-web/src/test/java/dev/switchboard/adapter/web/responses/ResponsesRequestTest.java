package dev.switchboard.adapter.web.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.shared.InvalidInputException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Responses API bodies read into neutral prompts: what is kept, what is dropped, what is refused. */
class ResponsesRequestTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private static ResponsesRequest read(String body) throws IOException {
        return ResponsesRequest.read(JSON.readValue(body, Argument.mapOf(String.class, Object.class)));
    }

    @Test
    void aStringInputIsOneUserTurnAfterTheInstructions() throws IOException {
        ChatPrompt prompt = read("{\"model\":\"m\",\"instructions\":\"Be brief.\",\"input\":\"Hi\"}").prompt();
        assertEquals(List.of(ChatMessage.text(Role.SYSTEM, "Be brief."), ChatMessage.text(Role.USER, "Hi")),
                prompt.messages());
        assertEquals(false, prompt.stream());
        assertNull(prompt.original(), "no channel speaks this format: every channel gets a translation");
    }

    @Test
    void itemsBecomeTurnsWithFunctionCallsJoinedToTheAssistantTurnBeforeThem() throws IOException {
        ChatPrompt prompt = read("{\"model\":\"m\",\"stream\":true,\"input\":["
                + "{\"type\":\"message\",\"role\":\"developer\",\"content\":[{\"type\":\"input_text\",\"text\":\"Rules\"}]},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Look\"},"
                + "{\"type\":\"input_image\",\"image_url\":\"data:image/png;base64,AAAA\",\"detail\":\"low\"}]},"
                + "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[],\"encrypted_content\":\"x\"},"
                + "{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"On it.\"}]},"
                + "{\"type\":\"function_call\",\"call_id\":\"c1\",\"name\":\"ls\",\"arguments\":\"{}\"},"
                + "{\"type\":\"function_call\",\"call_id\":\"c2\",\"name\":\"pwd\",\"arguments\":\"\"},"
                + "{\"type\":\"function_call_output\",\"call_id\":\"c1\",\"output\":\"a.txt\"},"
                + "{\"type\":\"function_call_output\",\"call_id\":\"c2\",\"output\":[{\"type\":\"input_text\",\"text\":\"/r\"}]},"
                + "{\"type\":\"item_reference\",\"id\":\"msg_0\"}]}").prompt();
        List<ChatMessage> turns = prompt.messages();
        assertEquals(List.of(Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.TOOL, Role.TOOL),
                turns.stream().map(ChatMessage::role).toList());
        assertEquals(new ContentPart.Image("data:image/png;base64,AAAA", "low"), turns.get(1).content().get(1));
        assertEquals("On it.", turns.get(2).text());
        assertEquals(List.of("ls", "pwd"), turns.get(2).toolCalls().stream().map(c -> c.name()).toList());
        assertEquals("{}", turns.get(2).toolCalls().get(1).arguments());
        assertEquals("c2", turns.get(4).toolCallId());
        assertEquals("/r", turns.get(4).text());
        assertTrue(prompt.stream());
    }

    @Test
    void keepsFunctionToolsOnlyAndEchoesThoseItKept() throws IOException {
        ResponsesRequest request = read("{\"model\":\"m\",\"input\":\"x\",\"tool_choice\":\"required\",\"tools\":["
                + "{\"type\":\"function\",\"name\":\"shell\",\"strict\":false,\"parameters\":{\"type\":\"object\"}},"
                + "{\"type\":\"custom\",\"name\":\"apply_patch\"},{\"type\":\"web_search\"},"
                + "{\"type\":\"namespace\",\"name\":\"mcp\",\"tools\":[]}],"
                + "\"include\":[\"reasoning.encrypted_content\"],\"prompt_cache_key\":\"k\",\"store\":false,"
                + "\"client_metadata\":{},\"text\":{\"verbosity\":\"low\"},\"truncation\":\"auto\",\"user\":\"u\","
                + "\"service_tier\":\"auto\",\"metadata\":{\"a\":\"b\"},\"parallel_tool_calls\":false}");
        assertEquals(List.of("shell"), request.prompt().tools().stream().map(t -> t.name()).toList());
        assertEquals(ToolChoice.REQUIRED, request.prompt().toolChoice());
        assertEquals(1, request.echo().tools().size());
        assertEquals(false, request.echo().parallelToolCalls());
    }

    @Test
    void withNoToolLeftThereIsNoToolChoiceToSend() throws IOException {
        assertNull(read("{\"model\":\"m\",\"input\":\"x\",\"tool_choice\":\"required\","
                + "\"tools\":[{\"type\":\"web_search\"}]}").prompt().toolChoice());
    }

    @Test
    void readsSamplingLimitsAndReasoning() throws IOException {
        ResponsesRequest request = read("{\"model\":\"m\",\"input\":\"x\",\"max_output_tokens\":64,\"temperature\":0.3,"
                + "\"top_p\":0.9,\"reasoning\":{\"effort\":\"high\",\"summary\":\"auto\"}}");
        assertEquals(64, request.prompt().maxTokens());
        assertEquals(0.3, request.prompt().temperature());
        assertEquals(0.9, request.prompt().topP());
        assertEquals("high", request.prompt().reasoningEffort());
        assertEquals("auto", request.echo().reasoningSummary());
        assertNull(read("{\"model\":\"m\",\"input\":\"x\",\"reasoning\":{\"effort\":\"none\"}}").prompt().reasoningEffort());
    }

    @Test
    void refusesWhatWouldNeedStoredState() {
        for (String field : List.of("previous_response_id", "conversation")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> read("{\"model\":\"m\",\"input\":\"x\",\"" + field + "\":\"resp_1\"}"));
            assertEquals(field, refused.field());
            assertTrue(refused.getMessage().contains("Switchboard keeps no conversation"), refused.getMessage());
        }
    }

    @Test
    void refusesBrokenInputWithAPlainSentence() {
        Map<String, String> bodies = Map.of(
                "{\"input\":\"x\"}", "model is required",
                "{\"model\":\"m\"}", "input must be a non-empty string or a non-empty array of items",
                "{\"model\":\"m\",\"input\":[]}", "input must be a non-empty string or a non-empty array of items",
                "{\"model\":\"m\",\"input\":[{\"type\":\"reasoning\"}]}", "input holds no message",
                "{\"model\":\"m\",\"input\":[{\"role\":\"robot\",\"content\":\"x\"}]}", "role must be user",
                "{\"model\":\"m\",\"input\":[{\"type\":\"function_call\",\"name\":\"f\"}]}", "need a call_id",
                "{\"model\":\"m\",\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_image\",\"file_id\":\"f\"}]}]}",
                "keeps no files",
                "{\"model\":\"m\",\"input\":\"x\",\"stream\":\"yes\"}", "stream must be true or false",
                "{\"model\":\"m\",\"input\":\"x\",\"max_output_tokens\":1.5}", "max_output_tokens must be a whole number",
                "{\"model\":\"m\",\"input\":\"x\",\"instructions\":[]}", "instructions must be a string");
        bodies.forEach((body, message) -> {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> read(body), body);
            assertTrue(refused.getMessage().contains(message), body + " -> " + refused.getMessage());
        });
    }
}
