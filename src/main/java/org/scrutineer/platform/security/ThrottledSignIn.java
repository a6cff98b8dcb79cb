package org.scrutineer.platform.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every sign-in, by the form or by HTTP Basic, goes through here: refused at once while the username or the address has
 * had too many failures (SignInAttempts), else the password is checked, and either way the outcome is counted and
 * audited. A disabled account is refused with the same words as a wrong password, so they tell nobody that it exists.
 */
class ThrottledSignIn implements AuthenticationProvider {
    static final String WRONG = "The username or password is wrong";
    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;

    ThrottledSignIn(DaoAuthenticationProvider passwords, SignInAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        String address = request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
        Optional<Duration> wait = attempts.wait(username, address);
        if (wait.isPresent()) {
            attempts.refused(username, address, wait.get());
            throw new TooManyAttempts(wait.get());
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(request);
        } catch (BadCredentialsException e) {
            attempts.failed(username, address, "wrong username or password");
            throw new BadCredentialsException(WRONG);
        } catch (AccountStatusException e) {
            attempts.failed(username, address, "account disabled");
            throw new BadCredentialsException(WRONG);
        }
        attempts.succeeded(signedIn.getName(), address);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
