package dev.switchboard.application.port.in.key;

import dev.switchboard.application.port.in.chat.KeyGrant;

/** The outcome of presenting a key: the grant, or why not (unknown/revoked/expired: 401; wrong network: 403). */
public record KeyCheck(Outcome outcome, KeyGrant grant) {

    /** Why a key opens the door or not. */
    public enum Outcome { GRANTED, UNKNOWN, OUTSIDE_NETWORK }

    public static KeyCheck granted(KeyGrant grant) {
        return new KeyCheck(Outcome.GRANTED, grant);
    }

    public static KeyCheck refused(Outcome outcome) {
        return new KeyCheck(outcome, null);
    }
}
