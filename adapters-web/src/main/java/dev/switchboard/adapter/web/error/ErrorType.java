package dev.switchboard.adapter.web.error;

/** The error {@code type} values of the API, with the status each one is sent with. */
public enum ErrorType {
    INVALID_REQUEST("invalid_request", 400, "the request is not valid"),
    UNAUTHORIZED("unauthorized", 401, "sign-in required: the token is missing, invalid or expired"),
    FORBIDDEN("forbidden", 403, "you are not allowed to do this"),
    IP_BLOCKED("ip_blocked", 403, "access from your IP address is blocked"),
    ACCOUNT_DISABLED("account_disabled", 403, "this account is disabled; ask an administrator"),
    NOT_FOUND("not_found", 404, "no such resource"),
    MODEL_NOT_FOUND("model_not_found", 404, "no enabled channel serves this model"),
    METHOD_NOT_ALLOWED("method_not_allowed", 405, "this method is not allowed here"),
    CONFLICT("conflict", 409, "this clashes with existing data"),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415, "send the body as application/json"),
    RATE_LIMIT_EXCEEDED("rate_limit_exceeded", 429, "您超过当前使用限制，请稍后再试"),
    QUOTA_EXCEEDED("quota_exceeded", 429, "本月额度已用完"),
    INTERNAL_ERROR("internal_error", 500, "an unexpected error occurred"),
    UPSTREAM_ERROR("upstream_error", 502, "上游渠道暂时不可用，请稍后再试");

    private final String wireName;
    private final int status;
    private final String defaultMessage;

    ErrorType(String wireName, int status, String defaultMessage) {
        this.wireName = wireName;
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    public String wireName() {
        return wireName;
    }

    public int status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    /** The type for a status Micronaut produced on its own (unknown route, wrong method, ...). */
    public static ErrorType forStatus(int status) {
        return switch (status) {
            case 400, 413 -> INVALID_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409 -> CONFLICT;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMIT_EXCEEDED;
            case 502, 503, 504 -> UPSTREAM_ERROR;
            default -> status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
        };
    }

    public ErrorEnvelope envelope(String message) {
        return ErrorEnvelope.of(wireName, message);
    }

    public ErrorEnvelope envelope() {
        return envelope(defaultMessage);
    }
}
