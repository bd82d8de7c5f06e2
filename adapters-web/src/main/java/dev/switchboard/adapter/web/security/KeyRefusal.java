package dev.switchboard.adapter.web.security;

import dev.switchboard.application.port.in.key.KeyCheck;

/** Why a presented API key did not sign the call in; a request attribute, never containing the key. */
record KeyRefusal(KeyCheck.Outcome outcome) {
    static final String ATTRIBUTE = "switchboard.key.refusal";
}
