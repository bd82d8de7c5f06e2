package dev.switchboard.adapter.upstream.openai;

/** The name of OpenAI's wire format, as a {@link dev.switchboard.domain.chat.ClientOriginal} and a WireFrame carry it. */
public final class OpenAiFormat {

    public static final String NAME = "openai";

    private OpenAiFormat() {
    }
}
