package dev.switchboard.application.port.in.key;

import dev.switchboard.application.port.in.chat.KeyGrant;

/** The outcome of presenting a key: the grant, or why not (unknown/revoked/expired or owner gone: 401;
 * wrong network: 403 forbidden; owner disabled: 403 account_disabled). */
public record KeyCheck(Outcome outcome, KeyGrant grant) {

    /** Why a key opens the door or not. */
    public enum Outcome { GRANTED, UNKNOWN, OUTSIDE_NETWORK, OWNER_DISABLED }

    public static KeyCheck granted(KeyGrant grant) {
        return new KeyCheck(Outcome.GRANTED, grant);
    }

    public static KeyCheck refused(Outcome outcome) {
        return new KeyCheck(outcome, null);
    }
}
