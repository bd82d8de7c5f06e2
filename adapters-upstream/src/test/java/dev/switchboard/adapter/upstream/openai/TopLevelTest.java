package dev.switchboard.adapter.upstream.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopLevelTest {

    private static int choices(String json) {
        return TopLevel.choicesWithoutUsage(json.getBytes(StandardCharsets.UTF_8), 0);
    }

    private static int at(String json, String marker) {
        return json.indexOf(marker);
    }

    @Test
    void findsTheTopLevelChoicesArrayOfAnOrdinaryChunk() {
        String chunk = "{\"id\":\"c-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"choices\":"
                + "[{\"index\":0,\"delta\":{\"content\":\"hi\"},\"finish_reason\":null}]}";
        assertEquals(at(chunk, "[{"), choices(chunk));
        String spaced = "{ \"choices\" :  [ ], \"usage\" : null }";
        assertEquals(at(spaced, "[ ]"), choices(spaced));
    }

    @Test
    void aRealUsageOrAMalformedObjectLeavesTheLineToTheFullParser() {
        assertEquals(-1, choices("{\"choices\":[],\"usage\":{\"prompt_tokens\":1}}"));
        assertEquals(-1, choices("{\"usage\":{\"prompt_tokens\":1},\"choices\":[]}"));
        assertEquals(-1, choices("{\"id\":\"x\"}"));
        assertEquals(-1, choices("{\"choices\":\"not an array\"}"));
        assertEquals(-1, choices("[1,2]"));
        assertEquals(-1, choices(""));
    }

    @Test
    void pastTheChoicesOnlyAUsageThatIsNullLetsTheArrayBeReadAlone() {
        String withNull = "{\"choices\":[{\"delta\":{\"content\":\"a\"}}],\"usage\" : null,\"x\":1}";
        assertEquals(at(withNull, "[{"), choices(withNull));
        // conservative: a "usage" inside a string after the choices also sends the line to the full parser
        assertEquals(-1, choices("{\"choices\":[{\"delta\":{\"content\":\"the \\\"usage\"}}]}"));
        assertEquals(-1, choices("{\"choices\":[],\"usage\":null,\"usage\":{\"prompt_tokens\":1}}"));
    }

    @Test
    void aLineCutShortInsideTheChoicesIsLeftToTheParserOfTheArray() {
        String cut = "{\"choices\":[{\"delta\":{\"content\":\"cut";
        assertEquals(at(cut, "[{"), choices(cut));
        assertEquals(List.of(), new ChunkInspector().inspect(("data: " + cut).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keysInsideStringsOrNestedObjectsAreNotMistakenForTopLevelOnes() {
        String nested = "{\"meta\":{\"choices\":[1],\"usage\":{\"x\":1}},\"note\":\"\\\"usage\\\":{\\\"choices\\\":[\","
                + "\"choices\":[{\"delta\":{\"content\":\"ok\"}}]}";
        assertEquals(nested.lastIndexOf("[{"), choices(nested));
        String quoted = "{\"content\":\"\\\\\",\"choices\":[]}";
        assertEquals(at(quoted, "[]"), choices(quoted));
    }
}
