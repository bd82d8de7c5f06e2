package dev.switchboard.domain.chat;

import java.util.Objects;

/** One piece of a message's content: text, or an image given by URL (http(s) or a {@code data:} URL). */
public sealed interface ContentPart {

    record Text(String text) implements ContentPart {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** {@code detail} is a hint some providers take ("low", "high", "auto"); null when not given. */
    record Image(String url, String detail) implements ContentPart {
        public Image {
            Objects.requireNonNull(url, "url");
        }

        /** The media type and base64 data of a {@code data:} URL, or null for a link. */
        public InlineData inline() {
            if (!url.startsWith("data:")) {
                return null;
            }
            int comma = url.indexOf(',');
            int semicolon = url.indexOf(';');
            if (comma < 0 || semicolon < 0 || semicolon > comma || !url.substring(semicolon, comma).equals(";base64")) {
                return null;
            }
            return new InlineData(url.substring(5, semicolon), url.substring(comma + 1));
        }
    }

    /** An image carried in the request itself. */
    record InlineData(String mediaType, String base64) {
    }
}
