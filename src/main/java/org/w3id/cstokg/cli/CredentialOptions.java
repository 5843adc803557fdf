package org.w3id.cstokg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * HTTP Basic credentials for a remote store: {@code --user} with {@code --password-file} (a file,
 * so the password is not on the command line or in the shell history). Both or neither.
 */
final class CredentialOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--user", paramLabel = "USER", description = "User for HTTP Basic authentication")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password")
    Path passwordFile;

    /** The user and password, none when neither option is given; a bad pair is a usage error. */
    Optional<Credential> credential() {
        if ((user == null) != (passwordFile == null))
            throw new ParameterException(command.commandLine(), "--user and --password-file go together");
        return user == null ? Optional.empty() : Optional.of(new Credential(user, password()));
    }

    private String password() {
        try {
            return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst()
                    .orElseThrow(() -> new ParameterException(command.commandLine(), "Empty password file: " + passwordFile));
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(), "Cannot read password file: " + passwordFile);
        }
    }

    /** A user and its password. */
    record Credential(String user, String password) {}
}
