<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConsoleText</name>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds, one decimal</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration in whole seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>cancelled · %1</source>
        <comment>console footer; %1 = duration</comment>
        <translation>cancelled · %1</translation>
    </message>
    <message>
        <source>timed out · %1</source>
        <comment>console footer; %1 = duration</comment>
        <translation>timed out · %1</translation>
    </message>
    <message>
        <source>connection lost · %1</source>
        <comment>console footer; %1 = duration</comment>
        <translation>connection lost · %1</translation>
    </message>
    <message>
        <source>failed: %1 · %2</source>
        <comment>console footer; %1 = what went wrong, %2 = duration</comment>
        <translation>failed: %1 · %2</translation>
    </message>
    <message>
        <source>ended by signal %1 · %2</source>
        <comment>console footer; %1 = signal name such as TERM, %2 = duration</comment>
        <translation>ended by signal %1 · %2</translation>
    </message>
    <message>
        <source>exit code %1 · %2</source>
        <comment>console footer; %1 = exit code, %2 = duration</comment>
        <translation>exit code %1 · %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connection lost</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Ended by signal %1</source>
        <translation>Ended by signal %1</translation>
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation>Exit code: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>console: after &quot;$ command&quot;; %1 = server name, %2 = time</comment>
        <translation>on %1 at %2</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Check them and try again.</source>
        <translation>Check them and try again.</translation>
    </message>
    <message>
        <source>Check the host name, or use its IP address.</source>
        <translation>Check the host name, or use its IP address.</translation>
    </message>
    <message>
        <source>Check the port and that the SSH service is running on it.</source>
        <translation>Check the port and that the SSH service is running on it.</translation>
    </message>
    <message>
        <source>Check your network or VPN.</source>
        <translation>Check your network or VPN.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network.</source>
        <translation>Try again; if it keeps happening, check the network.</translation>
    </message>
    <message>
        <source>Reconnect when the server is reachable again.</source>
        <translation>Reconnect when the server is reachable again.</translation>
    </message>
    <message>
        <source>Check that the port belongs to an SSH server.</source>
        <translation>Check that the port belongs to an SSH server.</translation>
    </message>
    <message>
        <source>Compare its fingerprint with the one your provider gave you before accepting it.</source>
        <translation>Compare its fingerprint with the one your provider gave you before accepting it.</translation>
    </message>
    <message>
        <source>Do not continue until the server&apos;s administrator confirms the new fingerprint.</source>
        <translation>Do not continue until the server&apos;s administrator confirms the new fingerprint.</translation>
    </message>
    <message>
        <source>Check the user name and the key or password.</source>
        <translation>Check the user name and the key or password.</translation>
    </message>
    <message>
        <source>Choose another authentication method in the server&apos;s settings.</source>
        <translation>Choose another authentication method in the server&apos;s settings.</translation>
    </message>
    <message>
        <source>Check its path and that it is a private key.</source>
        <translation>Check its path and that it is a private key.</translation>
    </message>
    <message>
        <source>Type it again.</source>
        <translation>Type it again.</translation>
    </message>
    <message>
        <source>Type the passphrase to use it.</source>
        <translation>Type the passphrase to use it.</translation>
    </message>
    <message>
        <source>Create an ed25519 key (ssh-keygen -t ed25519), install it on the server (ssh-copy-id) and use it instead.</source>
        <translation>Create an ed25519 key (ssh-keygen -t ed25519), install it on the server (ssh-copy-id) and use it instead.</translation>
    </message>
    <message>
        <source>Start one and add your key (ssh-add), or choose a key file in the server&apos;s settings.</source>
        <translation>Start one and add your key (ssh-add), or choose a key file in the server&apos;s settings.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Try again in a moment.</translation>
    </message>
    <message>
        <source>Wait for some to finish.</source>
        <translation>Wait for some to finish.</translation>
    </message>
    <message>
        <source>Check the sudo password saved for this server.</source>
        <translation>Check the sudo password saved for this server.</translation>
    </message>
    <message>
        <source>Set the sudo mode in the server&apos;s settings.</source>
        <translation>Set the sudo mode in the server&apos;s settings.</translation>
    </message>
    <message>
        <source>See the details for its message.</source>
        <translation>See the details for its message.</translation>
    </message>
    <message>
        <source>See the details for the server&apos;s message.</source>
        <translation>See the details for the server&apos;s message.</translation>
    </message>
    <message>
        <source>Use a user with the right permissions, or run it as administrator.</source>
        <translation>Use a user with the right permissions, or run it as administrator.</translation>
    </message>
    <message>
        <source>Check the path and free space.</source>
        <translation>Check the path and free space.</translation>
    </message>
    <message>
        <source>Check that it is running and listening on that port.</source>
        <translation>Check that it is running and listening on that port.</translation>
    </message>
    <message>
        <source>See the details.</source>
        <translation>See the details.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory only until Capataz closes.</source>
        <translation>Secrets are kept in memory only until Capataz closes.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Choose another name.</translation>
    </message>
    <message>
        <source>Please report it with the details.</source>
        <translation>Please report it with the details.</translation>
    </message>
    <message>
        <source>The details list what was found; fix it, then run the checks again.</source>
        <translation>The details list what was found; fix it, then run the checks again.</translation>
    </message>
    <message>
        <source>Ask an administrator of the server to do it.</source>
        <translation>Ask an administrator of the server to do it.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to do it, or for access with another role.</source>
        <translation>Ask the server&apos;s administrator to do it, or for access with another role.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to give access again, or set the profile&apos;s sudo mode to what the account really is.</source>
        <translation>Ask the server&apos;s administrator to give access again, or set the profile&apos;s sudo mode to what the account really is.</translation>
    </message>
</context>
<context>
    <name>LogText</name>
    <message>
        <source>TRACE</source>
        <comment>log level</comment>
        <translation>TRACE</translation>
    </message>
    <message>
        <source>DEBUG</source>
        <comment>log level</comment>
        <translation>DEBUG</translation>
    </message>
    <message>
        <source>INFO</source>
        <comment>log level</comment>
        <translation>INFO</translation>
    </message>
    <message>
        <source>NOTICE</source>
        <comment>log level</comment>
        <translation>NOTICE</translation>
    </message>
    <message>
        <source>WARN</source>
        <comment>log level</comment>
        <translation>WARN</translation>
    </message>
    <message>
        <source>ERROR</source>
        <comment>log level</comment>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>CRIT</source>
        <comment>log level</comment>
        <translation>CRIT</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>logger</source>
        <translation>logger</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
</context>
<context>
    <name>capataz::Error</name>
    <message>
        <source>Everything went fine.</source>
        <translation>Everything went fine.</translation>
    </message>
    <message>
        <source>Some of the values given are not valid.</source>
        <translation>Some of the values given are not valid.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation>The server&apos;s name could not be found.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>The server refused the connection.</translation>
    </message>
    <message>
        <source>The server cannot be reached from this computer.</source>
        <translation>The server cannot be reached from this computer.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>The server took too long to answer.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>The connection to the server was lost.</translation>
    </message>
    <message>
        <source>The SSH conversation with the server failed.</source>
        <translation>The SSH conversation with the server failed.</translation>
    </message>
    <message>
        <source>This server&apos;s identity is not known yet.</source>
        <translation>This server&apos;s identity is not known yet.</translation>
    </message>
    <message>
        <source>The server&apos;s identity has changed since the last connection. This can mean someone is intercepting the connection.</source>
        <translation>The server&apos;s identity has changed since the last connection. This can mean someone is intercepting the connection.</translation>
    </message>
    <message>
        <source>The server&apos;s identity was not accepted, so no connection was made.</source>
        <translation>The server&apos;s identity was not accepted, so no connection was made.</translation>
    </message>
    <message>
        <source>The server did not accept the login.</source>
        <translation>The server did not accept the login.</translation>
    </message>
    <message>
        <source>The server does not allow this way of logging in.</source>
        <translation>The server does not allow this way of logging in.</translation>
    </message>
    <message>
        <source>The key file could not be read.</source>
        <translation>The key file could not be read.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key.</source>
        <translation>The passphrase does not open the key.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase.</source>
        <translation>The key is protected by a passphrase.</translation>
    </message>
    <message>
        <source>A password is needed to log in to this server.</source>
        <translation>A password is needed to log in to this server.</translation>
    </message>
    <message>
        <source>The server refuses this RSA key&apos;s old signature type.</source>
        <translation>The server refuses this RSA key&apos;s old signature type.</translation>
    </message>
    <message>
        <source>No SSH agent is running.</source>
        <translation>No SSH agent is running.</translation>
    </message>
    <message>
        <source>The server refused to run the command. It may be limiting sessions.</source>
        <translation>The server refused to run the command. It may be limiting sessions.</translation>
    </message>
    <message>
        <source>Too many operations are running on this server at once.</source>
        <translation>Too many operations are running on this server at once.</translation>
    </message>
    <message>
        <source>sudo did not accept the password.</source>
        <translation>sudo did not accept the password.</translation>
    </message>
    <message>
        <source>This needs administrator rights, and the server&apos;s settings give no way to get them.</source>
        <translation>This needs administrator rights, and the server&apos;s settings give no way to get them.</translation>
    </message>
    <message>
        <source>The command failed on the server.</source>
        <translation>The command failed on the server.</translation>
    </message>
    <message>
        <source>The file transfer failed.</source>
        <translation>The file transfer failed.</translation>
    </message>
    <message>
        <source>The file or folder does not exist on the server.</source>
        <translation>The file or folder does not exist on the server.</translation>
    </message>
    <message>
        <source>The server denied access to that file.</source>
        <translation>The server denied access to that file.</translation>
    </message>
    <message>
        <source>A file on this computer could not be read or written.</source>
        <translation>A file on this computer could not be read or written.</translation>
    </message>
    <message>
        <source>The server could not reach that service.</source>
        <translation>The server could not reach that service.</translation>
    </message>
    <message>
        <source>The service answered with an error.</source>
        <translation>The service answered with an error.</translation>
    </message>
    <message>
        <source>Capataz&apos;s own database could not be used. Your servers&apos; data is not affected.</source>
        <translation>Capataz&apos;s own database could not be used. Your servers&apos; data is not affected.</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>The system keychain could not be used.</translation>
    </message>
    <message>
        <source>What was asked for does not exist.</source>
        <translation>What was asked for does not exist.</translation>
    </message>
    <message>
        <source>Something with that name already exists.</source>
        <translation>Something with that name already exists.</translation>
    </message>
    <message>
        <source>The data could not be understood.</source>
        <translation>The data could not be understood.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>Something went wrong inside Capataz.</source>
        <translation>Something went wrong inside Capataz.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>A check found a problem on the server. No command failed and nothing was changed.</source>
        <translation>A check found a problem on the server. No command failed and nothing was changed.</translation>
    </message>
    <message>
        <source>This server profile&apos;s role may not run commands or change the server.</source>
        <translation>This server profile&apos;s role may not run commands or change the server.</translation>
    </message>
    <message>
        <source>The server refused it: this access account&apos;s role does not allow it.</source>
        <translation>The server refused it: this access account&apos;s role does not allow it.</translation>
    </message>
    <message>
        <source>The server did not confirm this profile as a Capataz access account.</source>
        <translation>The server did not confirm this profile as a Capataz access account.</translation>
    </message>
</context>
<context>
    <name>capataz::backup</name>
    <message>
        <source>%1 has no good backup at all.</source>
        <translation>%1 has no good backup at all.</translation>
    </message>
    <message>
        <source>The newest good backup of %1 is %2 hours old; the schedule promises one every %3 hours.</source>
        <translation>The newest good backup of %1 is %2 hours old; the schedule promises one every %3 hours.</translation>
    </message>
    <message>
        <source>The backup %1 did not finish or has no valid manifest.</source>
        <translation>The backup %1 did not finish or has no valid manifest.</translation>
    </message>
    <message>
        <source>The backup %1 holds nothing.</source>
        <translation>The backup %1 holds nothing.</translation>
    </message>
    <message>
        <source>The backup %1 is less than half the size of the one before it (%2 bytes, before %3 bytes).</source>
        <translation>The backup %1 is less than half the size of the one before it (%2 bytes, before %3 bytes).</translation>
    </message>
    <message>
        <source>The scheduled run of %1 failed (exit status %2) for: %3.</source>
        <translation>The scheduled run of %1 failed (exit status %2) for: %3.</translation>
    </message>
</context>
<context>
    <name>capataz::cli</name>
    <message>
        <source>Run &apos;%1&apos; to see how it is used.</source>
        <translation>Run &apos;%1&apos; to see how it is used.</translation>
    </message>
    <message>
        <source>Check the path of the .env file.</source>
        <translation>Check the path of the .env file.</translation>
    </message>
    <message>
        <source>Fix that line of the .env file.</source>
        <translation>Fix that line of the .env file.</translation>
    </message>
    <message>
        <source>Check the path of the compose file.</source>
        <translation>Check the path of the compose file.</translation>
    </message>
    <message>
        <source>Fix that line of the .env file first.</source>
        <translation>Fix that line of the .env file first.</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>The file was not changed.</translation>
    </message>
    <message>
        <source>Check that the server is up and that its host name and port are right (&apos;capataz-cli servers list&apos;).</source>
        <translation>Check that the server is up and that its host name and port are right (&apos;capataz-cli servers list&apos;).</translation>
    </message>
    <message>
        <source>Compare that fingerprint with the one the server&apos;s administrator reads on the server (&apos;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&apos;); if they match, run again with --accept-new to trust it.</source>
        <translation>Compare that fingerprint with the one the server&apos;s administrator reads on the server (&apos;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&apos;); if they match, run again with --accept-new to trust it.</translation>
    </message>
    <message>
        <source>WARNING: do not connect until you know why the key changed. If the server was really reinstalled, delete the old line named above and run again with --accept-new.</source>
        <translation>WARNING: do not connect until you know why the key changed. If the server was really reinstalled, delete the old line named above and run again with --accept-new.</translation>
    </message>
    <message>
        <source>See &apos;capataz-cli hostkey %1 --help&apos; to review the server&apos;s key and trust it.</source>
        <translation>See &apos;capataz-cli hostkey %1 --help&apos; to review the server&apos;s key and trust it.</translation>
    </message>
    <message>
        <source>Check the user, key or password of the profile; a password can be given with --password-stdin.</source>
        <translation>Check the user, key or password of the profile; a password can be given with --password-stdin.</translation>
    </message>
    <message>
        <source>No password is stored for this profile: pass it with --password-stdin.</source>
        <translation>No password is stored for this profile: pass it with --password-stdin.</translation>
    </message>
    <message>
        <source>Pass the key&apos;s passphrase with --password-stdin, or load the key into ssh-agent.</source>
        <translation>Pass the key&apos;s passphrase with --password-stdin, or load the key into ssh-agent.</translation>
    </message>
    <message>
        <source>Check the key file of the profile (&apos;capataz-cli servers list&apos;): it must exist and be readable by you.</source>
        <translation>Check the key file of the profile (&apos;capataz-cli servers list&apos;): it must exist and be readable by you.</translation>
    </message>
    <message>
        <source>Use an ed25519 or ecdsa key instead.</source>
        <translation>Use an ed25519 or ecdsa key instead.</translation>
    </message>
    <message>
        <source>Start ssh-agent and add your key (ssh-add), or give the profile a key file.</source>
        <translation>Start ssh-agent and add your key (ssh-add), or give the profile a key file.</translation>
    </message>
    <message>
        <source>Pass the right sudo password with --sudo-password-stdin.</source>
        <translation>Pass the right sudo password with --sudo-password-stdin.</translation>
    </message>
    <message>
        <source>This profile cannot become root that way; add it again with the right --sudo mode (root, sudo or sudo-password).</source>
        <translation>This profile cannot become root that way; add it again with the right --sudo mode (root, sudo or sudo-password).</translation>
    </message>
    <message>
        <source>See the known servers with &apos;capataz-cli servers list&apos;.</source>
        <translation>See the known servers with &apos;capataz-cli servers list&apos;.</translation>
    </message>
    <message>
        <source>The command was interrupted.</source>
        <translation>The command was interrupted.</translation>
    </message>
    <message>
        <source>Check the command and the profile (&apos;capataz-cli servers list&apos;).</source>
        <translation>Check the command and the profile (&apos;capataz-cli servers list&apos;).</translation>
    </message>
    <message>
        <source>Check the data directory (--data-dir or CAPATAZ_DATA_DIR): it must be writable by you.</source>
        <translation>Check the data directory (--data-dir or CAPATAZ_DATA_DIR): it must be writable by you.</translation>
    </message>
    <message>
        <source>Unlock the keychain, or remove the entry with your keychain tool.</source>
        <translation>Unlock the keychain, or remove the entry with your keychain tool.</translation>
    </message>
    <message>
        <source>Choose another name, or remove the existing profile first (&apos;capataz-cli servers remove NAME&apos;).</source>
        <translation>Choose another name, or remove the existing profile first (&apos;capataz-cli servers remove NAME&apos;).</translation>
    </message>
    <message>
        <source>Fix the value named above and run the command again.</source>
        <translation>Fix the value named above and run the command again.</translation>
    </message>
    <message>
        <source>Run the command again; if it keeps failing, report the message above.</source>
        <translation>Run the command again; if it keeps failing, report the message above.</translation>
    </message>
    <message>
        <source>It ran longer than --timeout allows and was stopped; give it more time.</source>
        <translation>It ran longer than --timeout allows and was stopped; give it more time.</translation>
    </message>
    <message>
        <source>Give the password as one line on stdin.</source>
        <translation>Give the password as one line on stdin.</translation>
    </message>
    <message>
        <source>Give the sudo password as one line on stdin.</source>
        <translation>Give the sudo password as one line on stdin.</translation>
    </message>
    <message>
        <source>Pass it with --sudo-password-stdin.</source>
        <translation>Pass it with --sudo-password-stdin.</translation>
    </message>
    <message>
        <source>Name the file with --file PATH.</source>
        <translation>Name the file with --file PATH.</translation>
    </message>
    <message>
        <source>Give the path of a readable answers file.</source>
        <translation>Give the path of a readable answers file.</translation>
    </message>
    <message>
        <source>See capataz-cli plan --list.</source>
        <translation>See capataz-cli plan --list.</translation>
    </message>
    <message>
        <source>Give the secret as one line on stdin.</source>
        <translation>Give the secret as one line on stdin.</translation>
    </message>
    <message>
        <source>The profile was added without that secret; pass it to exec with --password-stdin / --sudo-password-stdin.</source>
        <translation>The profile was added without that secret; pass it to exec with --password-stdin / --sudo-password-stdin.</translation>
    </message>
    <message>
        <source>Print JSON: {files, variables, problems, refused}.</source>
        <translation>Print JSON: {files, variables, problems, refused}.</translation>
    </message>
    <message>
        <source>Show the values of secrets (passwords, tokens, keys) as ********.</source>
        <translation>Show the values of secrets (passwords, tokens, keys) as ********.</translation>
    </message>
    <message>
        <source>A variable of the environment compose runs in (repeatable; it wins over the files). Do not put secrets here: the command line is visible to other users.</source>
        <translation>A variable of the environment compose runs in (repeatable; it wins over the files). Do not put secrets here: the command line is visible to other users.</translation>
    </message>
    <message>
        <source>Start from this shell&apos;s environment (the default is an empty one).</source>
        <translation>Start from this shell&apos;s environment (the default is an empty one).</translation>
    </message>
    <message>
        <source>The .env files, in the order compose reads them.</source>
        <translation>The .env files, in the order compose reads them.</translation>
    </message>
    <message>
        <source>Prints every variable as docker compose will see it, ${...} interpolated; exits 1 when compose would refuse a value (a missing required variable, a malformed ${...}).</source>
        <translation>Prints every variable as docker compose will see it, ${...} interpolated; exits 1 when compose would refuse a value (a missing required variable, a malformed ${...}).</translation>
    </message>
    <message>
        <source>env show needs at least one FILE</source>
        <translation>env show needs at least one FILE</translation>
    </message>
    <message>
        <source>expected --env KEY=VALUE, got &apos;%1&apos;</source>
        <translation>expected --env KEY=VALUE, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>docker compose would refuse to start with these files.</source>
        <translation>docker compose would refuse to start with these files.</translation>
    </message>
    <message>
        <source>The details list what was found; fix it, then run the plan again.</source>
        <translation>The details list what was found; fix it, then run the plan again.</translation>
    </message>
    <message>
        <source>Ask an administrator of the server to run it.</source>
        <translation>Ask an administrator of the server to run it.</translation>
    </message>
    <message>
        <source>Ask an administrator of the server to apply it; --dry-run still shows what it would do.</source>
        <translation>Ask an administrator of the server to apply it; --dry-run still shows what it would do.</translation>
    </message>
    <message>
        <source>%1: %2 (from the server profile)</source>
        <translation>%1: %2 (from the server profile)</translation>
    </message>
    <message>
        <source>could not read the secrets of %1 (%2): they are not masked in this output.</source>
        <translation>could not read the secrets of %1 (%2): they are not masked in this output.</translation>
    </message>
    <message>
        <source>Ask an administrator or support person of the server.</source>
        <translation>Ask an administrator or support person of the server.</translation>
    </message>
    <message>
        <source>(unit: %1)</source>
        <translation>(unit: %1)</translation>
    </message>
    <message>
        <source>(start %1)</source>
        <translation>(start %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n metric families</source>
        <translation>
            <numerusform>%n metric family</numerusform>
            <numerusform>%n metric families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON: {file, format, families} or {file, format, problems}.</source>
        <translation>Print JSON: {file, format, families} or {file, format, problems}.</translation>
    </message>
    <message>
        <source>prometheus (text 0.0.4) or openmetrics; by default .om files are OpenMetrics, others Prometheus text.</source>
        <translation>prometheus (text 0.0.4) or openmetrics; by default .om files are OpenMetrics, others Prometheus text.</translation>
    </message>
    <message>
        <source>The exposition, as a service&apos;s /metrics answers it.</source>
        <translation>The exposition, as a service&apos;s /metrics answers it.</translation>
    </message>
    <message>
        <source>Prints the metric families and samples of FILE, or every problem with its line number and exits 1.</source>
        <translation>Prints the metric families and samples of FILE, or every problem with its line number and exits 1.</translation>
    </message>
    <message>
        <source>metrics parse needs exactly one FILE</source>
        <translation>metrics parse needs exactly one FILE</translation>
    </message>
    <message>
        <source>--format must be prometheus or openmetrics, not &apos;%1&apos;</source>
        <translation>--format must be prometheus or openmetrics, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Check the path of the file.</source>
        <translation>Check the path of the file.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file are not valid %1 text; fix them, or try the other --format.</source>
        <translation>
            <numerusform>%n line of the file is not valid %1 text; fix it, or try the other --format.</numerusform>
            <numerusform>%n lines of the file are not valid %1 text; fix them, or try the other --format.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected &apos;metrics parse FILE&apos; or &apos;metrics query --file FILE EXPR&apos;</source>
        <translation>expected &apos;metrics parse FILE&apos; or &apos;metrics query --file FILE EXPR&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON as Prometheus&apos;s HTTP API answers: {resultType, result}.</source>
        <translation>Print JSON as Prometheus&apos;s HTTP API answers: {resultType, result}.</translation>
    </message>
    <message>
        <source>The samples: an exposition file with timestamps (OpenMetrics when it ends in .om).</source>
        <translation>The samples: an exposition file with timestamps (OpenMetrics when it ends in .om).</translation>
    </message>
    <message>
        <source>Evaluate at this time: Unix seconds or ISO 8601.</source>
        <translation>Evaluate at this time: Unix seconds or ISO 8601.</translation>
    </message>
    <message>
        <source>Evaluate at START, START+STEP, ... up to END (Unix seconds; STEP such as 15s).</source>
        <translation>Evaluate at START, START+STEP, ... up to END (Unix seconds; STEP such as 15s).</translation>
    </message>
    <message>
        <source>The PromQL expression.</source>
        <translation>The PromQL expression.</translation>
    </message>
    <message>
        <source>Evaluates EXPR over the samples of the file, at one time or over a range, as Prometheus would over the same data.</source>
        <translation>Evaluates EXPR over the samples of the file, at one time or over a range, as Prometheus would over the same data.</translation>
    </message>
    <message>
        <source>metrics query needs exactly one EXPR</source>
        <translation>metrics query needs exactly one EXPR</translation>
    </message>
    <message>
        <source>metrics query needs --file</source>
        <translation>metrics query needs --file</translation>
    </message>
    <message>
        <source>give either --at or --range</source>
        <translation>give either --at or --range</translation>
    </message>
    <message>
        <source>--range must be START:END:STEP (Unix seconds, a step such as 15s), not &apos;%1&apos;</source>
        <translation>--range must be START:END:STEP (Unix seconds, a step such as 15s), not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at must be Unix seconds or an ISO 8601 time, not &apos;%1&apos;</source>
        <translation>--at must be Unix seconds or an ISO 8601 time, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Fix the expression at the column shown.</source>
        <translation>Fix the expression at the column shown.</translation>
    </message>
    <message numerus="yes">
        <source>%n samples without a timestamp were left out</source>
        <translation>
            <numerusform>%n sample without a timestamp was left out</numerusform>
            <numerusform>%n samples without a timestamp were left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the expression and the time range.</source>
        <translation>Check the expression and the time range.</translation>
    </message>
    <message numerus="yes">
        <source>%n more lines could not be read</source>
        <translation>
            <numerusform>%n more line could not be read</numerusform>
            <numerusform>%n more lines could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>--grep: &apos;%1&apos; is not a valid regular expression (%2, at character %3)</source>
        <translation>--grep: &apos;%1&apos; is not a valid regular expression (%2, at character %3)</translation>
    </message>
    <message>
        <source>Name the service&apos;s metrics endpoint with --target HOST:PORT/PATH (for example 127.0.0.1:8000/metrics).</source>
        <translation>Name the service&apos;s metrics endpoint with --target HOST:PORT/PATH (for example 127.0.0.1:8000/metrics).</translation>
    </message>
    <message>
        <source>Scrape HOST:PORT/PATH as the server sees it (repeat for more; default: the recipe&apos;s /metrics and node-exporter).</source>
        <translation>Scrape HOST:PORT/PATH as the server sees it (repeat for more; default: the recipe&apos;s /metrics and node-exporter).</translation>
    </message>
    <message>
        <source>Print JSON: {server, targets: [{target, state, message, error, families}]}.</source>
        <translation>Print JSON: {server, targets: [{target, state, message, error, families}]}.</translation>
    </message>
    <message>
        <source>Read the login password (or key passphrase) from stdin.</source>
        <translation>Read the login password (or key passphrase) from stdin.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s host key if none is known yet.</source>
        <translation>Trust the server&apos;s host key if none is known yet.</translation>
    </message>
    <message>
        <source>The server profile.</source>
        <translation>The server profile.</translation>
    </message>
    <message>
        <source>Scrapes the server&apos;s metrics once through the SSH connection (no port opened) and prints the families and samples, or why a target failed (exit 1). Reading metrics changes nothing.</source>
        <translation>Scrapes the server&apos;s metrics once through the SSH connection (no port opened) and prints the families and samples, or why a target failed (exit 1). Reading metrics changes nothing.</translation>
    </message>
    <message>
        <source>metrics needs one SERVER</source>
        <translation>metrics needs one SERVER</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>value %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rules firing</source>
        <translation>
            <numerusform>%n rule firing</numerusform>
            <numerusform>%n rules firing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rules cannot be evaluated</source>
        <translation>
            <numerusform>%n rule cannot be evaluated</numerusform>
            <numerusform>%n rules cannot be evaluated</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the rules file, or leave --rules out.</source>
        <translation>Fix the rules file, or leave --rules out.</translation>
    </message>
    <message>
        <source>Check that the service and node-exporter run on the server (capataz-cli metrics SERVER shows each target).</source>
        <translation>Check that the service and node-exporter run on the server (capataz-cli metrics SERVER shows each target).</translation>
    </message>
    <message>
        <source>Print JSON: {source, evaluated_at, firing, rules: [{name, severity, condition, state, message, error, instances}]}.</source>
        <translation>Print JSON: {source, evaluated_at, firing, rules: [{name, severity, condition, state, message, error, instances}]}.</translation>
    </message>
    <message>
        <source>Scrape and evaluate every 15 s for SECONDS before printing (so a rule&apos;s &apos;for&apos; can pass).</source>
        <translation>Scrape and evaluate every 15 s for SECONDS before printing (so a rule&apos;s &apos;for&apos; can pass).</translation>
    </message>
    <message>
        <source>Evaluate over a history file (as metrics query --file) instead.</source>
        <translation>Evaluate over a history file (as metrics query --file) instead.</translation>
    </message>
    <message>
        <source>With --file: up to this time (Unix seconds or ISO 8601; default: the file&apos;s last sample).</source>
        <translation>With --file: up to this time (Unix seconds or ISO 8601; default: the file&apos;s last sample).</translation>
    </message>
    <message>
        <source>With --file: the rules (JSON, as alerts/server-&lt;id&gt;.json); default: node-exporter&apos;s.</source>
        <translation>With --file: the rules (JSON, as alerts/server-&lt;id&gt;.json); default: node-exporter&apos;s.</translation>
    </message>
    <message>
        <source>Evaluates the alert rules over the server&apos;s metrics (scraped now) or a history file and prints each rule&apos;s state. Exit 0: nothing fires; 3: a rule fires; 1: an error. Alerts are evaluated only while the console or this command runs.</source>
        <translation>Evaluates the alert rules over the server&apos;s metrics (scraped now) or a history file and prints each rule&apos;s state. Exit 0: nothing fires; 3: a rule fires; 1: an error. Alerts are evaluated only while the console or this command runs.</translation>
    </message>
    <message>
        <source>give either SERVER or --file</source>
        <translation>give either SERVER or --file</translation>
    </message>
    <message>
        <source>metrics alerts needs one SERVER, or --file</source>
        <translation>metrics alerts needs one SERVER, or --file</translation>
    </message>
    <message>
        <source>--at and --rules go with --file</source>
        <translation>--at and --rules go with --file</translation>
    </message>
    <message>
        <source>--wait must be seconds from 0 to 86400, not &apos;%1&apos;</source>
        <translation>--wait must be seconds from 0 to 86400, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The server&apos;s own alert rules are not used: %1</source>
        <translation>The server&apos;s own alert rules are not used: %1</translation>
    </message>
    <message>
        <source>Prometheus warns: %1</source>
        <translation>Prometheus warns: %1</translation>
    </message>
    <message>
        <source>The step was raised to %1 s: Prometheus answers at most 11,000 points per series.</source>
        <translation>The step was raised to %1 s: Prometheus answers at most 11,000 points per series.</translation>
    </message>
    <message>
        <source>Is Prometheus listening at %1 on the server? Check the profile&apos;s Prometheus URL.</source>
        <translation>Is Prometheus listening at %1 on the server? Check the profile&apos;s Prometheus URL.</translation>
    </message>
    <message>
        <source>Check the expression.</source>
        <translation>Check the expression.</translation>
    </message>
    <message>
        <source>Ask the Prometheus server of the profile (servers add --prometheus) for this PromQL expression; without one, evaluate it now over one scrape of the targets.</source>
        <translation>Ask the Prometheus server of the profile (servers add --prometheus) for this PromQL expression; without one, evaluate it now over one scrape of the targets.</translation>
    </message>
    <message>
        <source>With --query and a Prometheus server: over the last RANGE (such as 1h), one point per step.</source>
        <translation>With --query and a Prometheus server: over the last RANGE (such as 1h), one point per step.</translation>
    </message>
    <message>
        <source>With --range: the step (default 15s).</source>
        <translation>With --range: the step (default 15s).</translation>
    </message>
    <message>
        <source>--range and --step go with --query</source>
        <translation>--range and --step go with --query</translation>
    </message>
    <message>
        <source>--range must be a duration such as 1h or 30m, not &apos;%1&apos;</source>
        <translation>--range must be a duration such as 1h or 30m, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--step must be a duration such as 15s, not &apos;%1&apos;</source>
        <translation>--step must be a duration such as 15s, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--query needs an expression</source>
        <translation>--query needs an expression</translation>
    </message>
    <message>
        <source>--range needs the profile&apos;s Prometheus server (servers add --prometheus URL): one scrape is one moment</source>
        <translation>--range needs the profile&apos;s Prometheus server (servers add --prometheus URL): one scrape is one moment</translation>
    </message>
    <message>
        <source>--query asks the profile&apos;s Prometheus server; --target scrapes</source>
        <translation>--query asks the profile&apos;s Prometheus server; --target scrapes</translation>
    </message>
    <message>
        <source>A Prometheus server that already scrapes this server, as the server sees it (http://127.0.0.1:9090): &apos;metrics SERVER --query&apos; asks it through the SSH connection instead of scraping.</source>
        <translation>A Prometheus server that already scrapes this server, as the server sees it (http://127.0.0.1:9090): &apos;metrics SERVER --query&apos; asks it through the SSH connection instead of scraping.</translation>
    </message>
    <message>
        <source>Read the detail: it is what the server&apos;s tools said (a database that is down, a wrong password in the .env, a full disk).</source>
        <translation>Read the detail: it is what the server&apos;s tools said (a database that is down, a wrong password in the .env, a full disk).</translation>
    </message>
    <message>
        <source>Run &apos;capataz-cli backup SERVER list&apos; to see the backups&apos; names.</source>
        <translation>Run &apos;capataz-cli backup SERVER list&apos; to see the backups&apos; names.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unfinished</translation>
    </message>
    <message>
        <source>no manifest</source>
        <translation>no manifest</translation>
    </message>
    <message>
        <source>size differs from manifest</source>
        <translation>size differs from manifest</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>never drilled</source>
        <translation>never drilled</translation>
    </message>
    <message>
        <source>restore drill passed %1</source>
        <translation>restore drill passed %1</translation>
    </message>
    <message>
        <source>restore drill FAILED %1</source>
        <translation>restore drill FAILED %1</translation>
    </message>
    <message>
        <source>Backing up %1 ...</source>
        <translation>Backing up %1 ...</translation>
    </message>
    <message>
        <source>Made %1 (%2, SHA-256 %3): %4</source>
        <translation>Made %1 (%2, SHA-256 %3): %4</translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation>No backups in %1 yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) old</source>
        <translation>
            <numerusform>%n hour old</numerusform>
            <numerusform>%n hours old</numerusform>
        </translation>
    </message>
    <message>
        <source>Last scheduled run: %1, exit status %2, %3 made, %4 deleted by retention.</source>
        <translation>Last scheduled run: %1, exit status %2, %3 made, %4 deleted by retention.</translation>
    </message>
    <message>
        <source>ALARM (%1): %2</source>
        <translation>ALARM (%1): %2</translation>
    </message>
    <message>
        <source>%1 is intact: size and SHA-256 match its manifest.</source>
        <translation>%1 is intact: size and SHA-256 match its manifest.</translation>
    </message>
    <message>
        <source>Do not rely on this backup: make a new one, or use an older one that verifies.</source>
        <translation>Do not rely on this backup: make a new one, or use an older one that verifies.</translation>
    </message>
    <message>
        <source>Download the backup again: its manifest comes with it.</source>
        <translation>Download the backup again: its manifest comes with it.</translation>
    </message>
    <message>
        <source>Check the file&apos;s path.</source>
        <translation>Check the file&apos;s path.</translation>
    </message>
    <message>
        <source>downloading %1: %2%</source>
        <translation>downloading %1: %2%</translation>
    </message>
    <message>
        <source>Resumed at %1.</source>
        <translation>Resumed at %1.</translation>
    </message>
    <message>
        <source>Saved %1 (%2); its SHA-256 matches the manifest.</source>
        <translation>Saved %1 (%2); its SHA-256 matches the manifest.</translation>
    </message>
    <message>
        <source>Restore drill of %1 passed in %2 s: %3, as the manifest says.</source>
        <translation>Restore drill of %1 passed in %2 s: %3, as the manifest says.</translation>
    </message>
    <message>
        <source>This backup does not restore as it should: make a new one and drill it.</source>
        <translation>This backup does not restore as it should: make a new one and drill it.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>The backup directory on the server (default /var/backups/capataz/PROJECT).</source>
        <translation>The backup directory on the server (default /var/backups/capataz/PROJECT).</translation>
    </message>
    <message>
        <source>create: back up this instead of the recipe&apos;s targets: postgres, mongodb, volume or files.</source>
        <translation>create: back up this instead of the recipe&apos;s targets: postgres, mongodb, volume or files.</translation>
    </message>
    <message>
        <source>With --kind postgres or mongodb: the database.</source>
        <translation>With --kind postgres or mongodb: the database.</translation>
    </message>
    <message>
        <source>The .env variable holding the database&apos;s name.</source>
        <translation>The .env variable holding the database&apos;s name.</translation>
    </message>
    <message>
        <source>The .env variable holding the database user.</source>
        <translation>The .env variable holding the database user.</translation>
    </message>
    <message>
        <source>The .env variable holding the database password (read on the server, passed on stdin, never on a command line).</source>
        <translation>The .env variable holding the database password (read on the server, passed on stdin, never on a command line).</translation>
    </message>
    <message>
        <source>The compose service that runs the database (default: PostgreSQL on the host).</source>
        <translation>The compose service that runs the database (default: PostgreSQL on the host).</translation>
    </message>
    <message>
        <source>With --kind volume: the docker volume.</source>
        <translation>With --kind volume: the docker volume.</translation>
    </message>
    <message>
        <source>With --kind files: a path relative to the project directory.</source>
        <translation>With --kind files: a path relative to the project directory.</translation>
    </message>
    <message>
        <source>The project&apos;s .env (default: the recipe&apos;s).</source>
        <translation>The project&apos;s .env (default: the recipe&apos;s).</translation>
    </message>
    <message>
        <source>The image that runs tar for volumes (default busybox:latest).</source>
        <translation>The image that runs tar for volumes (default busybox:latest).</translation>
    </message>
    <message>
        <source>zstd or gzip (default: zstd where the server has it).</source>
        <translation>zstd or gzip (default: zstd where the server has it).</translation>
    </message>
    <message>
        <source>download: the directory on this computer (default: the current one).</source>
        <translation>download: the directory on this computer (default: the current one).</translation>
    </message>
    <message>
        <source>verify: check a downloaded copy on this computer instead.</source>
        <translation>verify: check a downloaded copy on this computer instead.</translation>
    </message>
    <message>
        <source>restore: type the database&apos;s (or volume&apos;s) name to confirm.</source>
        <translation>restore: type the database&apos;s (or volume&apos;s) name to confirm.</translation>
    </message>
    <message>
        <source>list: hours between backups the schedule promises (default 24).</source>
        <translation>list: hours between backups the schedule promises (default 24).</translation>
    </message>
    <message>
        <source>schedule: the time of day the backups run, HH:MM (default 02:00).</source>
        <translation>schedule: the time of day the backups run, HH:MM (default 02:00).</translation>
    </message>
    <message>
        <source>schedule: keep every backup younger than this (default 7).</source>
        <translation>schedule: keep every backup younger than this (default 7).</translation>
    </message>
    <message>
        <source>schedule: keep at least this many good backups of each (default 7).</source>
        <translation>schedule: keep at least this many good backups of each (default 7).</translation>
    </message>
    <message>
        <source>schedule: take the schedule off the server.</source>
        <translation>schedule: take the schedule off the server.</translation>
    </message>
    <message>
        <source>Makes backups on the server with a manifest (size, SHA-256, what a restore must find), lists them with their state, verifies them, downloads them with resume and checksum, proves they restore (drill), and restores one after a safety backup. Exit 3 from list: an alarm (late, failed, empty, shrunk).</source>
        <translation>Makes backups on the server with a manifest (size, SHA-256, what a restore must find), lists them with their state, verifies them, downloads them with resume and checksum, proves they restore (drill), and restores one after a safety backup. Exit 3 from list: an alarm (late, failed, empty, shrunk).</translation>
    </message>
    <message>
        <source>backup needs a SERVER and an action</source>
        <translation>backup needs a SERVER and an action</translation>
    </message>
    <message>
        <source>unknown backup action &apos;%1&apos;</source>
        <translation>unknown backup action &apos;%1&apos;</translation>
    </message>
    <message>
        <source>backup %1 needs the backup&apos;s NAME</source>
        <translation>backup %1 needs the backup&apos;s NAME</translation>
    </message>
    <message>
        <source>backup %1 takes no NAME</source>
        <translation>backup %1 takes no NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the name of a Capataz backup</source>
        <translation>&apos;%1&apos; is not the name of a Capataz backup</translation>
    </message>
    <message>
        <source>--compress must be zstd or gzip</source>
        <translation>--compress must be zstd or gzip</translation>
    </message>
    <message>
        <source>--at must be a time of day such as 02:00</source>
        <translation>--at must be a time of day such as 02:00</translation>
    </message>
    <message>
        <source>--keep-days and --keep-count must be whole numbers of at least 1</source>
        <translation>--keep-days and --keep-count must be whole numbers of at least 1</translation>
    </message>
    <message>
        <source>--every must be a number of hours</source>
        <translation>--every must be a number of hours</translation>
    </message>
    <message>
        <source>Ask an administrator of the server: making, drilling and restoring backups is theirs; support may list, verify and download.</source>
        <translation>Ask an administrator of the server: making, drilling and restoring backups is theirs; support may list, verify and download.</translation>
    </message>
    <message>
        <source>--kind must be postgres, mongodb, volume or files</source>
        <translation>--kind must be postgres, mongodb, volume or files</translation>
    </message>
    <message>
        <source>the server&apos;s recipe names nothing to back up: say what with --kind</source>
        <translation>the server&apos;s recipe names nothing to back up: say what with --kind</translation>
    </message>
    <message>
        <source>restore replaces the live data: confirm with --confirm and the database&apos;s (or volume&apos;s) name</source>
        <translation>restore replaces the live data: confirm with --confirm and the database&apos;s (or volume&apos;s) name</translation>
    </message>
    <message>
        <source>Nothing was restored. Pick a backup that verifies (&apos;backup SERVER verify NAME&apos;).</source>
        <translation>Nothing was restored. Pick a backup that verifies (&apos;backup SERVER verify NAME&apos;).</translation>
    </message>
    <message>
        <source>restoring %1 replaces the data of %2: confirm with --confirm %2</source>
        <translation>restoring %1 replaces the data of %2: confirm with --confirm %2</translation>
    </message>
    <message>
        <source>Restore it by hand, or drill it instead.</source>
        <translation>Restore it by hand, or drill it instead.</translation>
    </message>
    <message>
        <source>capataz-cli: interrupted: stopping after the current step and putting the data back</source>
        <translation>capataz-cli: interrupted: stopping after the current step and putting the data back</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the data matches the manifest.</source>
        <translation>Restored %1 from %2; the data matches the manifest.</translation>
    </message>
    <message>
        <source>The restore failed; the safety backup was put back (see the steps above). Your data is as it was before.</source>
        <translation>The restore failed; the safety backup was put back (see the steps above). Your data is as it was before.</translation>
    </message>
    <message>
        <source>Check the schedule&apos;s options.</source>
        <translation>Check the schedule&apos;s options.</translation>
    </message>
    <message>
        <source>The backup schedule of %1 is off the server.</source>
        <translation>The backup schedule of %1 is off the server.</translation>
    </message>
    <message>
        <source>The schedule was already installed as asked; nothing changed. Next run: %1 (the server&apos;s clock).</source>
        <translation>The schedule was already installed as asked; nothing changed. Next run: %1 (the server&apos;s clock).</translation>
    </message>
    <message>
        <source>Installed %1 and its cron entry in %2. Next run: %3 (the server&apos;s clock).</source>
        <translation>Installed %1 and its cron entry in %2. Next run: %3 (the server&apos;s clock).</translation>
    </message>
    <message>
        <source>Print one JSON object with every server&apos;s status.</source>
        <translation>Print one JSON object with every server&apos;s status.</translation>
    </message>
    <message>
        <source>Check at most N servers at a time (default 8).</source>
        <translation>Check at most N servers at a time (default 8).</translation>
    </message>
    <message>
        <source>Give each server at most SECONDS to connect, and again to answer (default 15).</source>
        <translation>Give each server at most SECONDS to connect, and again to answer (default 15).</translation>
    </message>
    <message>
        <source>Trust and remember a server&apos;s host key the first time it is seen.</source>
        <translation>Trust and remember a server&apos;s host key the first time it is seen.</translation>
    </message>
    <message>
        <source>Servers to check (default: all).</source>
        <translation>Servers to check (default: all).</translation>
    </message>
    <message>
        <source>Checks servers in parallel: whether they answer, their service, certificate, disk space and backups. Exit status: 0 all well, 1 something needs attention, 2 a server could not be reached.</source>
        <translation>Checks servers in parallel: whether they answer, their service, certificate, disk space and backups. Exit status: 0 all well, 1 something needs attention, 2 a server could not be reached.</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256</source>
        <translation>--jobs needs a number from 1 to 256</translation>
    </message>
    <message>
        <source>--timeout needs seconds from 1 to 600</source>
        <translation>--timeout needs seconds from 1 to 600</translation>
    </message>
    <message>
        <source>Why: %1 (%2)</source>
        <translation>Why: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Certificate: valid until %1 (%n days left)</source>
        <translation>
            <numerusform>Certificate: valid until %1 (%n day left)</numerusform>
            <numerusform>Certificate: valid until %1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk: %1 free of %2 (%3% used)</source>
        <translation>Disk: %1 free of %2 (%3% used)</translation>
    </message>
    <message>
        <source>Backups: not set up</source>
        <translation>Backups: not set up</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Only this server (profile name).</source>
        <translation>Only this server (profile name).</translation>
    </message>
    <message>
        <source>Only this plan (its title, as listed).</source>
        <translation>Only this plan (its title, as listed).</translation>
    </message>
    <message>
        <source>ok (succeeded, done, skipped) or failed (failed, cancelled).</source>
        <translation>ok (succeeded, done, skipped) or failed (failed, cancelled).</translation>
    </message>
    <message>
        <source>From this time: 24h, 7d, 90m, 2w, or a date (2026-03-01) or date and time.</source>
        <translation>From this time: 24h, 7d, 90m, 2w, or a date (2026-03-01) or date and time.</translation>
    </message>
    <message>
        <source>Before this time (same forms as --since).</source>
        <translation>Before this time (same forms as --since).</translation>
    </message>
    <message>
        <source>Only entries whose text contains TEXT.</source>
        <translation>Only entries whose text contains TEXT.</translation>
    </message>
    <message>
        <source>At most N entries in the table or JSON (default 200).</source>
        <translation>At most N entries in the table or JSON (default 200).</translation>
    </message>
    <message>
        <source>Write every matching entry as CSV to FILE (- for stdout).</source>
        <translation>Write every matching entry as CSV to FILE (- for stdout).</translation>
    </message>
    <message>
        <source>Print JSON: {entries: [...]}.</source>
        <translation>Print JSON: {entries: [...]}.</translation>
    </message>
    <message>
        <source>Prints what Capataz did on the servers, newest first: when, who (the local user), server, plan, step, action, result, duration and detail. Secrets were masked before they were recorded.</source>
        <translation>Prints what Capataz did on the servers, newest first: when, who (the local user), server, plan, step, action, result, duration and detail. Secrets were masked before they were recorded.</translation>
    </message>
    <message>
        <source>audit takes no arguments, only options</source>
        <translation>audit takes no arguments, only options</translation>
    </message>
    <message>
        <source>--result must be ok or failed, not &apos;%1&apos;</source>
        <translation>--result must be ok or failed, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more</source>
        <translation>--limit needs a whole number of 1 or more</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write in it.</source>
        <translation>Check that the folder exists and that you may write in it.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n entry written to %1</numerusform>
            <numerusform>%n entries written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <source>TOOK</source>
        <translation>TOOK</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>uploading %1: %2%</source>
        <translation>uploading %1: %2%</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2; the server&apos;s SHA-256 matches the manifest.</source>
        <translation>Uploaded %1 to %2; the server&apos;s SHA-256 matches the manifest.</translation>
    </message>
    <message>
        <source>create, list, verify, download, upload, drill, restore or schedule.</source>
        <translation>create, list, verify, download, upload, drill, restore or schedule.</translation>
    </message>
    <message>
        <source>The backup&apos;s file name (verify, download, drill, restore; upload: the downloaded copy&apos;s path).</source>
        <translation>The backup&apos;s file name (verify, download, drill, restore; upload: the downloaded copy&apos;s path).</translation>
    </message>
    <message>
        <source>The safety backup could not be made, so nothing was restored. Fix what the detail says and try again.</source>
        <translation>The safety backup could not be made, so nothing was restored. Fix what the detail says and try again.</translation>
    </message>
    <message>
        <source>The restore failed and the safety backup could not be put back: it is in %1/safety. Restore it by hand (see the steps above).</source>
        <translation>The restore failed and the safety backup could not be put back: it is in %1/safety. Restore it by hand (see the steps above).</translation>
    </message>
    <message>
        <source>could not read the ports the compose project publishes (%1); only the usual ports are probed.</source>
        <translation>could not read the ports the compose project publishes (%1); only the usual ports are probed.</translation>
    </message>
    <message>
        <source>Seen from this computer: %1</source>
        <translation>Seen from this computer: %1</translation>
    </message>
    <message>
        <source>should answer</source>
        <translation>should answer</translation>
    </message>
    <message>
        <source>should not answer</source>
        <translation>should not answer</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation>EXPECTED</translation>
    </message>
    <message>
        <source>WHY PROBED</source>
        <translation>WHY PROBED</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificate: %1</translation>
    </message>
    <message>
        <source>HTTP on port 80: %1 %2</source>
        <translation>HTTP on port 80: %1 %2</translation>
    </message>
    <message>
        <source>Nothing wrong found.</source>
        <translation>Nothing wrong found.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Fixed by the setup step &quot;%1&quot; (capataz-cli plan SERVER %1).</source>
        <translation>Fixed by the setup step &quot;%1&quot; (capataz-cli plan SERVER %1).</translation>
    </message>
    <message>
        <source>The public name of the site, checked in the certificate.</source>
        <translation>The public name of the site, checked in the certificate.</translation>
    </message>
    <message>
        <source>A port allowed to be public besides SSH, 80 and 443 (repeat, or separate with commas).</source>
        <translation>A port allowed to be public besides SSH, 80 and 443 (repeat, or separate with commas).</translation>
    </message>
    <message>
        <source>A port the compose project publishes (repeat, or separate with commas).</source>
        <translation>A port the compose project publishes (repeat, or separate with commas).</translation>
    </message>
    <message>
        <source>Also read the ports the compose project publishes, through SSH.</source>
        <translation>Also read the ports the compose project publishes, through SSH.</translation>
    </message>
    <message>
        <source>Only the ports: no certificate and no redirect check.</source>
        <translation>Only the ports: no certificate and no redirect check.</translation>
    </message>
    <message>
        <source>Trust this CA (PEM) besides the system&apos;s.</source>
        <translation>Trust this CA (PEM) besides the system&apos;s.</translation>
    </message>
    <message>
        <source>Seconds to wait for each probe (default 4).</source>
        <translation>Seconds to wait for each probe (default 4).</translation>
    </message>
    <message>
        <source>Print JSON: {address, ports, certificate, http, findings}.</source>
        <translation>Print JSON: {address, ports, certificate, http, findings}.</translation>
    </message>
    <message>
        <source>Checks the server from this computer, as the internet sees it: which ports answer compared with those that should (SSH, 80, 443 and the allowed ones), the certificate on port 443, and whether HTTP sends visitors to HTTPS. Exit 3 when a problem is found.</source>
        <translation>Checks the server from this computer, as the internet sees it: which ports answer compared with those that should (SSH, 80, 443 and the allowed ones), the certificate on port 443, and whether HTTP sends visitors to HTTPS. Exit 3 when a problem is found.</translation>
    </message>
    <message>
        <source>check-outside needs exactly one SERVER</source>
        <translation>check-outside needs exactly one SERVER</translation>
    </message>
    <message>
        <source>--allow and --published need TCP ports from 1 to 65535</source>
        <translation>--allow and --published need TCP ports from 1 to 65535</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds from 1 to 300</source>
        <translation>--timeout needs a whole number of seconds from 1 to 300</translation>
    </message>
    <message>
        <source>Give a PEM file with one or more CA certificates.</source>
        <translation>Give a PEM file with one or more CA certificates.</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>EXIT</translation>
    </message>
    <message>
        <source>No access accounts on this server.</source>
        <translation>No access accounts on this server.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>INCOMPLETE</translation>
    </message>
    <message>
        <source>project: %1</source>
        <translation>project: %1</translation>
    </message>
    <message>
        <source>log files: %1</source>
        <translation>log files: %1</translation>
    </message>
    <message>
        <source>units: %1</source>
        <translation>units: %1</translation>
    </message>
    <message>
        <source>loopback ports: %1</source>
        <translation>loopback ports: %1</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>key: %1</translation>
    </message>
    <message>
        <source>Giving and revoking access needs an administrator&apos;s profile of the server.</source>
        <translation>Giving and revoking access needs an administrator&apos;s profile of the server.</translation>
    </message>
    <message>
        <source>Correct the value named and run it again.</source>
        <translation>Correct the value named and run it again.</translation>
    </message>
    <message>
        <source>Give the person&apos;s public key file (.pub).</source>
        <translation>Give the person&apos;s public key file (.pub).</translation>
    </message>
    <message>
        <source>Choose another file for the new key.</source>
        <translation>Choose another file for the new key.</translation>
    </message>
    <message>
        <source>Give a valid OpenSSH public key.</source>
        <translation>Give a valid OpenSSH public key.</translation>
    </message>
    <message>
        <source>This profile is not an access account, or its account was revoked.</source>
        <translation>This profile is not an access account, or its account was revoked.</translation>
    </message>
    <message>
        <source>The server&apos;s dispatcher answered something else; give access again.</source>
        <translation>The server&apos;s dispatcher answered something else; give access again.</translation>
    </message>
    <message>
        <source>Access account %1, role %2: the server allows only what this role may do.</source>
        <translation>Access account %1, role %2: the server allows only what this role may do.</translation>
    </message>
    <message>
        <source>Access given: account %1 (%2) on %3.</source>
        <translation>Access given: account %1 (%2) on %3.</translation>
    </message>
    <message>
        <source>Its private key: %1 (hand it to the person; it has no passphrase).</source>
        <translation>Its private key: %1 (hand it to the person; it has no passphrase).</translation>
    </message>
    <message>
        <source>Profile %1 added for the account.</source>
        <translation>Profile %1 added for the account.</translation>
    </message>
    <message>
        <source>Access revoked: %1 can no longer log in to %2.</source>
        <translation>Access revoked: %1 can no longer log in to %2.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to do it, or for access with another role.</source>
        <translation>Ask the server&apos;s administrator to do it, or for access with another role.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to give access again (&apos;capataz-cli access SERVER grant&apos;), or add the profile again with the --sudo mode the account really has.</source>
        <translation>Ask the server&apos;s administrator to give access again (&apos;capataz-cli access SERVER grant&apos;), or add the profile again with the --sudo mode the account really has.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation>%1 (ended %2)</translation>
    </message>
    <message>
        <source>Status page of %1 (what its owner sees besides the checks)</source>
        <translation>Status page of %1 (what its owner sees besides the checks)</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Whom to call:</source>
        <translation>Whom to call:</translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation>Maintenance:</translation>
    </message>
    <message>
        <source>Owners see the address:</source>
        <translation>Owners see the address:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>What the system is, in the owner&apos;s words (&quot;&quot; clears it).</source>
        <translation>What the system is, in the owner&apos;s words (&quot;&quot; clears it).</translation>
    </message>
    <message>
        <source>Whom the owner calls when something is wrong.</source>
        <translation>Whom the owner calls when something is wrong.</translation>
    </message>
    <message>
        <source>Their phone number.</source>
        <translation>Their phone number.</translation>
    </message>
    <message>
        <source>Their e-mail address.</source>
        <translation>Their e-mail address.</translation>
    </message>
    <message>
        <source>A maintenance note shown instead of the alarms (needs --until).</source>
        <translation>A maintenance note shown instead of the alarms (needs --until).</translation>
    </message>
    <message>
        <source>When the maintenance ends: 90m, 3h, 2d from now, or a date and time (2026-12-08T18:00, local time).</source>
        <translation>When the maintenance ends: 90m, 3h, 2d from now, or a date and time (2026-12-08T18:00, local time).</translation>
    </message>
    <message>
        <source>Remove the maintenance note.</source>
        <translation>Remove the maintenance note.</translation>
    </message>
    <message>
        <source>Whether owners see the server&apos;s host name and address: yes or no.</source>
        <translation>Whether owners see the server&apos;s host name and address: yes or no.</translation>
    </message>
    <message>
        <source>Print the settings as one JSON object.</source>
        <translation>Print the settings as one JSON object.</translation>
    </message>
    <message>
        <source>The server (profile name).</source>
        <translation>The server (profile name).</translation>
    </message>
    <message>
        <source>Shows what the server&apos;s status page says besides its checks, and with options changes it (an administrator&apos;s profile only). Kept on this computer, like the page&apos;s settings dialog.</source>
        <translation>Shows what the server&apos;s status page says besides its checks, and with options changes it (an administrator&apos;s profile only). Kept on this computer, like the page&apos;s settings dialog.</translation>
    </message>
    <message>
        <source>name one server</source>
        <translation>name one server</translation>
    </message>
    <message>
        <source>--maintenance and --until go together</source>
        <translation>--maintenance and --until go together</translation>
    </message>
    <message>
        <source>--maintenance and --end-maintenance exclude each other</source>
        <translation>--maintenance and --end-maintenance exclude each other</translation>
    </message>
    <message>
        <source>--until: &apos;%1&apos; is not 90m, 3h, 2d or a date and time</source>
        <translation>--until: &apos;%1&apos; is not 90m, 3h, 2d or a date and time</translation>
    </message>
    <message>
        <source>--until: the end of the maintenance is already past</source>
        <translation>--until: the end of the maintenance is already past</translation>
    </message>
    <message>
        <source>--show-addresses must be yes or no</source>
        <translation>--show-addresses must be yes or no</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to change the status page.</source>
        <translation>Ask the server&apos;s administrator to change the status page.</translation>
    </message>
    <message>
        <source>Correct that value; nothing was changed.</source>
        <translation>Correct that value; nothing was changed.</translation>
    </message>
    <message>
        <source>How often the console scrapes this server&apos;s metrics, in seconds (5 to 3600; default 15).</source>
        <translation>How often the console scrapes this server&apos;s metrics, in seconds (5 to 3600; default 15).</translation>
    </message>
    <message>
        <source>--scrape-every must be a number of seconds from 5 to 3600, not &apos;%1&apos;</source>
        <translation>--scrape-every must be a number of seconds from 5 to 3600, not &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>capataz::client</name>
    <message>
        <source>Connected again: reading goes on from the last line shown. Lines written in the same millisecond as it may be missing.</source>
        <translation>Connected again: reading goes on from the last line shown. Lines written in the same millisecond as it may be missing.</translation>
    </message>
</context>
<context>
    <name>capataz::health</name>
    <message numerus="yes">
        <source>The certificate on port 443 expired %n day(s) ago.</source>
        <translation>
            <numerusform>The certificate on port 443 expired %n day ago.</numerusform>
            <numerusform>The certificate on port 443 expired %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate on port 443 expires in %n day(s).</source>
        <translation>
            <numerusform>The certificate on port 443 expires in %n day.</numerusform>
            <numerusform>The certificate on port 443 expires in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 answers from the internet: the compose project publishes it on every interface.</source>
        <translation>Port %1 answers from the internet: the compose project publishes it on every interface.</translation>
    </message>
    <message>
        <source>Port %1 answers from the internet.</source>
        <translation>Port %1 answers from the internet.</translation>
    </message>
    <message>
        <source>The SSH port %1 does not answer from this computer.</source>
        <translation>The SSH port %1 does not answer from this computer.</translation>
    </message>
    <message>
        <source>Port %1 does not answer from the internet.</source>
        <translation>Port %1 does not answer from the internet.</translation>
    </message>
    <message>
        <source>Port %1 is allowed to be public but does not answer.</source>
        <translation>Port %1 is allowed to be public but does not answer.</translation>
    </message>
    <message>
        <source>Port 443 does not answer with HTTPS.</source>
        <translation>Port 443 does not answer with HTTPS.</translation>
    </message>
    <message>
        <source>The certificate on port 443 is not trusted by browsers.</source>
        <translation>The certificate on port 443 is not trusted by browsers.</translation>
    </message>
    <message>
        <source>The certificate on port 443 is not made out to %1.</source>
        <translation>The certificate on port 443 is not made out to %1.</translation>
    </message>
    <message>
        <source>Plain HTTP on port 80 does not send visitors to HTTPS.</source>
        <translation>Plain HTTP on port 80 does not send visitors to HTTPS.</translation>
    </message>
    <message>
        <source>Databases, caches and admin pages often have no password of their own: anyone on the internet could read or change the data. Docker opens published ports ahead of the firewall, so ufw does not close them; bind them to 127.0.0.1 and let nginx or SSH reach them.</source>
        <translation>Databases, caches and admin pages often have no password of their own: anyone on the internet could read or change the data. Docker opens published ports ahead of the firewall, so ufw does not close them; bind them to 127.0.0.1 and let nginx or SSH reach them.</translation>
    </message>
    <message>
        <source>Without SSH, Capataz (and you) cannot manage, fix or back up the server.</source>
        <translation>Without SSH, Capataz (and you) cannot manage, fix or back up the server.</translation>
    </message>
    <message>
        <source>Visitors cannot reach the service, and the certificate cannot be renewed.</source>
        <translation>Visitors cannot reach the service, and the certificate cannot be renewed.</translation>
    </message>
    <message>
        <source>Whatever should answer there is not running, or the firewall blocks it.</source>
        <translation>Whatever should answer there is not running, or the firewall blocks it.</translation>
    </message>
    <message>
        <source>Browsers cannot open the site securely; visitors see an error page.</source>
        <translation>Browsers cannot open the site securely; visitors see an error page.</translation>
    </message>
    <message>
        <source>Browsers show a security warning and most visitors leave; apps refuse to connect.</source>
        <translation>Browsers show a security warning and most visitors leave; apps refuse to connect.</translation>
    </message>
    <message>
        <source>Browsers show a security warning because the certificate belongs to another name.</source>
        <translation>Browsers show a security warning because the certificate belongs to another name.</translation>
    </message>
    <message>
        <source>Browsers block the site with a security warning until the certificate is renewed.</source>
        <translation>Browsers block the site with a security warning until the certificate is renewed.</translation>
    </message>
    <message>
        <source>The automatic renewal should have replaced it by now; when it expires, browsers block the site.</source>
        <translation>The automatic renewal should have replaced it by now; when it expires, browsers block the site.</translation>
    </message>
    <message>
        <source>Visitors who type the address without https:// use an unencrypted connection, where passwords and data can be read on the way.</source>
        <translation>Visitors who type the address without https:// use an unencrypted connection, where passwords and data can be read on the way.</translation>
    </message>
</context>
<context>
    <name>capataz::logs</name>
    <message>
        <source>Not reading from %1 to %2 (the connection was lost). Lines written meanwhile may be missing: the file was rotated or truncated, or the log&apos;s position was gone.</source>
        <translation>Not reading from %1 to %2 (the connection was lost). Lines written meanwhile may be missing: the file was rotated or truncated, or the log&apos;s position was gone.</translation>
    </message>
    <message>
        <source>Not reading from %1 to %2 (the connection was lost); the lines written meanwhile were read back.</source>
        <translation>Not reading from %1 to %2 (the connection was lost); the lines written meanwhile were read back.</translation>
    </message>
</context>
<context>
    <name>capataz::metrics</name>
    <message>
        <source>The metric name is not valid.</source>
        <translation>The metric name is not valid.</translation>
    </message>
    <message>
        <source>The labels between braces are malformed.</source>
        <translation>The labels between braces are malformed.</translation>
    </message>
    <message>
        <source>A label name is not valid.</source>
        <translation>A label name is not valid.</translation>
    </message>
    <message>
        <source>A label appears twice in one sample.</source>
        <translation>A label appears twice in one sample.</translation>
    </message>
    <message>
        <source>The sample&apos;s value is not a number.</source>
        <translation>The sample&apos;s value is not a number.</translation>
    </message>
    <message>
        <source>The timestamp is not valid.</source>
        <translation>The timestamp is not valid.</translation>
    </message>
    <message>
        <source>The timestamp is too far from today to be stored.</source>
        <translation>The timestamp is too far from today to be stored.</translation>
    </message>
    <message>
        <source>The exemplar after &apos;#&apos; is malformed.</source>
        <translation>The exemplar after &apos;#&apos; is malformed.</translation>
    </message>
    <message>
        <source>The exemplar&apos;s labels are longer than 128 characters.</source>
        <translation>The exemplar&apos;s labels are longer than 128 characters.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation>The line is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>Unexpected characters or spaces after the value.</source>
        <translation>Unexpected characters or spaces after the value.</translation>
    </message>
    <message>
        <source>The sample has no value.</source>
        <translation>The sample has no value.</translation>
    </message>
    <message>
        <source>The HELP, TYPE or UNIT line is malformed.</source>
        <translation>The HELP, TYPE or UNIT line is malformed.</translation>
    </message>
    <message>
        <source>The metric type is not one this format knows.</source>
        <translation>The metric type is not one this format knows.</translation>
    </message>
    <message>
        <source>OpenMetrics text may not contain blank lines.</source>
        <translation>OpenMetrics text may not contain blank lines.</translation>
    </message>
    <message>
        <source>OpenMetrics allows only HELP, TYPE, UNIT and EOF after &apos;#&apos;.</source>
        <translation>OpenMetrics allows only HELP, TYPE, UNIT and EOF after &apos;#&apos;.</translation>
    </message>
    <message>
        <source>The text does not end with &apos;# EOF&apos;.</source>
        <translation>The text does not end with &apos;# EOF&apos;.</translation>
    </message>
    <message>
        <source>There is text after &apos;# EOF&apos;.</source>
        <translation>There is text after &apos;# EOF&apos;.</translation>
    </message>
    <message>
        <source>The metric&apos;s HELP, TYPE or UNIT is given twice.</source>
        <translation>The metric&apos;s HELP, TYPE or UNIT is given twice.</translation>
    </message>
    <message>
        <source>HELP, TYPE or UNIT comes after the metric&apos;s samples.</source>
        <translation>HELP, TYPE or UNIT comes after the metric&apos;s samples.</translation>
    </message>
    <message>
        <source>This metric name is already used in the text.</source>
        <translation>This metric name is already used in the text.</translation>
    </message>
    <message>
        <source>The unit does not end the metric&apos;s name, or the type has no unit.</source>
        <translation>The unit does not end the metric&apos;s name, or the type has no unit.</translation>
    </message>
    <message>
        <source>A label this metric type needs (le, quantile, the state) is missing.</source>
        <translation>A label this metric type needs (le, quantile, the state) is missing.</translation>
    </message>
    <message>
        <source>The le or quantile label is not a valid number.</source>
        <translation>The le or quantile label is not a valid number.</translation>
    </message>
    <message>
        <source>A bucket or count must be a whole number.</source>
        <translation>A bucket or count must be a whole number.</translation>
    </message>
    <message>
        <source>This value may not be negative.</source>
        <translation>This value may not be negative.</translation>
    </message>
    <message>
        <source>This value may not be NaN.</source>
        <translation>This value may not be NaN.</translation>
    </message>
    <message>
        <source>A stateset value must be 0 or 1, an info value 1.</source>
        <translation>A stateset value must be 0 or 1, an info value 1.</translation>
    </message>
    <message>
        <source>Only counters and histogram buckets may carry exemplars.</source>
        <translation>Only counters and histogram buckets may carry exemplars.</translation>
    </message>
    <message>
        <source>The samples of one series are not next to each other.</source>
        <translation>The samples of one series are not next to each other.</translation>
    </message>
    <message>
        <source>Some samples of a series have a timestamp and some do not.</source>
        <translation>Some samples of a series have a timestamp and some do not.</translation>
    </message>
    <message>
        <source>The timestamps of a series go back.</source>
        <translation>The timestamps of a series go back.</translation>
    </message>
    <message>
        <source>The histogram&apos;s buckets, count and sum do not fit together.</source>
        <translation>The histogram&apos;s buckets, count and sum do not fit together.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation>Unexpected character &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected %1; expected %2.</source>
        <translation>Unexpected %1; expected %2.</translation>
    </message>
    <message>
        <source>The query ends too soon; expected %1.</source>
        <translation>The query ends too soon; expected %1.</translation>
    </message>
    <message>
        <source>A quoted string is not closed.</source>
        <translation>A quoted string is not closed.</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>Invalid escape sequence in a string.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number.</source>
        <translation>&apos;%1&apos; is not a valid number.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid duration (such as 30s, 5m, 1h30m, 7d).</source>
        <translation>&apos;%1&apos; is not a valid duration (such as 30s, 5m, 1h30m, 7d).</translation>
    </message>
    <message>
        <source>The regular expression &apos;%1&apos; is not valid: %2.</source>
        <translation>The regular expression &apos;%1&apos; is not valid: %2.</translation>
    </message>
    <message>
        <source>Unknown function &apos;%1&apos;.</source>
        <translation>Unknown function &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>The function %1 takes %n argument(s).</source>
        <translation>
            <numerusform>The function %1 takes %n argument.</numerusform>
            <numerusform>The function %1 takes %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs %2, not %3.</source>
        <translation>%1 needs %2, not %3.</translation>
    </message>
    <message>
        <source>A selector needs a metric name or a label matcher that does not match the empty value.</source>
        <translation>A selector needs a metric name or a label matcher that does not match the empty value.</translation>
    </message>
    <message>
        <source>The metric name is given twice in one selector.</source>
        <translation>The metric name is given twice in one selector.</translation>
    </message>
    <message>
        <source>A comparison between two numbers needs the bool modifier.</source>
        <translation>A comparison between two numbers needs the bool modifier.</translation>
    </message>
    <message>
        <source>bool is only allowed after a comparison.</source>
        <translation>bool is only allowed after a comparison.</translation>
    </message>
    <message>
        <source>on, ignoring, group_left and group_right need a vector on both sides.</source>
        <translation>on, ignoring, group_left and group_right need a vector on both sides.</translation>
    </message>
    <message>
        <source>A range [...] follows only a metric selector.</source>
        <translation>A range [...] follows only a metric selector.</translation>
    </message>
    <message>
        <source>The result holds the series %1 twice at one time.</source>
        <translation>The result holds the series %1 twice at one time.</translation>
    </message>
    <message>
        <source>Several series on each side match on %1: the matching labels must be unique on one side.</source>
        <translation>Several series on each side match on %1: the matching labels must be unique on one side.</translation>
    </message>
    <message>
        <source>Several series on the left match one on the right on %1: use group_left or group_right.</source>
        <translation>Several series on the left match one on the right on %1: use group_left or group_right.</translation>
    </message>
    <message>
        <source>The range has more than 11,000 steps: use a longer step.</source>
        <translation>The range has more than 11,000 steps: use a longer step.</translation>
    </message>
    <message>
        <source>The step must be positive and the end not before the start.</source>
        <translation>The step must be positive and the end not before the start.</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>column %1: %2</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>an expression</translation>
    </message>
    <message>
        <source>a label name</source>
        <translation>a label name</translation>
    </message>
    <message>
        <source>one of = != =~ !~</source>
        <translation>one of = != =~ !~</translation>
    </message>
    <message>
        <source>a quoted string</source>
        <translation>a quoted string</translation>
    </message>
    <message>
        <source>a duration such as 5m</source>
        <translation>a duration such as 5m</translation>
    </message>
    <message>
        <source>an operator or the end of the query</source>
        <translation>an operator or the end of the query</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>an instant vector</source>
        <translation>an instant vector</translation>
    </message>
    <message>
        <source>a range vector</source>
        <translation>a range vector</translation>
    </message>
    <message numerus="yes">
        <source>This server&apos;s metrics make more than %1 series (label values that change all the time?): %n new series were not kept.</source>
        <translation>
            <numerusform>This server&apos;s metrics make more than %1 series (label values that change all the time?): %n new series was not kept.</numerusform>
            <numerusform>This server&apos;s metrics make more than %1 series (label values that change all the time?): %n new series were not kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing answers at %1 on the server: it is not installed or not running there, which is fine; it is tried again at every interval.</source>
        <translation>Nothing answers at %1 on the server: it is not installed or not running there, which is fine; it is tried again at every interval.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 on the server: is the service running, and listening on that port?</source>
        <translation>Nothing answers at %1 on the server: is the service running, and listening on that port?</translation>
    </message>
    <message>
        <source>%1 did not answer in time: the service may be overloaded or stuck.</source>
        <translation>%1 did not answer in time: the service may be overloaded or stuck.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2 instead of metrics: check the path.</source>
        <translation>%1 answered with HTTP status %2 instead of metrics: check the path.</translation>
    </message>
    <message>
        <source>%1 did not give a valid HTTP answer.</source>
        <translation>%1 did not give a valid HTTP answer.</translation>
    </message>
    <message>
        <source>%1 answered, but not with metrics in the Prometheus or OpenMetrics text format (%2).</source>
        <translation>%1 answered, but not with metrics in the Prometheus or OpenMetrics text format (%2).</translation>
    </message>
    <message>
        <source>The connection to the server was lost while reading %1: reading resumes when it is back.</source>
        <translation>The connection to the server was lost while reading %1: reading resumes when it is back.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Not read yet.</translation>
    </message>
    <message>
        <source>Paused: not connected to the server. Reading resumes when the connection is back.</source>
        <translation>Paused: not connected to the server. Reading resumes when the connection is back.</translation>
    </message>
    <message numerus="yes">
        <source>%n samples read in %1 ms; some lines could not be read and were skipped (first: %2).</source>
        <translation>
            <numerusform>%n sample read in %1 ms; some lines could not be read and were skipped (first: %2).</numerusform>
            <numerusform>%n samples read in %1 ms; some lines could not be read and were skipped (first: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples read in %1 ms; new series beyond the limit were dropped.</source>
        <translation>
            <numerusform>%n sample read in %1 ms; new series beyond the limit were dropped.</numerusform>
            <numerusform>%n samples read in %1 ms; new series beyond the limit were dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples read in %1 ms.</source>
        <translation>
            <numerusform>%n sample read in %1 ms.</numerusform>
            <numerusform>%n samples read in %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>not firing</source>
        <translation>not firing</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>firing</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>%n h</source>
        <translation>%n h</translation>
    </message>
    <message>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <source>%n s</source>
        <translation>%n s</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <source>rule %1 (%2)</source>
        <translation>rule %1 (%2)</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>not valid JSON at character %1: %2</translation>
    </message>
    <message>
        <source>not an alert rules file (version 1 with a list of rules)</source>
        <translation>not an alert rules file (version 1 with a list of rules)</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>it has no name</translation>
    </message>
    <message>
        <source>another rule has the same name</source>
        <translation>another rule has the same name</translation>
    </message>
    <message>
        <source>the expression cannot be read: %1</source>
        <translation>the expression cannot be read: %1</translation>
    </message>
    <message>
        <source>a comparison needs one of &gt; &gt;= &lt; &lt;= == != and a number as threshold</source>
        <translation>a comparison needs one of &gt; &gt;= &lt; &lt;= == != and a number as threshold</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration such as 30s, 5m or 1h</source>
        <translation>&apos;%1&apos; is not a duration such as 30s, 5m or 1h</translation>
    </message>
    <message>
        <source>the severity must be info, warning or critical, not &apos;%1&apos;</source>
        <translation>the severity must be info, warning or critical, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: the folder cannot be created</translation>
    </message>
    <message>
        <source>%1: the previous version cannot be kept</source>
        <translation>%1: the previous version cannot be kept</translation>
    </message>
    <message>
        <source>Memory of the server {{ $value }} % used (over 80 %)</source>
        <translation>Memory of the server {{ $value }} % used (over 80 %)</translation>
    </message>
    <message>
        <source>Disk {{ $labels.mountpoint }} {{ $value }} % full (over 90 %)</source>
        <translation>Disk {{ $labels.mountpoint }} {{ $value }} % full (over 90 %)</translation>
    </message>
    <message>
        <source>{{ $labels.instance }} ({{ $labels.job }}) does not answer its /metrics</source>
        <translation>{{ $labels.instance }} ({{ $labels.job }}) does not answer its /metrics</translation>
    </message>
    <message>
        <source>The rule cannot be evaluated: %1</source>
        <translation>The rule cannot be evaluated: %1</translation>
    </message>
    <message>
        <source>No data: %1 returns nothing (no such series, or it stopped being scraped).</source>
        <translation>No data: %1 returns nothing (no such series, or it stopped being scraped).</translation>
    </message>
    <message>
        <source>Not firing: %1 does not hold.</source>
        <translation>Not firing: %1 does not hold.</translation>
    </message>
    <message>
        <source>Pending: %1 holds; it fires when it has held for %2.</source>
        <translation>Pending: %1 holds; it fires when it has held for %2.</translation>
    </message>
    <message numerus="yes">
        <source>Firing (%n label sets): %1</source>
        <translation>
            <numerusform>Firing (%n label set): %1</numerusform>
            <numerusform>Firing (%n label sets): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved: %1 held and holds no more.</source>
        <translation>Resolved: %1 held and holds no more.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n label sets firing)</source>
        <translation>
            <numerusform>%1 (%n label set firing)</numerusform>
            <numerusform>%1 (%n label sets firing)</numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus did not accept the query.</source>
        <translation>Prometheus did not accept the query.</translation>
    </message>
    <message>
        <source>Prometheus could not evaluate the query.</source>
        <translation>Prometheus could not evaluate the query.</translation>
    </message>
    <message>
        <source>The query took longer than Prometheus allows: ask for a shorter range or a longer step.</source>
        <translation>The query took longer than Prometheus allows: ask for a shorter range or a longer step.</translation>
    </message>
    <message>
        <source>Prometheus cancelled the query.</source>
        <translation>Prometheus cancelled the query.</translation>
    </message>
    <message>
        <source>Prometheus failed inside.</source>
        <translation>Prometheus failed inside.</translation>
    </message>
    <message>
        <source>Prometheus is not ready (starting or stopping).</source>
        <translation>Prometheus is not ready (starting or stopping).</translation>
    </message>
    <message>
        <source>No Prometheus API answers at that address: check the server profile&apos;s Prometheus URL.</source>
        <translation>No Prometheus API answers at that address: check the server profile&apos;s Prometheus URL.</translation>
    </message>
    <message>
        <source>Prometheus answered with an error.</source>
        <translation>Prometheus answered with an error.</translation>
    </message>
    <message>
        <source>The service at the Prometheus URL answered with an error and does not look like Prometheus.</source>
        <translation>The service at the Prometheus URL answered with an error and does not look like Prometheus.</translation>
    </message>
    <message>
        <source>Prometheus&apos;s answer could not be understood.</source>
        <translation>Prometheus&apos;s answer could not be understood.</translation>
    </message>
    <message numerus="yes">
        <source>%n series with native histograms left out.</source>
        <translation>
            <numerusform>%n series with native histograms left out.</numerusform>
            <numerusform>%n series with native histograms left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The query nests too deeply: at most %1 levels of parentheses, functions and operators.</source>
        <translation>The query nests too deeply: at most %1 levels of parentheses, functions and operators.</translation>
    </message>
</context>
<context>
    <name>capataz::plan</name>
    <message>
        <source>certbot is not installed on the server: install the packages certbot and python3-certbot-nginx, then run this step again.</source>
        <translation>certbot is not installed on the server: install the packages certbot and python3-certbot-nginx, then run this step again.</translation>
    </message>
    <message>
        <source>Certbot&apos;s nginx plugin is not installed: install the package python3-certbot-nginx, then run this step again.</source>
        <translation>Certbot&apos;s nginx plugin is not installed: install the package python3-certbot-nginx, then run this step again.</translation>
    </message>
    <message>
        <source>Certbot cannot find nginx on the server: install nginx and run the nginx step first.</source>
        <translation>Certbot cannot find nginx on the server: install nginx and run the nginx step first.</translation>
    </message>
    <message>
        <source>nginx&apos;s configuration does not pass `nginx -t`, so certbot cannot change it. Fix this first: %1</source>
        <translation>nginx&apos;s configuration does not pass `nginx -t`, so certbot cannot change it. Fix this first: %1</translation>
    </message>
    <message>
        <source>The domain %1 does not point to this server: create a DNS A record for %1 with the IP address %2, wait until it is visible, then run this step again.</source>
        <translation>The domain %1 does not point to this server: create a DNS A record for %1 with the IP address %2, wait until it is visible, then run this step again.</translation>
    </message>
    <message>
        <source>The domain %1 does not point to this server: create a DNS A record for %1 with this server&apos;s public IP address, wait until it is visible, then run this step again.</source>
        <translation>The domain %1 does not point to this server: create a DNS A record for %1 with this server&apos;s public IP address, wait until it is visible, then run this step again.</translation>
    </message>
    <message>
        <source>Port 80 of %1 is closed or not reachable from the internet (%2): open it in ufw (ufw allow 80/tcp) and in your provider&apos;s firewall, make sure nginx is running, then run this step again.</source>
        <translation>Port 80 of %1 is closed or not reachable from the internet (%2): open it in ufw (ufw allow 80/tcp) and in your provider&apos;s firewall, make sure nginx is running, then run this step again.</translation>
    </message>
    <message>
        <source>The certificate authority reached a web server for %1, but it did not serve the check file under /.well-known/acme-challenge/ (%2): make sure the DNS record points to this server (not to an old server or a CDN) and that nginx&apos;s site for %1 is enabled.</source>
        <translation>The certificate authority reached a web server for %1, but it did not serve the check file under /.well-known/acme-challenge/ (%2): make sure the DNS record points to this server (not to an old server or a CDN) and that nginx&apos;s site for %1 is enabled.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt&apos;s rate limit was reached for %1: wait until %2 before asking again, and try changes with --staging first.</source>
        <translation>Let&apos;s Encrypt&apos;s rate limit was reached for %1: wait until %2 before asking again, and try changes with --staging first.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt&apos;s rate limit was reached for %1: wait (the limit for the same names lasts up to a week) before asking again, and try changes with --staging first.</source>
        <translation>Let&apos;s Encrypt&apos;s rate limit was reached for %1: wait (the limit for the same names lasts up to a week) before asking again, and try changes with --staging first.</translation>
    </message>
    <message>
        <source>Certbot failed. Its last lines:
%1</source>
        <translation>Certbot failed. Its last lines:
%1</translation>
    </message>
    <message>
        <source>Show the effective compose configuration</source>
        <translation>Show the effective compose configuration</translation>
    </message>
    <message>
        <source>Asks docker compose for the configuration it would use, with the files merged and the .env variables filled in (secrets masked). Changes nothing; stops the plan if compose refuses the files.</source>
        <translation>Asks docker compose for the configuration it would use, with the files merged and the .env variables filled in (secrets masked). Changes nothing; stops the plan if compose refuses the files.</translation>
    </message>
    <message>
        <source>Start the compose stack</source>
        <translation>Start the compose stack</translation>
    </message>
    <message>
        <source>Pull the images</source>
        <translation>Pull the images</translation>
    </message>
    <message>
        <source>Downloads the services&apos; images. Skipped when every service already runs with its current configuration.</source>
        <translation>Downloads the services&apos; images. Skipped when every service already runs with its current configuration.</translation>
    </message>
    <message>
        <source>Build the images</source>
        <translation>Build the images</translation>
    </message>
    <message>
        <source>Builds the images of services with a build section (compose skips the others). Skipped when every service already runs with its current configuration.</source>
        <translation>Builds the images of services with a build section (compose skips the others). Skipped when every service already runs with its current configuration.</translation>
    </message>
    <message>
        <source>Start the services</source>
        <translation>Start the services</translation>
    </message>
    <message>
        <source>Creates or recreates the containers whose configuration changed and starts them in the background. If the plan fails later and nothing of the project ran before, rollback stops and removes what this run started with `down`, without -v: volumes and their data are never removed.</source>
        <translation>Creates or recreates the containers whose configuration changed and starts them in the background. If the plan fails later and nothing of the project ran before, rollback stops and removes what this run started with `down`, without -v: volumes and their data are never removed.</translation>
    </message>
    <message>
        <source>Wait until every service runs and is healthy</source>
        <translation>Wait until every service runs and is healthy</translation>
    </message>
    <message>
        <source>Watches the containers until all run, and those with a healthcheck report healthy, for at most %1 seconds. If one stops or turns unhealthy, its last log lines are shown.</source>
        <translation>Watches the containers until all run, and those with a healthcheck report healthy, for at most %1 seconds. If one stops or turns unhealthy, its last log lines are shown.</translation>
    </message>
    <message>
        <source>Enabling ufw with a dead-man switch on the server…</source>
        <translation>Enabling ufw with a dead-man switch on the server…</translation>
    </message>
    <message>
        <source>Checking that a new SSH login still works…</source>
        <translation>Checking that a new SSH login still works…</translation>
    </message>
    <message>
        <source>A new SSH login works: the dead-man switch is cancelled.</source>
        <translation>A new SSH login works: the dead-man switch is cancelled.</translation>
    </message>
    <message>
        <source>A new SSH login failed: ufw would lock you out, the previous firewall comes back.</source>
        <translation>A new SSH login failed: ufw would lock you out, the previous firewall comes back.</translation>
    </message>
    <message>
        <source>Putting the previous firewall back…</source>
        <translation>Putting the previous firewall back…</translation>
    </message>
    <message>
        <source>The previous firewall is back.</source>
        <translation>The previous firewall is back.</translation>
    </message>
    <message>
        <source>Write the environment file %1</source>
        <translation>Write the environment file %1</translation>
    </message>
    <message>
        <source>Writes the project&apos;s .env with the recipe&apos;s defaults, newly generated secrets where a value is missing or weak, and the values you gave; comments, order and quoting stay as they are. The file gets mode 0600 and the previous version is kept next to it.</source>
        <translation>Writes the project&apos;s .env with the recipe&apos;s defaults, newly generated secrets where a value is missing or weak, and the values you gave; comments, order and quoting stay as they are. The file gets mode 0600 and the previous version is kept next to it.</translation>
    </message>
    <message>
        <source>Environment file (.env)</source>
        <translation>Environment file (.env)</translation>
    </message>
    <message>
        <source>Deny incoming connections, allow outgoing ones</source>
        <translation>Deny incoming connections, allow outgoing ones</translation>
    </message>
    <message>
        <source>Firewall (ufw)</source>
        <translation>Firewall (ufw)</translation>
    </message>
    <message>
        <source>Allow SSH before enabling the firewall</source>
        <translation>Allow SSH before enabling the firewall</translation>
    </message>
    <message>
        <source>Opens the ports sshd really listens on (read on the server, never assumed to be 22) and the port of this connection, so enabling ufw keeps you able to log in.</source>
        <translation>Opens the ports sshd really listens on (read on the server, never assumed to be 22) and the port of this connection, so enabling ufw keeps you able to log in.</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>Allow %1</translation>
    </message>
    <message>
        <source>HTTP (80) and HTTPS (443) reach nginx, and certbot proves the domain over port 80. Rules that exist already are left as they are.</source>
        <translation>HTTP (80) and HTTPS (443) reach nginx, and certbot proves the domain over port 80. Rules that exist already are left as they are.</translation>
    </message>
    <message>
        <source>Enable ufw with a dead-man switch</source>
        <translation>Enable ufw with a dead-man switch</translation>
    </message>
    <message>
        <source>Before enabling, the server schedules its own revert to the previous firewall in %1 seconds. Then a new SSH login, opened after the change, cancels it. If that login fails, ufw would have locked you out: the previous firewall comes back by itself.</source>
        <translation>Before enabling, the server schedules its own revert to the previous firewall in %1 seconds. Then a new SSH login, opened after the change, cancels it. If that login fails, ufw would have locked you out: the previous firewall comes back by itself.</translation>
    </message>
    <message>
        <source>Nginx reverse proxy for %1</source>
        <translation>Nginx reverse proxy for %1</translation>
    </message>
    <message>
        <source>Create the Let&apos;s Encrypt challenge directory %1</source>
        <translation>Create the Let&apos;s Encrypt challenge directory %1</translation>
    </message>
    <message>
        <source>nginx serves /.well-known/acme-challenge/ from this directory so a certificate can be requested for the domain. An empty directory is left in place on rollback.</source>
        <translation>nginx serves /.well-known/acme-challenge/ from this directory so a certificate can be requested for the domain. An empty directory is left in place on rollback.</translation>
    </message>
    <message>
        <source>Write the shared WebSocket settings %1</source>
        <translation>Write the shared WebSocket settings %1</translation>
    </message>
    <message>
        <source>Defines once, for every site Capataz writes, the Connection header used when a browser upgrades a request to a WebSocket.</source>
        <translation>Defines once, for every site Capataz writes, the Connection header used when a browser upgrades a request to a WebSocket.</translation>
    </message>
    <message>
        <source>Put the nginx site %1 for %2 in place</source>
        <translation>Put the nginx site %1 for %2 in place</translation>
    </message>
    <message>
        <source>Writes %1 (the previous version is kept next to it as a .bak file), links it into sites-enabled, checks the whole configuration with nginx -t and reloads nginx (or starts it). If nginx -t fails, the previous files are put back and nginx keeps serving the old configuration. With the certificate of %2 present the site serves HTTPS and redirects HTTP to it; without it, HTTP only.</source>
        <translation>Writes %1 (the previous version is kept next to it as a .bak file), links it into sites-enabled, checks the whole configuration with nginx -t and reloads nginx (or starts it). If nginx -t fails, the previous files are put back and nginx keeps serving the old configuration. With the certificate of %2 present the site serves HTTPS and redirects HTTP to it; without it, HTTP only.</translation>
    </message>
    <message>
        <source>Check the operating system</source>
        <translation>Check the operating system</translation>
    </message>
    <message>
        <source>Capataz sets up Debian and Ubuntu servers (apt, ufw, nginx, certbot).</source>
        <translation>Capataz sets up Debian and Ubuntu servers (apt, ufw, nginx, certbot).</translation>
    </message>
    <message>
        <source>Check that commands run as root</source>
        <translation>Check that commands run as root</translation>
    </message>
    <message>
        <source>Setting up the firewall, nginx and Docker needs root, through the profile&apos;s sudo mode.</source>
        <translation>Setting up the firewall, nginx and Docker needs root, through the profile&apos;s sudo mode.</translation>
    </message>
    <message>
        <source>Check Docker and Compose</source>
        <translation>Check Docker and Compose</translation>
    </message>
    <message>
        <source>Docker (or podman) and a compose tool must be installed and the daemon running. Missing parts are installed with the distribution&apos;s packages (docker.io, docker-compose); a rollback leaves them installed.</source>
        <translation>Docker (or podman) and a compose tool must be installed and the daemon running. Missing parts are installed with the distribution&apos;s packages (docker.io, docker-compose); a rollback leaves them installed.</translation>
    </message>
    <message>
        <source>Check ufw, nginx and certbot</source>
        <translation>Check ufw, nginx and certbot</translation>
    </message>
    <message>
        <source>The firewall, the reverse proxy and the certificates need the packages %1; missing ones are installed with apt-get (a rollback leaves them).</source>
        <translation>The firewall, the reverse proxy and the certificates need the packages %1; missing ones are installed with apt-get (a rollback leaves them).</translation>
    </message>
    <message>
        <source>Check the project directory %1</source>
        <translation>Check the project directory %1</translation>
    </message>
    <message>
        <source>The project directory must hold the compose files (%1). If it does not exist, it is cloned or uploaded as the answers say; a rollback removes what was cloned or uploaded.</source>
        <translation>The project directory must hold the compose files (%1). If it does not exist, it is cloned or uploaded as the answers say; a rollback removes what was cloned or uploaded.</translation>
    </message>
    <message>
        <source>Check the server</source>
        <translation>Check the server</translation>
    </message>
    <message>
        <source>Get the Let&apos;s Encrypt certificate for %1</source>
        <translation>Get the Let&apos;s Encrypt certificate for %1</translation>
    </message>
    <message>
        <source>Certbot asks Let&apos;s Encrypt for a certificate covering %1 and proves the domains point here through nginx on port 80; it then enables HTTPS in the site. Skipped while a certificate for these names has more than %2 days left. Undoing this step keeps the certificate.</source>
        <translation>Certbot asks Let&apos;s Encrypt for a certificate covering %1 and proves the domains point here through nginx on port 80; it then enables HTTPS in the site. Skipped while a certificate for these names has more than %2 days left. Undoing this step keeps the certificate.</translation>
    </message>
    <message>
        <source>Make sure the certificate renews by itself</source>
        <translation>Make sure the certificate renews by itself</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt certificates last 90 days. This checks that something runs `certbot renew` (systemd&apos;s certbot.timer, or cron) and that a renewal would succeed now (`certbot renew --dry-run`). If nothing schedules it, it adds %1, which runs `certbot -q renew` twice a day; undoing the step removes that file.</source>
        <translation>Let&apos;s Encrypt certificates last 90 days. This checks that something runs `certbot renew` (systemd&apos;s certbot.timer, or cron) and that a renewal would succeed now (`certbot renew --dry-run`). If nothing schedules it, it adds %1, which runs `certbot -q renew` twice a day; undoing the step removes that file.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt certificates last 90 days. This checks that something runs `certbot renew` (systemd&apos;s certbot.timer, or cron) and that a renewal would succeed now (`certbot renew --dry-run`).</source>
        <translation>Let&apos;s Encrypt certificates last 90 days. This checks that something runs `certbot renew` (systemd&apos;s certbot.timer, or cron) and that a renewal would succeed now (`certbot renew --dry-run`).</translation>
    </message>
    <message>
        <source>HTTPS certificate for %1</source>
        <translation>HTTPS certificate for %1</translation>
    </message>
    <message>
        <source>Ask the health endpoints through the SSH connection</source>
        <translation>Ask the health endpoints through the SSH connection</translation>
    </message>
    <message>
        <source>GET on the server&apos;s own 127.0.0.1, as the services answer before nginx. Changes nothing; what it finds goes into the summary.</source>
        <translation>GET on the server&apos;s own 127.0.0.1, as the services answer before nginx. Changes nothing; what it finds goes into the summary.</translation>
    </message>
    <message>
        <source>Ask the health endpoints through the public HTTPS name</source>
        <translation>Ask the health endpoints through the public HTTPS name</translation>
    </message>
    <message>
        <source>GET https://NAME/... from this computer, checking the certificate, as a visitor would. Changes nothing; what it finds goes into the summary.</source>
        <translation>GET https://NAME/... from this computer, checking the certificate, as a visitor would. Changes nothing; what it finds goes into the summary.</translation>
    </message>
    <message>
        <source>Check which ports are open from outside</source>
        <translation>Check which ports are open from outside</translation>
    </message>
    <message>
        <source>A TCP connection from this computer to each port: SSH, 80 and 443 should be open; databases, caches and application ports should not. Changes nothing.</source>
        <translation>A TCP connection from this computer to each port: SSH, 80 and 443 should be open; databases, caches and application ports should not. Changes nothing.</translation>
    </message>
    <message>
        <source>Summarise the verification</source>
        <translation>Summarise the verification</translation>
    </message>
    <message>
        <source>Prints what the checks found, ready to paste into a ticket; fails when anything is wrong.</source>
        <translation>Prints what the checks found, ready to paste into a ticket; fails when anything is wrong.</translation>
    </message>
    <message>
        <source>Verify the deployment</source>
        <translation>Verify the deployment</translation>
    </message>
    <message>
        <source>Changing ufw&apos;s default policy with a dead-man switch on the server…</source>
        <translation>Changing ufw&apos;s default policy with a dead-man switch on the server…</translation>
    </message>
    <message>
        <source>ufw&apos;s default policy: anything not allowed by a rule above is refused when it comes in; the server may still connect out. Where ufw is on already this takes effect at once, so the server first schedules its own revert to the previous firewall, %1 seconds after the change; a new SSH login, opened after the change, cancels it. Rollback puts the previous policy back.</source>
        <translation>ufw&apos;s default policy: anything not allowed by a rule above is refused when it comes in; the server may still connect out. Where ufw is on already this takes effect at once, so the server first schedules its own revert to the previous firewall, %1 seconds after the change; a new SSH login, opened after the change, cancels it. Rollback puts the previous policy back.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2. Capataz writes this file as administrator and never through a link, which could make it write elsewhere. Replace the link with a regular file, or remove it, and try again.</source>
        <translation>%1 is a symbolic link to %2. Capataz writes this file as administrator and never through a link, which could make it write elsewhere. Replace the link with a regular file, or remove it, and try again.</translation>
    </message>
    <message>
        <source>%1 leads outside %2 through a symbolic link. Capataz writes this file as administrator only inside that directory.</source>
        <translation>%1 leads outside %2 through a symbolic link. Capataz writes this file as administrator only inside that directory.</translation>
    </message>
    <message>
        <source>is required by the recipe and has no value.</source>
        <translation>is required by the recipe and has no value.</translation>
    </message>
    <message>
        <source>holds a value the recipe forbids for a secret.</source>
        <translation>holds a value the recipe forbids for a secret.</translation>
    </message>
    <message>
        <source>is %1 characters long; the recipe asks for at least %2.</source>
        <translation>is %1 characters long; the recipe asks for at least %2.</translation>
    </message>
    <message>
        <source>refers to %1, which must be set: docker compose refuses to start without it.</source>
        <translation>refers to %1, which must be set: docker compose refuses to start without it.</translation>
    </message>
    <message>
        <source>has a ${…} reference that docker compose cannot read, so it refuses to start.</source>
        <translation>has a ${…} reference that docker compose cannot read, so it refuses to start.</translation>
    </message>
    <message>
        <source>refers to %1, which is not set: docker compose uses an empty value.</source>
        <translation>refers to %1, which is not set: docker compose uses an empty value.</translation>
    </message>
    <message>
        <source>is written in the compose file (service %1, line %2) with an example or well-known default value: move it to the .env file as ${%3} and give it a real value.</source>
        <translation>is written in the compose file (service %1, line %2) with an example or well-known default value: move it to the .env file as ${%3} and give it a real value.</translation>
    </message>
    <message>
        <source>is a secret written in the compose file (service %1, line %2) and only %4 characters long; secrets need at least %5. Move it to the .env file as ${%3}.</source>
        <translation>is a secret written in the compose file (service %1, line %2) and only %4 characters long; secrets need at least %5. Move it to the .env file as ${%3}.</translation>
    </message>
    <message>
        <source>is a secret written in clear in the compose file (service %1, line %2), which is usually kept in git: move it to the .env file as ${%3}.</source>
        <translation>is a secret written in clear in the compose file (service %1, line %2), which is usually kept in git: move it to the .env file as ${%3}.</translation>
    </message>
    <message>
        <source>is also set on line %1; docker compose uses the last one (line %2).</source>
        <translation>is also set on line %1; docker compose uses the last one (line %2).</translation>
    </message>
    <message>
        <source>has no “=”: docker compose takes its value from the environment it runs in.</source>
        <translation>has no “=”: docker compose takes its value from the environment it runs in.</translation>
    </message>
    <message>
        <source>still holds an example or well-known default value: replace it with a real one.</source>
        <translation>still holds an example or well-known default value: replace it with a real one.</translation>
    </message>
    <message>
        <source>is a secret and is empty.</source>
        <translation>is a secret and is empty.</translation>
    </message>
    <message>
        <source>is %1 characters long; secrets need at least %2.</source>
        <translation>is %1 characters long; secrets need at least %2.</translation>
    </message>
    <message>
        <source>turns debug mode on in production.</source>
        <translation>turns debug mode on in production.</translation>
    </message>
    <message>
        <source>allows requests from every origin (*).</source>
        <translation>allows requests from every origin (*).</translation>
    </message>
    <message>
        <source>is used by the compose file (line %1) without a default, and the .env file does not set it.</source>
        <translation>is used by the compose file (line %1) without a default, and the .env file does not set it.</translation>
    </message>
    <message>
        <source>is used by the compose file (line %1) with a default; the .env file does not set it.</source>
        <translation>is used by the compose file (line %1) with a default; the .env file does not set it.</translation>
    </message>
    <message>
        <source>must not be empty: the compose file requires it (line %1).</source>
        <translation>must not be empty: the compose file requires it (line %1).</translation>
    </message>
    <message>
        <source>wrote %1 (a new file)</source>
        <translation>wrote %1 (a new file)</translation>
    </message>
    <message>
        <source>wrote %1, the previous version kept as %2</source>
        <translation>wrote %1, the previous version kept as %2</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>restored %1 from %2</translation>
    </message>
    <message>
        <source>effective configuration:</source>
        <translation>effective configuration:</translation>
    </message>
    <message>
        <source>Port %1 of service %2 (%3) is reachable from the internet: kept public because compose.allow_public_ports lists it.</source>
        <translation>Port %1 of service %2 (%3) is reachable from the internet: kept public because compose.allow_public_ports lists it.</translation>
    </message>
    <message>
        <source>Port %1 of service %2 (%3) is published on the address %4, which other machines can reach; Docker publishes it past ufw. Capataz leaves an address you chose as it is.</source>
        <translation>Port %1 of service %2 (%3) is published on the address %4, which other machines can reach; Docker publishes it past ufw. Capataz leaves an address you chose as it is.</translation>
    </message>
    <message>
        <source>Port %1 of service %2 (%3) is probably %4 and is published on every interface. Docker&apos;s firewall rules come before ufw&apos;s, so it is reachable from the internet even with ufw enabled: a database or data service must not be.</source>
        <translation>Port %1 of service %2 (%3) is probably %4 and is published on every interface. Docker&apos;s firewall rules come before ufw&apos;s, so it is reachable from the internet even with ufw enabled: a database or data service must not be.</translation>
    </message>
    <message>
        <source>Port %1 of service %2 (%3) is an application port published on every interface. Docker&apos;s firewall rules come before ufw&apos;s, so it is reachable from the internet even with ufw enabled; usually it belongs behind nginx, bound to 127.0.0.1.</source>
        <translation>Port %1 of service %2 (%3) is an application port published on every interface. Docker&apos;s firewall rules come before ufw&apos;s, so it is reachable from the internet even with ufw enabled; usually it belongs behind nginx, bound to 127.0.0.1.</translation>
    </message>
    <message>
        <source>change line %1 of %2 from `%3` to `%4`</source>
        <translation>change line %1 of %2 from `%3` to `%4`</translation>
    </message>
    <message>
        <source>add `host_ip: 127.0.0.1` to the port at line %1 of %2</source>
        <translation>add `host_ip: 127.0.0.1` to the port at line %1 of %2</translation>
    </message>
    <message>
        <source>bind port %1 of service %2 to 127.0.0.1 in %3</source>
        <translation>bind port %1 of service %2 to 127.0.0.1 in %3</translation>
    </message>
    <message>
        <source>Fixed by %1: bound to 127.0.0.1.</source>
        <translation>Fixed by %1: bound to 127.0.0.1.</translation>
    </message>
    <message>
        <source>compose.bind_ports_locally is false, so no override file is written.</source>
        <translation>compose.bind_ports_locally is false, so no override file is written.</translation>
    </message>
    <message>
        <source>This compose version (%1) cannot replace ports with an override file (that needs docker compose 2.24.4 or later), so only the compose file can fix it.</source>
        <translation>This compose version (%1) cannot replace ports with an override file (that needs docker compose 2.24.4 or later), so only the compose file can fix it.</translation>
    </message>
    <message>
        <source>Port %1 of service %2 (%3) would be reachable from the internet, and in production a data service must not be. %4 Either %5, or add %6 to compose.allow_public_ports to keep it public on purpose.</source>
        <translation>Port %1 of service %2 (%3) would be reachable from the internet, and in production a data service must not be. %4 Either %5, or add %6 to compose.allow_public_ports to keep it public on purpose.</translation>
    </message>
    <message>
        <source>%1 To bind it to 127.0.0.1: %2.</source>
        <translation>%1 To bind it to 127.0.0.1: %2.</translation>
    </message>
    <message>
        <source>When you run docker compose by hand, add -f %1 after your compose files, or the ports are published on every interface again.</source>
        <translation>When you run docker compose by hand, add -f %1 after your compose files, or the ports are published on every interface again.</translation>
    </message>
    <message>
        <source>Keep published ports off the internet</source>
        <translation>Keep published ports off the internet</translation>
    </message>
    <message>
        <source>Names every port the compose files publish on all interfaces (service, port, what it probably is). Docker publishes ports with its own firewall rules, ahead of ufw&apos;s, so they are reachable from the internet even with ufw enabled. Where docker compose is 2.24.4 or later, an override file next to the compose file binds them to 127.0.0.1 (your file is not edited) and the next steps use it; otherwise it says which lines to change. In production, a database or data service left public stops the plan before anything starts, unless compose.allow_public_ports lists its port.</source>
        <translation>Names every port the compose files publish on all interfaces (service, port, what it probably is). Docker publishes ports with its own firewall rules, ahead of ufw&apos;s, so they are reachable from the internet even with ufw enabled. Where docker compose is 2.24.4 or later, an override file next to the compose file binds them to 127.0.0.1 (your file is not edited) and the next steps use it; otherwise it says which lines to change. In production, a database or data service left public stops the plan before anything starts, unless compose.allow_public_ports lists its port.</translation>
    </message>
    <message>
        <source>every service is running with its current configuration</source>
        <translation>every service is running with its current configuration</translation>
    </message>
    <message>
        <source>the stack is not up to date</source>
        <translation>the stack is not up to date</translation>
    </message>
    <message>
        <source>the connection does not answer: waiting %1 s for the server&apos;s own revert</source>
        <translation>the connection does not answer: waiting %1 s for the server&apos;s own revert</translation>
    </message>
    <message>
        <source>%1 exists (mode %2)</source>
        <translation>%1 exists (mode %2)</translation>
    </message>
    <message>
        <source>%1 is missing: starting from its example</source>
        <translation>%1 is missing: starting from its example</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>generated: %1</source>
        <translation>generated: %1</translation>
    </message>
    <message>
        <source>set from the answers: %1</source>
        <translation>set from the answers: %1</translation>
    </message>
    <message>
        <source>the recipe&apos;s defaults: %1</source>
        <translation>the recipe&apos;s defaults: %1</translation>
    </message>
    <message>
        <source>wrote %1 (a new file, mode 0600)</source>
        <translation>wrote %1 (a new file, mode 0600)</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 restored</translation>
    </message>
    <message>
        <source>operating system: %1 (%2 %3), kernel %4</source>
        <translation>operating system: %1 (%2 %3), kernel %4</translation>
    </message>
    <message>
        <source>id -u as root: %1</source>
        <translation>id -u as root: %1</translation>
    </message>
    <message>
        <source>docker: not installed; compose: %1</source>
        <translation>docker: not installed; compose: %1</translation>
    </message>
    <message>
        <source>docker: %1 (the daemon answers); compose: %2</source>
        <translation>docker: %1 (the daemon answers); compose: %2</translation>
    </message>
    <message>
        <source>docker: %1 (the daemon does not answer); compose: %2</source>
        <translation>docker: %1 (the daemon does not answer); compose: %2</translation>
    </message>
    <message>
        <source>no certificate at %1</source>
        <translation>no certificate at %1</translation>
    </message>
    <message>
        <source>a certificate for %1, valid until %2 (%3 days left)</source>
        <translation>a certificate for %1, valid until %2 (%3 days left)</translation>
    </message>
    <message>
        <source>it does not cover %1</source>
        <translation>it does not cover %1</translation>
    </message>
    <message>
        <source>nothing schedules certbot renew</source>
        <translation>nothing schedules certbot renew</translation>
    </message>
    <message>
        <source>the renewal is scheduled by %1</source>
        <translation>the renewal is scheduled by %1</translation>
    </message>
    <message>
        <source>no certificate %1 yet: the renewal dry run waits for it</source>
        <translation>no certificate %1 yet: the renewal dry run waits for it</translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read (%2): lines that contain them are shown as they are.</source>
        <translation>The secrets of %1 could not be read (%2): lines that contain them are shown as they are.</translation>
    </message>
    <message>
        <source>Restore %1 from %2</source>
        <translation>Restore %1 from %2</translation>
    </message>
    <message>
        <source>Make a safety backup of %1</source>
        <translation>Make a safety backup of %1</translation>
    </message>
    <message>
        <source>Backs up the data as it is now into %1. If it fails, nothing is restored. If the restore fails, this backup is put back.</source>
        <translation>Backs up the data as it is now into %1. If it fails, nothing is restored. If the restore fails, this backup is put back.</translation>
    </message>
    <message>
        <source>Replaces the data with the backup&apos;s, then checks it against the backup&apos;s manifest (row counts, or files and bytes).</source>
        <translation>Replaces the data with the backup&apos;s, then checks it against the backup&apos;s manifest (row counts, or files and bytes).</translation>
    </message>
    <message>
        <source>Create Capataz&apos;s access folders</source>
        <translation>Create Capataz&apos;s access folders</translation>
    </message>
    <message>
        <source>%1 holds the dispatcher, %2 the accounts&apos; settings and keys; both belong to root. They are left in place on rollback.</source>
        <translation>%1 holds the dispatcher, %2 the accounts&apos; settings and keys; both belong to root. They are left in place on rollback.</translation>
    </message>
    <message>
        <source>Install the access dispatcher %1</source>
        <translation>Install the access dispatcher %1</translation>
    </message>
    <message>
        <source>The only program an access account can run. It accepts the read-only requests of the account&apos;s role, checks every word of them, and runs them with fixed arguments. Readable by anyone; the previous version is kept.</source>
        <translation>The only program an access account can run. It accepts the read-only requests of the account&apos;s role, checks every word of them, and runs them with fixed arguments. Readable by anyone; the previous version is kept.</translation>
    </message>
    <message>
        <source>Create the system user %1</source>
        <translation>Create the system user %1</translation>
    </message>
    <message>
        <source>No password, no home folder, and the dispatcher as its shell, so even a login that escaped sshd&apos;s rules would reach only the dispatcher. Not in the docker group, which would equal root. Rollback deletes the user if this plan created it.</source>
        <translation>No password, no home folder, and the dispatcher as its shell, so even a login that escaped sshd&apos;s rules would reach only the dispatcher. Not in the docker group, which would equal root. Rollback deletes the user if this plan created it.</translation>
    </message>
    <message>
        <source>Write the account&apos;s settings %1</source>
        <translation>Write the account&apos;s settings %1</translation>
    </message>
    <message>
        <source>Its role, the project, the log files, units and ports it may use. The dispatcher reads nothing else.</source>
        <translation>Its role, the project, the log files, units and ports it may use. The dispatcher reads nothing else.</translation>
    </message>
    <message>
        <source>Write the account&apos;s public key %1</source>
        <translation>Write the account&apos;s public key %1</translation>
    </message>
    <message>
        <source>Owned by root, so the account cannot add keys; &apos;restrict&apos; turns off terminals and forwarding but to the allowed ports.</source>
        <translation>Owned by root, so the account cannot add keys; &apos;restrict&apos; turns off terminals and forwarding but to the allowed ports.</translation>
    </message>
    <message>
        <source>Allow %1 to run only the dispatcher as root</source>
        <translation>Allow %1 to run only the dispatcher as root</translation>
    </message>
    <message>
        <source>The rule names one program (%1 --as-root), which checks each request again as root. visudo checks the file before it is put in place: a broken sudoers file would stop sudo for everyone.</source>
        <translation>The rule names one program (%1 --as-root), which checks each request again as root. visudo checks the file before it is put in place: a broken sudoers file would stop sudo for everyone.</translation>
    </message>
    <message>
        <source>Limit %1 in sshd&apos;s settings</source>
        <translation>Limit %1 in sshd&apos;s settings</translation>
    </message>
    <message>
        <source>A Match block in %1: only public keys from the account&apos;s key file, every request to the dispatcher, no terminal, no agent or X11 forwarding, TCP forwarding only to the allowed loopback ports. sshd -t checks it before the reload; a new login of yours must work afterwards, or the server puts the previous settings back by itself.</source>
        <translation>A Match block in %1: only public keys from the account&apos;s key file, every request to the dispatcher, no terminal, no agent or X11 forwarding, TCP forwarding only to the allowed loopback ports. sshd -t checks it before the reload; a new login of yours must work afterwards, or the server puts the previous settings back by itself.</translation>
    </message>
    <message>
        <source>Revoke the access account %1</source>
        <translation>Revoke the access account %1</translation>
    </message>
    <message>
        <source>Remove %1&apos;s block from sshd</source>
        <translation>Remove %1&apos;s block from sshd</translation>
    </message>
    <message>
        <source>From now on the account cannot log in. sshd -t checks the change and a new login of yours must work afterwards.</source>
        <translation>From now on the account cannot log in. sshd -t checks the change and a new login of yours must work afterwards.</translation>
    </message>
    <message>
        <source>End %1&apos;s open sessions</source>
        <translation>End %1&apos;s open sessions</translation>
    </message>
    <message>
        <source>Logs and tunnels it has open now are closed.</source>
        <translation>Logs and tunnels it has open now are closed.</translation>
    </message>
    <message>
        <source>Remove the sudoers rule %1</source>
        <translation>Remove the sudoers rule %1</translation>
    </message>
    <message>
        <source>Remove the public key %1</source>
        <translation>Remove the public key %1</translation>
    </message>
    <message>
        <source>Remove the account&apos;s settings %1</source>
        <translation>Remove the account&apos;s settings %1</translation>
    </message>
    <message>
        <source>Kept in %1 until the plan has ended, put back on rollback.</source>
        <translation>Kept in %1 until the plan has ended, put back on rollback.</translation>
    </message>
    <message>
        <source>Delete the system user %1</source>
        <translation>Delete the system user %1</translation>
    </message>
    <message>
        <source>It owns no files: it had no home folder.</source>
        <translation>It owns no files: it had no home folder.</translation>
    </message>
    <message>
        <source>Forget what was kept for the rollback</source>
        <translation>Forget what was kept for the rollback</translation>
    </message>
    <message>
        <source>Deletes %1: the account is gone.</source>
        <translation>Deletes %1: the account is gone.</translation>
    </message>
    <message>
        <source>Give %1 an owner&apos;s access (account %2)</source>
        <translation>Give %1 an owner&apos;s access (account %2)</translation>
    </message>
    <message>
        <source>Give %1 a support access (account %2)</source>
        <translation>Give %1 a support access (account %2)</translation>
    </message>
</context>
<context>
    <name>capataz::status</name>
    <message>
        <source>the server does not answer</source>
        <translation>the server does not answer</translation>
    </message>
    <message>
        <source>the service does not answer</source>
        <translation>the service does not answer</translation>
    </message>
    <message>
        <source>part of the system has stopped</source>
        <translation>part of the system has stopped</translation>
    </message>
    <message>
        <source>the state of the system could not be read</source>
        <translation>the state of the system could not be read</translation>
    </message>
    <message>
        <source>the security certificate has expired</source>
        <translation>the security certificate has expired</translation>
    </message>
    <message>
        <source>the security certificate ends soon</source>
        <translation>the security certificate ends soon</translation>
    </message>
    <message>
        <source>the disk is almost full</source>
        <translation>the disk is almost full</translation>
    </message>
    <message>
        <source>the monitoring reports a problem</source>
        <translation>the monitoring reports a problem</translation>
    </message>
    <message>
        <source>the last backup is late</source>
        <translation>the last backup is late</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>The server does not answer.</translation>
    </message>
    <message>
        <source>The server has not answered for %1.</source>
        <translation>The server has not answered for %1.</translation>
    </message>
    <message>
        <source>The service does not answer: people cannot use it now.</source>
        <translation>The service does not answer: people cannot use it now.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the system stopped working.</source>
        <translation>
            <numerusform>%n part of the system stopped working.</numerusform>
            <numerusform>%n parts of the system stopped working.</numerusform>
        </translation>
    </message>
    <message>
        <source>The state of the system could not be read.</source>
        <translation>The state of the system could not be read.</translation>
    </message>
    <message>
        <source>The security certificate of the web address has expired: browsers warn visitors.</source>
        <translation>The security certificate of the web address has expired: browsers warn visitors.</translation>
    </message>
    <message numerus="yes">
        <source>The security certificate of the web address ends in %n day(s).</source>
        <translation>
            <numerusform>The security certificate of the web address ends in %n day.</numerusform>
            <numerusform>The security certificate of the web address ends in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is almost full (%1% used).</source>
        <translation>The disk is almost full (%1% used).</translation>
    </message>
    <message numerus="yes">
        <source>The monitoring reports %n problem(s).</source>
        <translation>
            <numerusform>The monitoring reports %n problem.</numerusform>
            <numerusform>The monitoring reports %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>There is no backup yet.</translation>
    </message>
    <message>
        <source>The last backup is %1 old: later than planned.</source>
        <translation>The last backup is %1 old: later than planned.</translation>
    </message>
    <message>
        <source>Everything is working.</source>
        <translation>Everything is working.</translation>
    </message>
    <message>
        <source>Maintenance under way until %1: %2</source>
        <translation>Maintenance under way until %1: %2</translation>
    </message>
    <message>
        <source>The server does not answer (no answer since %1).</source>
        <translation>The server does not answer (no answer since %1).</translation>
    </message>
    <message>
        <source>Something needs checking: %1.</source>
        <translation>Something needs checking: %1.</translation>
    </message>
    <message>
        <source>If this goes on, call %1.</source>
        <translation>If this goes on, call %1.</translation>
    </message>
    <message>
        <source>If this goes on, call %1: %2.</source>
        <translation>If this goes on, call %1: %2.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AccessDialog</name>
    <message>
        <source>Save the new private key as</source>
        <translation>Save the new private key as</translation>
    </message>
    <message>
        <source>Access accounts — %1</source>
        <translation>Access accounts — %1</translation>
    </message>
    <message>
        <source>Accounts on %1 for support staff and owners. The server itself enforces what each role may do: every request of such an account goes to one fixed program that accepts only its role&apos;s read-only requests. Support: logs, metrics, status and the backup list. Owner: the status page only. Neither can change the server, restore a backup or run a command.</source>
        <translation>Accounts on %1 for support staff and owners. The server itself enforces what each role may do: every request of such an account goes to one fixed program that accepts only its role&apos;s read-only requests. Support: logs, metrics, status and the backup list. Owner: the status page only. Neither can change the server, restore a backup or run a command.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>Give access</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>e.g. María López</source>
        <translation>e.g. María López</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Support: logs, metrics and status</source>
        <translation>Support: logs, metrics and status</translation>
    </message>
    <message>
        <source>Owner: the status page only</source>
        <translation>Owner: the status page only</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>Make a key pair on this computer</source>
        <translation>Make a key pair on this computer</translation>
    </message>
    <message>
        <source>Use the person&apos;s public key</source>
        <translation>Use the person&apos;s public key</translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation>P&amp;ublic key:</translation>
    </message>
    <message>
        <source>Paste the line of their .pub file: ssh-ed25519 AAAA… name</source>
        <translation>Paste the line of their .pub file: ssh-ed25519 AAAA… name</translation>
    </message>
    <message>
        <source>&amp;Save the key as:</source>
        <translation>&amp;Save the key as:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Also add a profile for this account on this computer</source>
        <translation>Also add a profile for this account on this computer</translation>
    </message>
    <message>
        <source>&amp;Log files:</source>
        <translation>&amp;Log files:</translation>
    </message>
    <message>
        <source>One absolute path per line, e.g. /var/log/nginx/access.log</source>
        <translation>One absolute path per line, e.g. /var/log/nginx/access.log</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>journald units, separated by commas, e.g. nginx.service</source>
        <translation>journald units, separated by commas, e.g. nginx.service</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Give access</source>
        <translation>&amp;Give access</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Account on the server: %1</source>
        <translation>Account on the server: %1</translation>
    </message>
    <message>
        <source>Reads the project&apos;s compose logs, the log files and units below, the compose status and the metrics; sees the status and the backup list. Cannot restore or change anything.</source>
        <translation>Reads the project&apos;s compose logs, the log files and units below, the compose status and the metrics; sees the status and the backup list. Cannot restore or change anything.</translation>
    </message>
    <message>
        <source>Sees whether the service works, the last backup, the certificate and the disk space. Reads no logs.</source>
        <translation>Sees whether the service works, the last backup, the certificate and the disk space. Reads no logs.</translation>
    </message>
    <message>
        <source>Connect to the server to see and change its access accounts.</source>
        <translation>Connect to the server to see and change its access accounts.</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Reading the accounts…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Can log in</translation>
    </message>
    <message>
        <source>Incomplete: give access again</source>
        <translation>Incomplete: give access again</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>The accounts could not be read: %1</translation>
    </message>
    <message>
        <source>This server has no access accounts yet. Give one in the next tab.</source>
        <translation>This server has no access accounts yet. Give one in the next tab.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n account.</numerusform>
            <numerusform>%n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>Checking what would change…</translation>
    </message>
    <message>
        <source>This is what giving access would do. Nothing has been changed yet.</source>
        <translation>This is what giving access would do. Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>The checks could not all run; the preview may be incomplete.</source>
        <translation>The checks could not all run; the preview may be incomplete.</translation>
    </message>
    <message>
        <source>Making the key pair…</source>
        <translation>Making the key pair…</translation>
    </message>
    <message>
        <source>Giving access to %1…</source>
        <translation>Giving access to %1…</translation>
    </message>
    <message>
        <source>Access was not given; every change was undone. The steps on the right say why.</source>
        <translation>Access was not given; every change was undone. The steps on the right say why.</translation>
    </message>
    <message>
        <source>Access given: account %1 (%2).</source>
        <translation>Access given: account %1 (%2).</translation>
    </message>
    <message>
        <source>Hand the private key %1 to the person; it has no passphrase yet.</source>
        <translation>Hand the private key %1 to the person; it has no passphrase yet.</translation>
    </message>
    <message>
        <source>Profile %1 added.</source>
        <translation>Profile %1 added.</translation>
    </message>
    <message>
        <source>The profile could not be added: %1</source>
        <translation>The profile could not be added: %1</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Revoke access</translation>
    </message>
    <message>
        <source>Revoke %1? The person can no longer log in to %2, and open sessions are closed.</source>
        <translation>Revoke %1? The person can no longer log in to %2, and open sessions are closed.</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>Revoking %1…</translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation>%1 was revoked.</translation>
    </message>
    <message>
        <source>%1 could not be revoked; what was removed was put back.</source>
        <translation>%1 could not be revoked; what was removed was put back.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AlertListDialog</name>
    <message>
        <source>Alerts of %1</source>
        <translation>Alerts of %1</translation>
    </message>
    <message>
        <source>Alerts are evaluated only while this console is open and %1 is connected: when Capataz is closed, nothing watches the server and no alert is sent.</source>
        <translation>Alerts are evaluated only while this console is open and %1 is connected: when Capataz is closed, nothing watches the server and no alert is sent.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>&amp;Edit rule…</translation>
    </message>
    <message>
        <source>Change the selected rule&apos;s threshold, duration, or turn it off</source>
        <translation>Change the selected rule&apos;s threshold, duration, or turn it off</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults…</source>
        <translation>&amp;Reset to defaults…</translation>
    </message>
    <message>
        <source>Go back to the recipe&apos;s and node-exporter&apos;s rules, dropping every change</source>
        <translation>Go back to the recipe&apos;s and node-exporter&apos;s rules, dropping every change</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>As an administrator you may change a rule&apos;s threshold, how long it must hold and whether it is on, and reset the rules to the defaults. Support sees this list without changing it.</source>
        <translation>As an administrator you may change a rule&apos;s threshold, how long it must hold and whether it is on, and reset the rules to the defaults. Support sees this list without changing it.</translation>
    </message>
    <message>
        <source>Support sees the alerts and their rules but does not change them: an administrator of this server changes thresholds and durations.</source>
        <translation>Support sees the alerts and their rules but does not change them: an administrator of this server changes thresholds and durations.</translation>
    </message>
    <message>
        <source>An owner sees this list only; an administrator of this server changes the rules.</source>
        <translation>An owner sees this list only; an administrator of this server changes the rules.</translation>
    </message>
    <message>
        <source>Not evaluated: an owner profile does not read this server&apos;s metrics.</source>
        <translation>Not evaluated: an owner profile does not read this server&apos;s metrics.</translation>
    </message>
    <message>
        <source>Not evaluated now: %1 is not connected. The states below are from the last evaluation, if any.</source>
        <translation>Not evaluated now: %1 is not connected. The states below are from the last evaluation, if any.</translation>
    </message>
    <message>
        <source>Not evaluated now: reading metrics is turned off for this server.</source>
        <translation>Not evaluated now: reading metrics is turned off for this server.</translation>
    </message>
    <message>
        <source>Evaluated every %1 while connected.</source>
        <translation>Evaluated every %1 while connected.</translation>
    </message>
    <message>
        <source>The rules file %1 could not be used, so the rules before it stay in use: %2</source>
        <translation>The rules file %1 could not be used, so the rules before it stay in use: %2</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Turned off: not evaluated.</source>
        <translation>Turned off: not evaluated.</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Not evaluated yet</translation>
    </message>
    <message>
        <source>Alert rule</source>
        <translation>Alert rule</translation>
    </message>
    <message>
        <source>Reset alert rules</source>
        <translation>Reset alert rules</translation>
    </message>
    <message>
        <source>Go back to the default rules for %1? Every change made to its rules on this computer is dropped.</source>
        <translation>Go back to the default rules for %1? Every change made to its rules on this computer is dropped.</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;New rule…</translation>
    </message>
    <message>
        <source>A rule of your own: a PromQL expression with its condition, how long it must hold, its severity and what it says</source>
        <translation>A rule of your own: a PromQL expression with its condition, how long it must hold, its severity and what it says</translation>
    </message>
    <message>
        <source>Re&amp;move rule…</source>
        <translation>Re&amp;move rule…</translation>
    </message>
    <message>
        <source>Remove the selected rule (only one made on this computer: the recipe&apos;s rules can be turned off instead)</source>
        <translation>Remove the selected rule (only one made on this computer: the recipe&apos;s rules can be turned off instead)</translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation>New alert rule</translation>
    </message>
    <message>
        <source>Remove alert rule</source>
        <translation>Remove alert rule</translation>
    </message>
    <message>
        <source>Remove the rule %1 from %2? It is no longer evaluated and its alerts end.</source>
        <translation>Remove the rule %1 from %2? It is no longer evaluated and its alerts end.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AlertNotifier</name>
    <message>
        <source>Critical alert on %1</source>
        <translation>Critical alert on %1</translation>
    </message>
    <message>
        <source>Alert on %1</source>
        <translation>Alert on %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AlertRuleDialog</name>
    <message>
        <source>Alert rule %1</source>
        <translation>Alert rule %1</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Threshold:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the condition must hold before the alert fires; 0 fires at once.</source>
        <translation>How long the condition must hold before the alert fires; 0 fires at once.</translation>
    </message>
    <message>
        <source>&amp;Enabled: evaluate this rule and notify when it fires</source>
        <translation>&amp;Enabled: evaluate this rule and notify when it fires</translation>
    </message>
    <message>
        <source>The alert&apos;s condition holds when the expression&apos;s value is %1 this.</source>
        <translation>The alert&apos;s condition holds when the expression&apos;s value is %1 this.</translation>
    </message>
    <message>
        <source>This rule&apos;s condition is part of its expression.</source>
        <translation>This rule&apos;s condition is part of its expression.</translation>
    </message>
    <message>
        <source>The changes are saved for this server on this computer; Reset to defaults in the alert list brings back the recipe&apos;s rules.</source>
        <translation>The changes are saved for this server on this computer; Reset to defaults in the alert list brings back the recipe&apos;s rules.</translation>
    </message>
    <message>
        <source>This rule&apos;s condition is written in its expression (%1), so it has no separate threshold. The changes are saved for this server on this computer.</source>
        <translation>This rule&apos;s condition is written in its expression (%1), so it has no separate threshold. The changes are saved for this server on this computer.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Give the rule a name.</translation>
    </message>
    <message>
        <source>A rule&apos;s name is letters, digits and &apos;_&apos;, starting with a letter (HighErrorRate).</source>
        <translation>A rule&apos;s name is letters, digits and &apos;_&apos;, starting with a letter (HighErrorRate).</translation>
    </message>
    <message>
        <source>This server already has a rule called %1.</source>
        <translation>This server already has a rule called %1.</translation>
    </message>
    <message>
        <source>Write the rule&apos;s expression, with its condition: avg(weighing_estimation_confidence) &lt; 0.95</source>
        <translation>Write the rule&apos;s expression, with its condition: avg(weighing_estimation_confidence) &lt; 0.95</translation>
    </message>
    <message>
        <source>Write what the alert says when it fires, in English or Spanish (or both).</source>
        <translation>Write what the alert says when it fires, in English or Spanish (or both).</translation>
    </message>
    <message>
        <source>The expression cannot be read: %1</source>
        <translation>The expression cannot be read: %1</translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation>New alert rule</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>E&amp;xpression:</translation>
    </message>
    <message>
        <source>The recipe&apos;s expression: it stays as the recipe wrote it.</source>
        <translation>The recipe&apos;s expression: it stays as the recipe wrote it.</translation>
    </message>
    <message>
        <source>PromQL with its condition, as Prometheus&apos;s alerting rules write it: the alert holds for every series the expression returns.</source>
        <translation>PromQL with its condition, as Prometheus&apos;s alerting rules write it: the alert holds for every series the expression returns.</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Summary (&amp;English):</source>
        <translation>Summary (&amp;English):</translation>
    </message>
    <message>
        <source>Summary (S&amp;panish):</source>
        <translation>Summary (S&amp;panish):</translation>
    </message>
    <message>
        <source>What the alert says when it fires; {{ $value }} is the value, {{ $labels.NAME }} a label&apos;s value.</source>
        <translation>What the alert says when it fires; {{ $value }} is the value, {{ $labels.NAME }} a label&apos;s value.</translation>
    </message>
    <message>
        <source>The rule is saved for this server on this computer and evaluated while the console runs and the server is connected.</source>
        <translation>The rule is saved for this server on this computer and evaluated while the console runs and the server is connected.</translation>
    </message>
    <message>
        <source>A rule made on this computer: everything in it can change. The changes are saved for this server on this computer.</source>
        <translation>A rule made on this computer: everything in it can change. The changes are saved for this server on this computer.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AlertText</name>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Firing</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit code</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AuditView</name>
    <message numerus="yes">
        <source>%n entries match</source>
        <translation>
            <numerusform>%n entry matches</numerusform>
            <numerusform>%n entries match</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Reading the audit log…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n entry written to %1</numerusform>
            <numerusform>%n entries written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>Text in the step, result or detail</source>
        <translation>Text in the step, result or detail</translation>
    </message>
    <message>
        <source>&amp;Commands, output and changes of the selected entry:</source>
        <translation>&amp;Commands, output and changes of the selected entry:</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>All servers</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>All plans</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Any result</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Write the entries the filters show to a CSV file</source>
        <translation>Write the entries the filters show to a CSV file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>capataz::ui::BackupTab</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last restore drill</source>
        <translation>Last restore drill</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Drill selected</source>
        <translation>&amp;Drill selected</translation>
    </message>
    <message>
        <source>&amp;Restore selected...</source>
        <translation>&amp;Restore selected...</translation>
    </message>
    <message>
        <source>Connect to the server to see its backups.</source>
        <translation>Connect to the server to see its backups.</translation>
    </message>
    <message>
        <source>The project&apos;s recipe names nothing to back up.</source>
        <translation>The project&apos;s recipe names nothing to back up.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unfinished</translation>
    </message>
    <message>
        <source>no manifest</source>
        <translation>no manifest</translation>
    </message>
    <message>
        <source>size differs from its manifest</source>
        <translation>size differs from its manifest</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>passed %1</translation>
    </message>
    <message>
        <source>FAILED %1</source>
        <translation>FAILED %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the backups in %1...</source>
        <translation>Reading the backups in %1...</translation>
    </message>
    <message>
        <source>No backup of this project exists on the server yet.</source>
        <translation>No backup of this project exists on the server yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1.</source>
        <translation>
            <numerusform>%n backup in %1.</numerusform>
            <numerusform>%n backups in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Backing up...</translation>
    </message>
    <message>
        <source>Backing up %1...</source>
        <translation>Backing up %1...</translation>
    </message>
    <message>
        <source>Restoring %1 into a throwaway copy to prove it restores...</source>
        <translation>Restoring %1 into a throwaway copy to prove it restores...</translation>
    </message>
    <message>
        <source>The restore drill of %1 passed: it restores as its manifest says.</source>
        <translation>The restore drill of %1 passed: it restores as its manifest says.</translation>
    </message>
    <message>
        <source>The restore drill of %1 FAILED: %2</source>
        <translation>The restore drill of %1 FAILED: %2</translation>
    </message>
    <message>
        <source>%1 has no manifest: Capataz cannot check a restore of it.</source>
        <translation>%1 has no manifest: Capataz cannot check a restore of it.</translation>
    </message>
    <message>
        <source>Checking %1 before restoring it...</source>
        <translation>Checking %1 before restoring it...</translation>
    </message>
    <message>
        <source>Restoring %1 (a safety backup first)...</source>
        <translation>Restoring %1 (a safety backup first)...</translation>
    </message>
    <message>
        <source>The restore of %1 failed; the safety backup was put back, so the data is as it was.</source>
        <translation>The restore of %1 failed; the safety backup was put back, so the data is as it was.</translation>
    </message>
    <message>
        <source>The restore of %1 failed before anything was changed.</source>
        <translation>The restore of %1 failed before anything was changed.</translation>
    </message>
    <message>
        <source>Restored %1; the data matches its manifest.</source>
        <translation>Restored %1; the data matches its manifest.</translation>
    </message>
    <message>
        <source>&amp;Verify selected</source>
        <translation>&amp;Verify selected</translation>
    </message>
    <message>
        <source>Do&amp;wnload selected...</source>
        <translation>Do&amp;wnload selected...</translation>
    </message>
    <message>
        <source>&amp;Upload...</source>
        <translation>&amp;Upload...</translation>
    </message>
    <message>
        <source>&amp;Schedule...</source>
        <translation>&amp;Schedule...</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Read the list of backups on the server again.</source>
        <translation>Read the list of backups on the server again.</translation>
    </message>
    <message>
        <source>Back up the project&apos;s databases and volumes on the server now.</source>
        <translation>Back up the project&apos;s databases and volumes on the server now.</translation>
    </message>
    <message>
        <source>Hash the selected backup on the server and compare it with its manifest.</source>
        <translation>Hash the selected backup on the server and compare it with its manifest.</translation>
    </message>
    <message>
        <source>Restore the selected backup into a throwaway copy on the server and compare it with its manifest; the live data is not touched.</source>
        <translation>Restore the selected backup into a throwaway copy on the server and compare it with its manifest; the live data is not touched.</translation>
    </message>
    <message>
        <source>Replace the live data with the selected backup (a safety backup is made first).</source>
        <translation>Replace the live data with the selected backup (a safety backup is made first).</translation>
    </message>
    <message>
        <source>Copy the selected backup and its manifest to a folder on this computer.</source>
        <translation>Copy the selected backup and its manifest to a folder on this computer.</translation>
    </message>
    <message>
        <source>Copy a backup from this computer (with its manifest) back to the server.</source>
        <translation>Copy a backup from this computer (with its manifest) back to the server.</translation>
    </message>
    <message>
        <source>See and change when the server backs up by itself, and how the last run went.</source>
        <translation>See and change when the server backs up by itself, and how the last run went.</translation>
    </message>
    <message>
        <source>Your profile for this server has the support role: it may list, verify and download backups; this needs an admin profile.</source>
        <translation>Your profile for this server has the support role: it may list, verify and download backups; this needs an admin profile.</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>Select a backup in the list first.</translation>
    </message>
    <message>
        <source>Reading %1 on the server and comparing its checksum with its manifest...</source>
        <translation>Reading %1 on the server and comparing its checksum with its manifest...</translation>
    </message>
    <message>
        <source>%1 is intact: its size (%2) and its SHA-256 checksum on the server match its manifest.</source>
        <translation>%1 is intact: its size (%2) and its SHA-256 checksum on the server match its manifest.</translation>
    </message>
    <message>
        <source>Do not rely on %1: it does NOT match its manifest. Make a new backup, or use an older one that verifies.</source>
        <translation>Do not rely on %1: it does NOT match its manifest. Make a new backup, or use an older one that verifies.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Choose the folder to save the backup in</source>
        <translation>Choose the folder to save the backup in</translation>
    </message>
    <message>
        <source>Downloading %1 to %2...</source>
        <translation>Downloading %1 to %2...</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled. What arrived is kept: downloading it again to the same folder goes on from there.</source>
        <translation>The download of %1 was cancelled. What arrived is kept: downloading it again to the same folder goes on from there.</translation>
    </message>
    <message>
        <source>The download of %1 failed.</source>
        <translation>The download of %1 failed.</translation>
    </message>
    <message>
        <source>Saved %1 (%2) on this computer, with its manifest beside it; its SHA-256 checksum matches the manifest.</source>
        <translation>Saved %1 (%2) on this computer, with its manifest beside it; its SHA-256 checksum matches the manifest.</translation>
    </message>
    <message>
        <source>(Continued an earlier download at %1.)</source>
        <translation>(Continued an earlier download at %1.)</translation>
    </message>
    <message>
        <source>Choose a backup to upload</source>
        <translation>Choose a backup to upload</translation>
    </message>
    <message>
        <source>Backups (*.zst *.gz)</source>
        <translation>Backups (*.zst *.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>%1 has no manifest beside it (%1.manifest.json), so Capataz cannot check it. Upload a backup downloaded with Capataz: its manifest comes with it.</source>
        <translation>%1 has no manifest beside it (%1.manifest.json), so Capataz cannot check it. Upload a backup downloaded with Capataz: its manifest comes with it.</translation>
    </message>
    <message>
        <source>Uploading %1 to the server...</source>
        <translation>Uploading %1 to the server...</translation>
    </message>
    <message>
        <source>The upload of %1 was cancelled. What arrived is kept on the server: uploading it again goes on from there.</source>
        <translation>The upload of %1 was cancelled. What arrived is kept on the server: uploading it again goes on from there.</translation>
    </message>
    <message>
        <source>%1 is already on the server; nothing was uploaded.</source>
        <translation>%1 is already on the server; nothing was uploaded.</translation>
    </message>
    <message>
        <source>The upload of %1 failed.</source>
        <translation>The upload of %1 failed.</translation>
    </message>
    <message>
        <source>Uploaded %1; the server&apos;s SHA-256 checksum matches its manifest.</source>
        <translation>Uploaded %1; the server&apos;s SHA-256 checksum matches its manifest.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::BrowseButton</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose a folder on this computer</source>
        <translation>Choose a folder on this computer</translation>
    </message>
    <message>
        <source>Choose a file on this computer</source>
        <translation>Choose a file on this computer</translation>
    </message>
    <message>
        <source>Choose the folder to upload</source>
        <translation>Choose the folder to upload</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Choose a CA file</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ComposePage</name>
    <message>
        <source>Start the services</source>
        <translation>Start the services</translation>
    </message>
    <message>
        <source>Starts the project with docker compose using the recipe&apos;s files and profiles. First the effective configuration is shown (with the .env values filled in, secrets hidden), then the images are pulled or built and the services started in the background. The page waits until every service is running, and healthy where it has a health check; if one fails, its last log lines are shown.</source>
        <translation>Starts the project with docker compose using the recipe&apos;s files and profiles. First the effective configuration is shown (with the .env values filled in, secrets hidden), then the images are pulled or built and the services started in the background. The page waits until every service is running, and healthy where it has a health check; if one fails, its last log lines are shown.</translation>
    </message>
    <message>
        <source>&amp;Pull the images first</source>
        <translation>&amp;Pull the images first</translation>
    </message>
    <message>
        <source>Remove containers of services no longer in the compose files</source>
        <translation>Remove containers of services no longer in the compose files</translation>
    </message>
    <message>
        <source>&amp;Build images:</source>
        <translation>&amp;Build images:</translation>
    </message>
    <message>
        <source>&amp;Wait for the services up to:</source>
        <translation>&amp;Wait for the services up to:</translation>
    </message>
    <message>
        <source>Services that have a build section</source>
        <translation>Services that have a build section</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Restarts</translation>
    </message>
    <message>
        <source>The state of each service is read after every run.</source>
        <translation>The state of each service is read after every run.</translation>
    </message>
    <message>
        <source>Reading the services&apos; state…</source>
        <translation>Reading the services&apos; state…</translation>
    </message>
    <message>
        <source>Could not read the services&apos; state: %1</source>
        <translation>Could not read the services&apos; state: %1</translation>
    </message>
    <message>
        <source>exited (code %1)</source>
        <translation>exited (code %1)</translation>
    </message>
    <message>
        <source>no container</source>
        <translation>no container</translation>
    </message>
    <message>
        <source>no health check</source>
        <translation>no health check</translation>
    </message>
    <message>
        <source>Every service is running and healthy.</source>
        <translation>Every service is running and healthy.</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>Waiting for: %1</translation>
    </message>
    <message>
        <source>Failed: %1 (the Progress tab shows their last log lines)</source>
        <translation>Failed: %1 (the Progress tab shows their last log lines)</translation>
    </message>
    <message>
        <source>healthy</source>
        <comment>container health</comment>
        <translation>healthy</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <comment>container health</comment>
        <translation>unhealthy</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>container health</comment>
        <translation>starting</translation>
    </message>
    <message>
        <source>running</source>
        <comment>container state</comment>
        <translation>running</translation>
    </message>
    <message>
        <source>restarting</source>
        <comment>container state</comment>
        <translation>restarting</translation>
    </message>
    <message>
        <source>created</source>
        <comment>container state</comment>
        <translation>created</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>container state</comment>
        <translation>paused</translation>
    </message>
    <message>
        <source>dead</source>
        <comment>container state</comment>
        <translation>dead</translation>
    </message>
    <message>
        <source>Bind published ports to 127.0.0.1 with an &amp;override file</source>
        <translation>Bind published ports to 127.0.0.1 with an &amp;override file</translation>
    </message>
    <message>
        <source>Docker publishes ports past ufw. With docker compose 2.24.4 or later, an override file next to your compose file (which is not edited) binds them to 127.0.0.1; with older versions the plan says which lines to change.</source>
        <translation>Docker publishes ports past ufw. With docker compose 2.24.4 or later, an override file next to your compose file (which is not edited) binds them to 127.0.0.1; with older versions the plan says which lines to change.</translation>
    </message>
    <message>
        <source>Ports &amp;kept public:</source>
        <translation>Ports &amp;kept public:</translation>
    </message>
    <message>
        <source>none (for example: 8000 9001)</source>
        <translation>none (for example: 8000 9001)</translation>
    </message>
    <message>
        <source>Published ports that stay reachable from the internet on purpose. A database port left public and not listed here stops the plan.</source>
        <translation>Published ports that stay reachable from the internet on purpose. A database port left public and not listed here stops the plan.</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Published ports</translation>
    </message>
    <message>
        <source>The published ports are checked when the plan runs (also in a dry run): each port open to other machines is named here.</source>
        <translation>The published ports are checked when the plan runs (also in a dry run): each port open to other machines is named here.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ConnectController</name>
    <message>
        <source>Could not connect</source>
        <translation>Could not connect</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Could not connect to %1.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>support</source>
        <translation>support</translation>
    </message>
    <message>
        <source>Role on the server</source>
        <translation>Role on the server</translation>
    </message>
    <message>
        <source>The server gives the access account of %1 the %2 role, not the role of this profile.</source>
        <translation>The server gives the access account of %1 the %2 role, not the role of this profile.</translation>
    </message>
    <message>
        <source>The server allows only what the %1 role may do. Edit the server and choose %1 so that this computer shows the same.</source>
        <translation>The server allows only what the %1 role may do. Edit the server and choose %1 so that this computer shows the same.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ConnectDialog</name>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)…</source>
        <translation>Connecting to %1 (%2)…</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the server&apos;s identity.</source>
        <translation>Waiting for you to confirm the server&apos;s identity.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connected.</translation>
    </message>
    <message>
        <source>Reaching the server and checking its identity…</source>
        <translation>Reaching the server and checking its identity…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ConsoleOutput</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ConsoleTab</name>
    <message>
        <source>Duration: %1</source>
        <translation>Duration: %1</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Command to run on the server, e.g. docker compose ps</source>
        <translation>Command to run on the server, e.g. docker compose ps</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>A shell command line, run with sh -c on the server. Up and Down recall earlier commands.</source>
        <translation>A shell command line, run with sh -c on the server. Up and Down recall earlier commands.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the running command on the server</source>
        <translation>Stop the running command on the server</translation>
    </message>
    <message>
        <source>Run as root</source>
        <translation>Run as root</translation>
    </message>
    <message>
        <source>Run the command with administrator rights, the way this server&apos;s settings say (root login or sudo).</source>
        <translation>Run the command with administrator rights, the way this server&apos;s settings say (root login or sudo).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the output shown for this server</source>
        <translation>Clear the output shown for this server</translation>
    </message>
    <message>
        <source>Connect to this server to run commands.</source>
        <translation>Connect to this server to run commands.</translation>
    </message>
    <message>
        <source>The output of the commands you run appears here.</source>
        <translation>The output of the commands you run appears here.</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Command output</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ConsoleTranscript</name>
    <message numerus="yes">
        <source>… %Ln older line(s) dropped …</source>
        <comment>console: above the oldest line kept</comment>
        <translation>
            <numerusform>… %Ln older line dropped …</numerusform>
            <numerusform>… %Ln older lines dropped …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capataz::ui::CredentialDialog</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Password for %1 on %2:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <source>The key %1 is protected. Passphrase:</source>
        <translation>The key %1 is protected. Passphrase:</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo password</translation>
    </message>
    <message>
        <source>Password that sudo asks for on %1 (user %2):</source>
        <translation>Password that sudo asks for on %1 (user %2):</translation>
    </message>
    <message>
        <source>Save in the system keychain</source>
        <translation>Save in the system keychain</translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept in memory only until Capataz closes.</source>
        <translation>No system keychain is available: the secret is kept in memory only until Capataz closes.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::Dashboard</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Requests now</source>
        <translation>Requests now</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requests per second</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Error rate (5xx)</source>
        <translation>Error rate (5xx)</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errors</translation>
    </message>
    <message>
        <source>Server (node-exporter)</source>
        <translation>Server (node-exporter)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Memory used</translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation>Disk used</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
</context>
<context>
    <name>capataz::ui::EnvPage</name>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Start from .env.example when there is no .env yet</source>
        <translation>Start from .env.example when there is no .env yet</translation>
    </message>
    <message>
        <source>Generate the secrets that are missing, empty or unsafe</source>
        <translation>Generate the secrets that are missing, empty or unsafe</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <source>Connect to the server to read its .env file.</source>
        <translation>Connect to the server to read its .env file.</translation>
    </message>
    <message>
        <source>Reading %1 on the server…</source>
        <translation>Reading %1 on the server…</translation>
    </message>
    <message>
        <source>Could not read the .env file: %1</source>
        <translation>Could not read the .env file: %1</translation>
    </message>
    <message>
        <source>%1 as it is on the server.</source>
        <translation>%1 as it is on the server.</translation>
    </message>
    <message>
        <source>%1 does not exist yet: starting from the example file.</source>
        <translation>%1 does not exist yet: starting from the example file.</translation>
    </message>
    <message>
        <source>%1 does not exist yet: starting from an empty file.</source>
        <translation>%1 does not exist yet: starting from an empty file.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Replace the value with a new random one (%1)</source>
        <translation>Replace the value with a new random one (%1)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (line %2)</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nothing to report.</translation>
    </message>
    <message>
        <source>The project&apos;s settings live in the .env file next to the compose files. Review and edit the values below; secrets stay hidden unless you tick Show, and Generate draws a new random one the way the deployment guides do. The list beside the table shows what is missing or unsafe. Preview shows the change as a diff (secrets hidden); Apply writes the file readable only by its owner and keeps the previous version.</source>
        <translation>The project&apos;s settings live in the .env file next to the compose files. Review and edit the values below; secrets stay hidden unless you tick Show, and Generate draws a new random one the way the deployment guides do. The list beside the table shows what is missing or unsafe. Preview shows the change as a diff (secrets hidden); Apply writes the file readable only by its owner and keeps the previous version.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::EnvTableModel</name>
    <message>
        <source>(from the environment)</source>
        <translation>(from the environment)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Show this value</source>
        <translation>Show this value</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Required. %1</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>capataz::ui::EnvValueDelegate</name>
    <message>
        <source>Type a new value (leave empty to keep the current one)</source>
        <translation>Type a new value (leave empty to keep the current one)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::FirewallPage</name>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Turns on the ufw firewall so that only SSH, HTTP (80) and HTTPS (443) are reachable from outside. The SSH port is read from the server&apos;s sshd, never assumed, and allowed before the firewall is enabled. As a safety net, the server itself undoes the change after the waiting time below unless a new SSH login made after enabling succeeds, so a mistake cannot lock you out.</source>
        <translation>Turns on the ufw firewall so that only SSH, HTTP (80) and HTTPS (443) are reachable from outside. The SSH port is read from the server&apos;s sshd, never assumed, and allowed before the firewall is enabled. As a safety net, the server itself undoes the change after the waiting time below unless a new SSH login made after enabling succeeds, so a mistake cannot lock you out.</translation>
    </message>
    <message>
        <source>&amp;SSH ports:</source>
        <translation>&amp;SSH ports:</translation>
    </message>
    <message>
        <source>&amp;Also allow:</source>
        <translation>&amp;Also allow:</translation>
    </message>
    <message>
        <source>&amp;Revert unless confirmed within:</source>
        <translation>&amp;Revert unless confirmed within:</translation>
    </message>
    <message>
        <source>Read from sshd on the server (recommended)</source>
        <translation>Read from sshd on the server (recommended)</translation>
    </message>
    <message>
        <source>More rules, separated by spaces, e.g. 8443/tcp 51820/udp</source>
        <translation>More rules, separated by spaces, e.g. 8443/tcp 51820/udp</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning: ports that Docker publishes (ports: in the compose file, bound to 0.0.0.0) bypass ufw. Bind them to 127.0.0.1 and let nginx serve them.</source>
        <translation>Warning: ports that Docker publishes (ports: in the compose file, bound to 0.0.0.0) bypass ufw. Bind them to 127.0.0.1 and let nginx serve them.</translation>
    </message>
    <message>
        <source>Enable the firewall on “%1”? If the new SSH login that confirms access fails, the server reverts the firewall by itself after %2 seconds.</source>
        <translation>Enable the firewall on “%1”? If the new SSH login that confirms access fails, the server reverts the firewall by itself after %2 seconds.</translation>
    </message>
    <message>
        <source>Connect to check which ports of the compose project Docker publishes past the firewall.</source>
        <translation>Connect to check which ports of the compose project Docker publishes past the firewall.</translation>
    </message>
    <message>
        <source>Reading the compose files on the server…</source>
        <translation>Reading the compose files on the server…</translation>
    </message>
    <message>
        <source>No compose file in the project directory yet: come back after uploading it to check its ports.</source>
        <translation>No compose file in the project directory yet: come back after uploading it to check its ports.</translation>
    </message>
    <message>
        <source>No port of the compose project is published on all interfaces: ufw protects them all.</source>
        <translation>No port of the compose project is published on all interfaces: ufw protects them all.</translation>
    </message>
    <message>
        <source>These ports bypass ufw: Docker publishes them to every interface ahead of the firewall&apos;s rules. Bind them to 127.0.0.1 in the compose file (e.g. &quot;127.0.0.1:5432:5432&quot;) and let nginx serve what must be public.</source>
        <translation>These ports bypass ufw: Docker publishes them to every interface ahead of the firewall&apos;s rules. Bind them to 127.0.0.1 in the compose file (e.g. &quot;127.0.0.1:5432:5432&quot;) and let nginx serve what must be public.</translation>
    </message>
    <message>
        <source>Could not read the compose files to check their ports: %1</source>
        <translation>Could not read the compose files to check their ports: %1</translation>
    </message>
</context>
<context>
    <name>capataz::ui::FleetModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>All well</source>
        <translation>All well</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No answer since %1</source>
        <translation>No answer since %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1% used</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>not set up</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Alerts firing</source>
        <translation>Alerts firing</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last restore test</source>
        <translation>Last restore test</translation>
    </message>
</context>
<context>
    <name>capataz::ui::FleetView</name>
    <message>
        <source>Checking… No answer: %1. Needs attention: %2. All well: %3.</source>
        <translation>Checking… No answer: %1. Needs attention: %2. All well: %3.</translation>
    </message>
    <message>
        <source>No answer: %1. Needs attention: %2. All well: %3.</source>
        <translation>No answer: %1. Needs attention: %2. All well: %3.</translation>
    </message>
    <message>
        <source>Fleet overview</source>
        <translation>Fleet overview</translation>
    </message>
    <message>
        <source>Filter by name or description</source>
        <translation>Filter by name or description</translation>
    </message>
    <message>
        <source>&amp;Check all now</source>
        <translation>&amp;Check all now</translation>
    </message>
</context>
<context>
    <name>capataz::ui::GuideDialog</name>
    <message>
        <source>Capataz guide</source>
        <translation>Capataz guide</translation>
    </message>
    <message>
        <source>Open the full &amp;manual</source>
        <translation>Open the full &amp;manual</translation>
    </message>
    <message>
        <source>README.md, with every command, answers-file key and test</source>
        <translation>README.md, with every command, answers-file key and test</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The server list</source>
        <translation>The server list</translation>
    </message>
    <message>
        <source>Every server you look after, with how Capataz logs in to it (SSH, nothing is installed on the server) and the role this computer gives it. Add one with Server &gt; Add, or import them from your ~/.ssh/config. Use Test connection in the server dialog to check the login before saving.</source>
        <translation>Every server you look after, with how Capataz logs in to it (SSH, nothing is installed on the server) and the role this computer gives it. Add one with Server &gt; Add, or import them from your ~/.ssh/config. Use Test connection in the server dialog to check the login before saving.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>What the server is and how it is doing: system, disk, memory, Docker, the firewall and the services of the project. Nothing on it changes the server.</source>
        <translation>What the server is and how it is doing: system, disk, memory, Docker, the firewall and the services of the project. Nothing on it changes the server.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
    <message>
        <source>A wizard that sets up a web service step by step: server check, firewall, nginx with a Let&apos;s Encrypt certificate, the .env file with generated secrets, docker compose, and a final verification. Each page has Preview, which shows exactly what would run and every file change (secrets hidden) without changing anything, and Apply, which asks first. A step that fails is rolled back; every file written keeps its previous version.</source>
        <translation>A wizard that sets up a web service step by step: server check, firewall, nginx with a Let&apos;s Encrypt certificate, the .env file with generated secrets, docker compose, and a final verification. Each page has Preview, which shows exactly what would run and every file change (secrets hidden) without changing anything, and Apply, which asks first. A step that fails is rolled back; every file written keeps its previous version.</translation>
    </message>
    <message>
        <source>The dead-man switch</source>
        <translation>The dead-man switch</translation>
    </message>
    <message>
        <source>When a firewall change could cut your own SSH access, the server first schedules its own undo, a minute or so later. Capataz then opens a new SSH login: if it works, the undo is cancelled; if it does not, the server puts the previous firewall back by itself and you can log in again.</source>
        <translation>When a firewall change could cut your own SSH access, the server first schedules its own undo, a minute or so later. Capataz then opens a new SSH login: if it works, the undo is cancelled; if it does not, the server puts the previous firewall back by itself and you can log in again.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Runs one command at a time on the server, in the project&apos;s folder, and shows its output as it comes, with colours. It keeps the newest 200,000 lines and says when older ones were dropped. Commands that look like they carry a secret are not saved in the history.</source>
        <translation>Runs one command at a time on the server, in the project&apos;s folder, and shows its output as it comes, with colours. It keeps the newest 200,000 lines and says when older ones were dropped. Commands that look like they carry a secret are not saved in the history.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Administrator: everything. Support: logs and status, no changes and no console. Owner: the status page only. Roles only choose what this computer shows; the server does not enforce them yet, so the login account&apos;s own permissions are what really protect the server.</source>
        <translation>Administrator: everything. Support: logs and status, no changes and no console. Owner: the status page only. Roles only choose what this computer shows; the server does not enforce them yet, so the login account&apos;s own permissions are what really protect the server.</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Where your data is kept</translation>
    </message>
    <message>
        <source>The server list, known host keys, command history and the audit log of every change are kept on this computer, in the data folder shown in File &gt; Settings. Passwords and passphrases go to the system keychain; where there is none, they are kept in memory only until Capataz closes.</source>
        <translation>The server list, known host keys, command history and the audit log of every change are kept on this computer, in the data folder shown in File &gt; Settings. Passwords and passphrases go to the system keychain; where there is none, they are kept in memory only until Capataz closes.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::HostKeyDialog</name>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>Key type %1, fingerprint:</source>
        <translation>Key type %1, fingerprint:</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s identity has changed</source>
        <translation>Warning: the server&apos;s identity has changed</translation>
    </message>
    <message>
        <source>The identity of %1 (%2) has changed!</source>
        <translation>The identity of %1 (%2) has changed!</translation>
    </message>
    <message>
        <source>The server presents a different key from the one recorded at %1, line %2. Someone may be intercepting the connection, or the server was reinstalled. Capataz did not connect.</source>
        <translation>The server presents a different key from the one recorded at %1, line %2. Someone may be intercepting the connection, or the server was reinstalled. Capataz did not connect.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the new fingerprint and compare it with the one above. Only if they match, remove the old key with:
ssh-keygen -R %1 -f %2
and connect again.</source>
        <translation>Ask the server&apos;s administrator for the new fingerprint and compare it with the one above. Only if they match, remove the old key with:
ssh-keygen -R %1 -f %2
and connect again.</translation>
    </message>
    <message>
        <source>Do not continue. Tell your administrator that the server&apos;s identity changed and give them the fingerprint above.</source>
        <translation>Do not continue. Tell your administrator that the server&apos;s identity changed and give them the fingerprint above.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Confirm the server&apos;s identity</source>
        <translation>Confirm the server&apos;s identity</translation>
    </message>
    <message>
        <source>Is this really %1 (%2)?</source>
        <translation>Is this really %1 (%2)?</translation>
    </message>
    <message>
        <source>This is the first connection to this server from Capataz. Compare the fingerprint below with the one your hosting provider or administrator gave you (on the server: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub).</source>
        <translation>This is the first connection to this server from Capataz. Compare the fingerprint below with the one your hosting provider or administrator gave you (on the server: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub).</translation>
    </message>
    <message>
        <source>If they do not match, cancel: you may be talking to another machine.</source>
        <translation>If they do not match, cancel: you may be talking to another machine.</translation>
    </message>
    <message>
        <source>Accept once</source>
        <translation>Accept once</translation>
    </message>
    <message>
        <source>Accept and remember</source>
        <translation>Accept and remember</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>capataz::ui::LogLaneMenu</name>
    <message>
        <source>From: all</source>
        <translation>From: all</translation>
    </message>
    <message>
        <source>From: %1 of %2</source>
        <translation>From: %1 of %2</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>(notes)</source>
        <translation>(notes)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::LogPanes</name>
    <message>
        <source>%1 — %2 lines</source>
        <translation>%1 — %2 lines</translation>
    </message>
    <message>
        <source>(notes)</source>
        <translation>(notes)</translation>
    </message>
    <message>
        <source>Nothing to show side by side yet: the columns appear with the first lines of each source.</source>
        <translation>Nothing to show side by side yet: the columns appear with the first lines of each source.</translation>
    </message>
    <message numerus="yes">
        <source>%n more source(s) not shown: side by side shows %1 at most. Choose which in From.</source>
        <translation>
            <numerusform>%n more source not shown: side by side shows %1 at most. Choose which in From.</numerusform>
            <numerusform>%n more sources not shown: side by side shows %1 at most. Choose which in From.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capataz::ui::LogSourceMenu</name>
    <message>
        <source>all services</source>
        <translation>all services</translation>
    </message>
    <message>
        <source>Choose what to follow</source>
        <translation>Choose what to follow</translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a server first</source>
        <translation>Select a server first</translation>
    </message>
    <message>
        <source>Compose services</source>
        <translation>Compose services</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Looking at what the server has…</source>
        <translation>Looking at what the server has…</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s logs: %1</source>
        <translation>Could not list the server&apos;s logs: %1</translation>
    </message>
    <message>
        <source>Files on the server</source>
        <translation>Files on the server</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Another file…</translation>
    </message>
    <message>
        <source>System journal (journald)</source>
        <translation>System journal (journald)</translation>
    </message>
    <message>
        <source>Follow a file</source>
        <translation>Follow a file</translation>
    </message>
    <message>
        <source>Full path of a log file on the server (for example /var/log/syslog):</source>
        <translation>Full path of a log file on the server (for example /var/log/syslog):</translation>
    </message>
    <message>
        <source>“%1” is not a full path on the server. Type one that starts with /, such as /var/log/nginx/error.log.</source>
        <translation>“%1” is not a full path on the server. Type one that starts with /, such as /var/log/nginx/error.log.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
</context>
<context>
    <name>capataz::ui::LogsTab</name>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Sources:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;History:</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> lines</translation>
    </message>
    <message>
        <source>Lines of history read first from each source, then new lines as they are written.</source>
        <translation>Lines of history read first from each source, then new lines as they are written.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug and above</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>Warnings and above</translation>
    </message>
    <message>
        <source>Errors and above</source>
        <translation>Errors and above</translation>
    </message>
    <message>
        <source>Filter: text to find</source>
        <translation>Filter: text to find</translation>
    </message>
    <message>
        <source>Re&amp;gex</source>
        <translation>Re&amp;gex</translation>
    </message>
    <message>
        <source>Read the filter as a regular expression (PCRE), e.g. timeout|refused</source>
        <translation>Read the filter as a regular expression (PCRE), e.g. timeout|refused</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <source>In&amp;vert</source>
        <translation>In&amp;vert</translation>
    </message>
    <message>
        <source>Show the lines that do NOT contain the text</source>
        <translation>Show the lines that do NOT contain the text</translation>
    </message>
    <message>
        <source>&amp;Only matches</source>
        <translation>&amp;Only matches</translation>
    </message>
    <message>
        <source>Show only the lines that match; off: every line, with the matches highlighted</source>
        <translation>Show only the lines that match; off: every line, with the matches highlighted</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Stop filtering</source>
        <translation>Stop filtering</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message numerus="yes">
        <source>%n million lines</source>
        <translation>
            <numerusform>%n million lines</numerusform>
            <numerusform>%n million lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lines</translation>
    </message>
    <message>
        <source>The newest lines kept in memory; older ones are dropped. A new value applies when following starts again.</source>
        <translation>The newest lines kept in memory; older ones are dropped. A new value applies when following starts again.</translation>
    </message>
    <message>
        <source>Remove the lines shown so far; following goes on</source>
        <translation>Remove the lines shown so far; following goes on</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Copy the selected lines (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save the lines shown…</source>
        <translation>Save the lines shown…</translation>
    </message>
    <message>
        <source>Save every line kept…</source>
        <translation>Save every line kept…</translation>
    </message>
    <message>
        <source>The selected line in full</source>
        <translation>The selected line in full</translation>
    </message>
    <message>
        <source>Choose what to follow</source>
        <translation>Choose what to follow</translation>
    </message>
    <message>
        <source>Which services, files and units to show</source>
        <translation>Which services, files and units to show</translation>
    </message>
    <message>
        <source>The regular expression is not valid near character %1. Check its brackets and special characters, or turn off Regex to find the text as it is.</source>
        <translation>The regular expression is not valid near character %1. Check its brackets and special characters, or turn off Regex to find the text as it is.</translation>
    </message>
    <message>
        <source>The regular expression is not valid. Check its brackets and special characters, or turn off Regex to find the text as it is.</source>
        <translation>The regular expression is not valid. Check its brackets and special characters, or turn off Regex to find the text as it is.</translation>
    </message>
    <message>
        <source>Filtering %1 of %2 lines</source>
        <translation>Filtering %1 of %2 lines</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>%1 matching</translation>
    </message>
    <message>
        <source>%1 of %2 matching</source>
        <translation>%1 of %2 matching</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 of %2 lines</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Follow</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>No server selected.</translation>
    </message>
    <message>
        <source>Not connected: connect to the server to read its logs.</source>
        <translation>Not connected: connect to the server to read its logs.</translation>
    </message>
    <message>
        <source>Reading the project&apos;s secrets so that they are masked…</source>
        <translation>Reading the project&apos;s secrets so that they are masked…</translation>
    </message>
    <message numerus="yes">
        <source>Following %n source(s).</source>
        <translation>
            <numerusform>Following %n source.</numerusform>
            <numerusform>Following %n sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the connection to come back.</source>
        <translation>
            <numerusform>%n waiting for the connection to come back.</numerusform>
            <numerusform>%n waiting for the connection to come back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped with an error: %1</source>
        <translation>
            <numerusform>%n stopped with an error: %1</numerusform>
            <numerusform>%n stopped with an error: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what to follow in Sources.</source>
        <translation>Choose what to follow in Sources.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Showing the lines around %1 (from %2 to %3). Press “Resume following” to go back to the newest lines.</source>
        <translation>Showing the lines around %1 (from %2 to %3). Press “Resume following” to go back to the newest lines.</translation>
    </message>
    <message>
        <source>%1 lines kept, %2 MB</source>
        <translation>%1 lines kept, %2 MB</translation>
    </message>
    <message>
        <source>; %1 older lines dropped (Keep: %2)</source>
        <translation>; %1 older lines dropped (Keep: %2)</translation>
    </message>
    <message>
        <source>Following the end</source>
        <translation>Following the end</translation>
    </message>
    <message>
        <source>Paused: %1 new lines, resume following</source>
        <translation>Paused: %1 new lines, resume following</translation>
    </message>
    <message>
        <source>Paused: resume following</source>
        <translation>Paused: resume following</translation>
    </message>
    <message>
        <source>Select a server.</source>
        <translation>Select a server.</translation>
    </message>
    <message>
        <source>Connect to the server to read its logs.</source>
        <translation>Connect to the server to read its logs.</translation>
    </message>
    <message>
        <source>Choose what to follow in Sources: the compose services, a file on the server or a systemd unit.</source>
        <translation>Choose what to follow in Sources: the compose services, a file on the server or a systemd unit.</translation>
    </message>
    <message>
        <source>No line matches the filter.</source>
        <translation>No line matches the filter.</translation>
    </message>
    <message>
        <source>Waiting for lines…</source>
        <translation>Waiting for lines…</translation>
    </message>
    <message>
        <source>Save the lines shown</source>
        <translation>Save the lines shown</translation>
    </message>
    <message>
        <source>Save every line kept</source>
        <translation>Save every line kept</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Text files (*.txt *.log);;All files (*)</translation>
    </message>
    <message>
        <source>Saved %1 lines to %2.</source>
        <translation>Saved %1 lines to %2.</translation>
    </message>
    <message>
        <source>Could not save to %1 (%2). Choose another folder; nothing was changed there.</source>
        <translation>Could not save to %1 (%2). Choose another folder; nothing was changed there.</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Clea&amp;r</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>Sav&amp;e</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtering…</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>Side &amp;by side</translation>
    </message>
    <message>
        <source>One column per source; off: every source in one list, merged by time</source>
        <translation>One column per source; off: every source in one list, merged by time</translation>
    </message>
    <message>
        <source>No line is kept, so the lines from %1 to %2 cannot be shown.</source>
        <translation>No line is kept, so the lines from %1 to %2 cannot be shown.</translation>
    </message>
    <message>
        <source>No line kept has a time, so the lines from %1 to %2 cannot be found.</source>
        <translation>No line kept has a time, so the lines from %1 to %2 cannot be found.</translation>
    </message>
    <message>
        <source>The lines kept begin at %1, after %2: the lines from %2 to %3 are no longer held here. Raise “History” and start reading again to go further back.</source>
        <translation>The lines kept begin at %1, after %2: the lines from %2 to %3 are no longer held here. Raise “History” and start reading again to go further back.</translation>
    </message>
    <message>
        <source>Press “Resume following” to go back to the newest lines.</source>
        <translation>Press “Resume following” to go back to the newest lines.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::MainWindow</name>
    <message>
        <source>Capataz</source>
        <translation>Capataz</translation>
    </message>
    <message>
        <source>About Capataz</source>
        <translation>About Capataz</translation>
    </message>
    <message>
        <source>&lt;b&gt;Capataz %1&lt;/b&gt;&lt;br&gt;Sets up, watches and backs up Docker Compose services on your servers over SSH.</source>
        <translation>&lt;b&gt;Capataz %1&lt;/b&gt;&lt;br&gt;Sets up, watches and backs up Docker Compose services on your servers over SSH.</translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation>Search servers</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Add a server</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the selected server</source>
        <translation>Edit the selected server</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <source>Add a server starting from the selected one</source>
        <translation>Add a server starting from the selected one</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected server from this list (nothing changes on the server)</source>
        <translation>Remove the selected server from this list (nothing changes on the server)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import servers from ~/.ssh/config</source>
        <translation>Import servers from ~/.ssh/config</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Edit server</translation>
    </message>
    <message>
        <source>Duplicate server</source>
        <translation>Duplicate server</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Remove server</translation>
    </message>
    <message>
        <source>Remove %1 from this list? Nothing changes on the server itself.</source>
        <translation>Remove %1 from this list? Nothing changes on the server itself.</translation>
    </message>
    <message>
        <source>Sandbox server</source>
        <translation>Sandbox server</translation>
    </message>
    <message>
        <source>The local sandbox server is not running. Start it with the command in README.md.</source>
        <translation>The local sandbox server is not running. Start it with the command in README.md.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>Alert &amp;list…</source>
        <translation>Alert &amp;list…</translation>
    </message>
    <message>
        <source>The selected server&apos;s alerts: their state, and their rules</source>
        <translation>The selected server&apos;s alerts: their state, and their rules</translation>
    </message>
    <message>
        <source>An owner profile does not read metrics, so it has no alerts to show</source>
        <translation>An owner profile does not read metrics, so it has no alerts to show</translation>
    </message>
    <message>
        <source>&amp;Fleet overview…</source>
        <translation>&amp;Fleet overview…</translation>
    </message>
    <message>
        <source>Every server&apos;s status in one table, the worst first</source>
        <translation>Every server&apos;s status in one table, the worst first</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <source>What Capataz did on the servers: commands, changes and their results</source>
        <translation>What Capataz did on the servers: commands, changes and their results</translation>
    </message>
    <message>
        <source>&amp;Give access…</source>
        <translation>&amp;Give access…</translation>
    </message>
    <message>
        <source>Accounts on this server for support staff and owners whose role the server enforces (connect first)</source>
        <translation>Accounts on this server for support staff and owners whose role the server enforces (connect first)</translation>
    </message>
    <message>
        <source>Needs an administrator&apos;s profile that can become root</source>
        <translation>Needs an administrator&apos;s profile that can become root</translation>
    </message>
</context>
<context>
    <name>capataz::ui::MetricsChartView</name>
    <message>
        <source>Show the &amp;logs around %1</source>
        <translation>Show the &amp;logs around %1</translation>
    </message>
    <message>
        <source>The lines of every log source from two minutes before to two minutes after</source>
        <translation>The lines of every log source from two minutes before to two minutes after</translation>
    </message>
</context>
<context>
    <name>capataz::ui::MetricsGauge</name>
    <message>
        <source>Within the thresholds</source>
        <translation>Within the thresholds</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
</context>
<context>
    <name>capataz::ui::MetricsPanel</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>No data: %1</source>
        <translation>No data: %1</translation>
    </message>
    <message>
        <source>No data since %1</source>
        <translation>No data since %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>At %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a series&apos; name and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <comment>a time, then the value&apos;s state against its thresholds</comment>
        <translation>At %1: %2</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>alerts about this panel beyond the two shown</comment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capataz::ui::MetricsTab</name>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Time range:</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Last 5 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>&amp;Zoom out</source>
        <translation>&amp;Zoom out</translation>
    </message>
    <message>
        <source>Back to the range before the last zoom (or double-click a chart)</source>
        <translation>Back to the range before the last zoom (or double-click a chart)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>No server selected.</translation>
    </message>
    <message>
        <source>Not scraping now (the server is not connected): the charts show what was stored.</source>
        <translation>Not scraping now (the server is not connected): the charts show what was stored.</translation>
    </message>
    <message numerus="yes">
        <source>Scraped every %n second(s).</source>
        <translation>
            <numerusform>Scraped every second.</numerusform>
            <numerusform>Scraped every %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoomed in: %1 to %2. %3</source>
        <translation>Zoomed in: %1 to %2. %3</translation>
    </message>
    <message>
        <source>&amp;Scrape every:</source>
        <translation>&amp;Scrape every:</translation>
    </message>
    <message>
        <source>How often this computer asks the server for its metrics (one request per target each time); the alerts are checked as often. Kept with the server&apos;s profile.</source>
        <translation>How often this computer asks the server for its metrics (one request per target each time); the alerts are checked as often. Kept with the server&apos;s profile.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a scrape interval in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>a scrape interval in seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>How often this computer asks the server for its metrics. Only an administrator&apos;s profile changes it.</source>
        <translation>How often this computer asks the server for its metrics. Only an administrator&apos;s profile changes it.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::MetricsUnits</name>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number and its unit</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>capataz::ui::NginxTlsPage</name>
    <message>
        <source>Nginx and SSL</source>
        <translation>Nginx and SSL</translation>
    </message>
    <message>
        <source>Puts nginx in front of the application: a site generated from the recipe that redirects HTTP to HTTPS and passes requests to the application with the right headers, body size and timeouts. The site is checked with “nginx -t” before nginx reloads; if the check fails the previous files come back and nginx keeps serving. Then certbot gets a free Let&apos;s Encrypt certificate for the domain, which must already point to this server with port 80 open, and renewal is scheduled and tested. Finally the console connects to the site itself to show the certificate visitors receive.</source>
        <translation>Puts nginx in front of the application: a site generated from the recipe that redirects HTTP to HTTPS and passes requests to the application with the right headers, body size and timeouts. The site is checked with “nginx -t” before nginx reloads; if the check fails the previous files come back and nginx keeps serving. Then certbot gets a free Let&apos;s Encrypt certificate for the domain, which must already point to this server with port 80 open, and renewal is scheduled and tested. Finally the console connects to the site itself to show the certificate visitors receive.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>&amp;Other names:</translation>
    </message>
    <message>
        <source>&amp;E-mail for Let&apos;s Encrypt:</source>
        <translation>&amp;E-mail for Let&apos;s Encrypt:</translation>
    </message>
    <message>
        <source>Application &amp;port:</source>
        <translation>Application &amp;port:</translation>
    </message>
    <message>
        <source>Largest &amp;upload:</source>
        <translation>Largest &amp;upload:</translation>
    </message>
    <message>
        <source>Check the certificate &amp;at:</source>
        <translation>Check the certificate &amp;at:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Extra &amp;CA file:</translation>
    </message>
    <message>
        <source>api.example.com (it must point to this server)</source>
        <translation>api.example.com (it must point to this server)</translation>
    </message>
    <message>
        <source>Optional, separated by spaces: www.example.com</source>
        <translation>Optional, separated by spaces: www.example.com</translation>
    </message>
    <message>
        <source>Expiry notices are sent here</source>
        <translation>Expiry notices are sent here</translation>
    </message>
    <message>
        <source>From the recipe</source>
        <translation>From the recipe</translation>
    </message>
    <message>
        <source>nginx size, e.g. 10M</source>
        <translation>nginx size, e.g. 10M</translation>
    </message>
    <message>
        <source>Empty: the domain itself (DNS)</source>
        <translation>Empty: the domain itself (DNS)</translation>
    </message>
    <message>
        <source>A private or test CA to trust (PEM), besides the system&apos;s</source>
        <translation>A private or test CA to trust (PEM), besides the system&apos;s</translation>
    </message>
    <message>
        <source>Pass &amp;WebSocket connections through</source>
        <translation>Pass &amp;WebSocket connections through</translation>
    </message>
    <message>
        <source>&amp;Redirect HTTP to HTTPS</source>
        <translation>&amp;Redirect HTTP to HTTPS</translation>
    </message>
    <message>
        <source>Check certificate</source>
        <translation>Check certificate</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Renewal: not checked yet (Preview or Apply check it).</source>
        <translation>Renewal: not checked yet (Preview or Apply check it).</translation>
    </message>
    <message>
        <source>Renewal: scheduled, and a test renewal (certbot renew --dry-run) succeeded.</source>
        <translation>Renewal: scheduled, and a test renewal (certbot renew --dry-run) succeeded.</translation>
    </message>
    <message>
        <source>Renewal: not working; see the tls.renewal step in Progress.</source>
        <translation>Renewal: not working; see the tls.renewal step in Progress.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Yes: the chain and the name check out</source>
        <translation>Yes: the chain and the name check out</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>No: %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
</context>
<context>
    <name>capataz::ui::OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read this server&apos;s details again</source>
        <translation>Read this server&apos;s details again</translation>
    </message>
    <message>
        <source>Reading the server&apos;s details</source>
        <translation>Reading the server&apos;s details</translation>
    </message>
    <message>
        <source>Reading the server&apos;s details…</source>
        <translation>Reading the server&apos;s details…</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Operating system:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Host name:</translation>
    </message>
    <message>
        <source>Running for:</source>
        <translation>Running for:</translation>
    </message>
    <message>
        <source>Processors:</source>
        <translation>Processors:</translation>
    </message>
    <message>
        <source>Disk (/):</source>
        <translation>Disk (/):</translation>
    </message>
    <message>
        <source>Project disk:</source>
        <translation>Project disk:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memory:</translation>
    </message>
    <message>
        <source>Swap:</source>
        <translation>Swap:</translation>
    </message>
    <message>
        <source>Docker:</source>
        <translation>Docker:</translation>
    </message>
    <message>
        <source>Compose:</source>
        <translation>Compose:</translation>
    </message>
    <message>
        <source>systemd:</source>
        <translation>systemd:</translation>
    </message>
    <message>
        <source>Firewall (ufw):</source>
        <translation>Firewall (ufw):</translation>
    </message>
    <message>
        <source>nginx:</source>
        <translation>nginx:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>uptime: days, hours</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>uptime: hours, minutes</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details (%Ln note(s))</source>
        <translation>
            <numerusform>Details (%Ln note)</numerusform>
            <numerusform>Details (%Ln notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last updated at %1</source>
        <translation>Last updated at %1</translation>
    </message>
    <message>
        <source>Connect to see this server&apos;s overview.</source>
        <translation>Connect to see this server&apos;s overview.</translation>
    </message>
    <message>
        <source>The details could not be read again; those shown are from the last successful read. %1</source>
        <translation>The details could not be read again; those shown are from the last successful read. %1</translation>
    </message>
    <message>
        <source>This server&apos;s details could not be read. %1</source>
        <translation>This server&apos;s details could not be read. %1</translation>
    </message>
    <message>
        <source>Reading this server&apos;s details…</source>
        <translation>Reading this server&apos;s details…</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln processor(s)</source>
        <translation>
            <numerusform>%Ln processor</numerusform>
            <numerusform>%Ln processors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln processor(s), load %1 · %2 · %3</source>
        <translation>
            <numerusform>%Ln processor, load %1 · %2 · %3</numerusform>
            <numerusform>%Ln processors, load %1 · %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Average number of processes running or waiting over the last 1, 5 and 15 minutes. Above the number of processors, the server is busier than it can keep up with.</source>
        <translation>Average number of processes running or waiting over the last 1, 5 and 15 minutes. Above the number of processors, the server is busier than it can keep up with.</translation>
    </message>
    <message>
        <source>%1 of %2 used (%3%), %4 free</source>
        <translation>%1 of %2 used (%3%), %4 free</translation>
    </message>
    <message>
        <source>The disk is almost full. Free some space (old images, logs, backups) before services fail.</source>
        <translation>The disk is almost full. Free some space (old images, logs, backups) before services fail.</translation>
    </message>
    <message>
        <source>The project folder %1 was not found</source>
        <translation>The project folder %1 was not found</translation>
    </message>
    <message>
        <source>%1 is on the same disk as /</source>
        <translation>%1 is on the same disk as /</translation>
    </message>
    <message>
        <source>%1, on the disk mounted at %2</source>
        <translation>%1, on the disk mounted at %2</translation>
    </message>
    <message>
        <source>%1 of %2 in use, %3 available</source>
        <translation>%1 of %2 in use, %3 available</translation>
    </message>
    <message>
        <source>Little memory is left. Services may be slow or stopped by the system.</source>
        <translation>Little memory is left. Services may be slow or stopped by the system.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 of %2 used</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Not installed</translation>
    </message>
    <message>
        <source>Installed, version unknown</source>
        <translation>Installed, version unknown</translation>
    </message>
    <message>
        <source>%1 (the Docker service is not running)</source>
        <translation>%1 (the Docker service is not running)</translation>
    </message>
    <message>
        <source>%1 (the Docker service does not answer this user)</source>
        <translation>%1 (the Docker service does not answer this user)</translation>
    </message>
    <message>
        <source>The login user is not in the docker group and the details were read without sudo, or the Docker service is not running.</source>
        <translation>The login user is not in the docker group and the details were read without sudo, or the Docker service is not running.</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>version unknown</translation>
    </message>
    <message>
        <source>%1 (docker compose plugin)</source>
        <translation>%1 (docker compose plugin)</translation>
    </message>
    <message>
        <source>%1 (standalone docker-compose)</source>
        <translation>%1 (standalone docker-compose)</translation>
    </message>
    <message>
        <source>%1 (podman-compose)</source>
        <translation>%1 (podman-compose)</translation>
    </message>
    <message>
        <source>Installed, not active</source>
        <translation>Installed, not active</translation>
    </message>
    <message numerus="yes">
        <source>Active, %Ln rule(s)</source>
        <translation>
            <numerusform>Active, %Ln rule</numerusform>
            <numerusform>Active, %Ln rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown: sudo refused administrator rights</source>
        <translation>Unknown: sudo refused administrator rights</translation>
    </message>
    <message>
        <source>Unknown: reading it needs administrator rights</source>
        <translation>Unknown: reading it needs administrator rights</translation>
    </message>
    <message>
        <source>Unknown: see the details below</source>
        <translation>Unknown: see the details below</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation>%1, running</translation>
    </message>
    <message>
        <source>%1, installed but not running</source>
        <translation>%1, installed but not running</translation>
    </message>
</context>
<context>
    <name>capataz::ui::PlanPreviewView</name>
    <message>
        <source>already done: nothing to change</source>
        <translation>already done: nothing to change</translation>
    </message>
    <message>
        <source>will be applied</source>
        <translation>will be applied</translation>
    </message>
    <message>
        <source>New file %1</source>
        <translation>New file %1</translation>
    </message>
    <message>
        <source>%1 (no change)</source>
        <translation>%1 (no change)</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Changes to %1</translation>
    </message>
</context>
<context>
    <name>capataz::ui::PlanRunView</name>
    <message>
        <source>Output of the commands (secrets are shown as ••••••):</source>
        <translation>Output of the commands (secrets are shown as ••••••):</translation>
    </message>
</context>
<context>
    <name>capataz::ui::RestoreConfirmDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restoring %1 replaces the data of %2 with the backup&apos;s. Capataz makes a safety backup first and puts it back if the restore fails.

Type %2 to confirm:</source>
        <translation>Restoring %1 replaces the data of %2 with the backup&apos;s. Capataz makes a safety backup first and puts it back if the restore fails.

Type %2 to confirm:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ScheduleDialog</name>
    <message>
        <source>Backup schedule</source>
        <translation>Backup schedule</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>On the server now</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>New schedule</translation>
    </message>
    <message>
        <source>&amp;Time of day (server clock, UTC):</source>
        <translation>&amp;Time of day (server clock, UTC):</translation>
    </message>
    <message>
        <source>Back up:</source>
        <translation>Back up:</translation>
    </message>
    <message>
        <source>&amp;Keep every backup younger than:</source>
        <translation>&amp;Keep every backup younger than:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Keep at &amp;least, of each:</source>
        <translation>Keep at &amp;least, of each:</translation>
    </message>
    <message>
        <source> good backups</source>
        <translation> good backups</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Write the script and the cron entry shown below on the server, as root.</source>
        <translation>Write the script and the cron entry shown below on the server, as root.</translation>
    </message>
    <message>
        <source>Re&amp;move schedule</source>
        <translation>Re&amp;move schedule</translation>
    </message>
    <message>
        <source>Take the script and the cron entry off the server; the backups stay.</source>
        <translation>Take the script and the cron entry off the server; the backups stay.</translation>
    </message>
    <message>
        <source>Writing the schedule on the server...</source>
        <translation>Writing the schedule on the server...</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Schedule installed. The next run is at %1 (the server&apos;s clock, UTC).</source>
        <translation>Schedule installed. The next run is at %1 (the server&apos;s clock, UTC).</translation>
    </message>
    <message>
        <source>The server already had this schedule; nothing changed. The next run is at %1 (the server&apos;s clock, UTC).</source>
        <translation>The server already had this schedule; nothing changed. The next run is at %1 (the server&apos;s clock, UTC).</translation>
    </message>
    <message>
        <source>Taking the schedule off the server...</source>
        <translation>Taking the schedule off the server...</translation>
    </message>
    <message>
        <source>The schedule is off the server: nothing backs this project up by itself any more. The backups already made stay.</source>
        <translation>The schedule is off the server: nothing backs this project up by itself any more. The backups already made stay.</translation>
    </message>
    <message>
        <source>Not connected: the schedule on the server cannot be read.</source>
        <translation>Not connected: the schedule on the server cannot be read.</translation>
    </message>
    <message>
        <source>Reading the schedule on the server...</source>
        <translation>Reading the schedule on the server...</translation>
    </message>
    <message>
        <source>No schedule is installed: nothing backs this project up by itself.</source>
        <translation>No schedule is installed: nothing backs this project up by itself.</translation>
    </message>
    <message>
        <source>The schedule is incomplete on the server (its cron entry or its script is missing), so it does not run. Apply writes both again.</source>
        <translation>The schedule is incomplete on the server (its cron entry or its script is missing), so it does not run. Apply writes both again.</translation>
    </message>
    <message>
        <source>Runs every day at %1 (the server&apos;s clock, UTC).</source>
        <translation>Runs every day at %1 (the server&apos;s clock, UTC).</translation>
    </message>
    <message>
        <source>Backs up: %1.</source>
        <translation>Backs up: %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message numerus="yes">
        <source>Keeps every backup younger than %n day(s)</source>
        <translation>
            <numerusform>Keeps every backup younger than %n day</numerusform>
            <numerusform>Keeps every backup younger than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and at least %n good backup(s) of each.</source>
        <translation>
            <numerusform>and at least %n good backup of each.</numerusform>
            <numerusform>and at least %n good backups of each.</numerusform>
        </translation>
    </message>
    <message>
        <source>LATE: the schedule was written %1, but no scheduled run has recorded a result since. Check that cron runs on the server.</source>
        <translation>LATE: the schedule was written %1, but no scheduled run has recorded a result since. Check that cron runs on the server.</translation>
    </message>
    <message>
        <source>No scheduled run has recorded a result yet; the first is due at %1 (the server&apos;s clock, UTC).</source>
        <translation>No scheduled run has recorded a result yet; the first is due at %1 (the server&apos;s clock, UTC).</translation>
    </message>
    <message>
        <source>the retention step</source>
        <translation>the retention step</translation>
    </message>
    <message>
        <source>The last scheduled run FAILED: it started %1 and ended with exit status %2. What failed: %3. The server&apos;s log: /var/log/capataz-backup-%4.log.</source>
        <translation>The last scheduled run FAILED: it started %1 and ended with exit status %2. What failed: %3. The server&apos;s log: /var/log/capataz-backup-%4.log.</translation>
    </message>
    <message numerus="yes">
        <source>The last scheduled run, %1, succeeded and made %n backup(s).</source>
        <translation>
            <numerusform>The last scheduled run, %1, succeeded and made %n backup.</numerusform>
            <numerusform>The last scheduled run, %1, succeeded and made %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention deleted %n old backup(s).</source>
        <translation>
            <numerusform>Retention deleted %n old backup.</numerusform>
            <numerusform>Retention deleted %n old backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>LATE: the last scheduled run was %1, more than a day ago: the schedule seems to have stopped. Check that cron runs on the server.</source>
        <translation>LATE: the last scheduled run was %1, more than a day ago: the schedule seems to have stopped. Check that cron runs on the server.</translation>
    </message>
    <message>
        <source>Choose at least one thing to back up.</source>
        <translation>Choose at least one thing to back up.</translation>
    </message>
    <message>
        <source>This schedule cannot be written: %1</source>
        <translation>This schedule cannot be written: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Apply writes these two files on the server, as root; nothing else changes:</source>
        <translation>Apply writes these two files on the server, as root; nothing else changes:</translation>
    </message>
    <message>
        <source>%1: Capataz&apos;s block for this project</source>
        <translation>%1: Capataz&apos;s block for this project</translation>
    </message>
    <message numerus="yes">
        <source>%1: the script cron runs, %n line(s)</source>
        <translation>
            <numerusform>%1: the script cron runs, %n line</numerusform>
            <numerusform>%1: the script cron runs, %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>The server already runs exactly this schedule: Apply would change nothing.</source>
        <translation>The server already runs exactly this schedule: Apply would change nothing.</translation>
    </message>
    <message>
        <source>the volume %1</source>
        <translation>the volume %1</translation>
    </message>
    <message>
        <source>the files in %1</source>
        <translation>the files in %1</translation>
    </message>
    <message>
        <source>the %1 database named by %2 in the .env</source>
        <translation>the %1 database named by %2 in the .env</translation>
    </message>
    <message>
        <source>the %1 database %2</source>
        <translation>the %1 database %2</translation>
    </message>
    <message>
        <source>every %1 database</source>
        <translation>every %1 database</translation>
    </message>
    <message>
        <source>(service %1)</source>
        <translation>(service %1)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ServerCheckPage</name>
    <message>
        <source>Server check</source>
        <translation>Server check</translation>
    </message>
    <message>
        <source>Checks that the server can run the project: a supported Debian or Ubuntu system, administrator rights (sudo), Docker with compose, and the tools the next pages use (ufw, nginx, certbot). Whatever is missing can be installed with the system&apos;s packages. Finally the project directory must exist with its compose files; if it does not, it can be cloned from git or uploaded from this computer.</source>
        <translation>Checks that the server can run the project: a supported Debian or Ubuntu system, administrator rights (sudo), Docker with compose, and the tools the next pages use (ufw, nginx, certbot). Whatever is missing can be installed with the system&apos;s packages. Finally the project directory must exist with its compose files; if it does not, it can be cloned from git or uploaded from this computer.</translation>
    </message>
    <message>
        <source>Install what is missing with the system&apos;s packages (apt-get)</source>
        <translation>Install what is missing with the system&apos;s packages (apt-get)</translation>
    </message>
    <message>
        <source>If the project directory does not exist on the server yet, get it from:</source>
        <translation>If the project directory does not exist on the server yet, get it from:</translation>
    </message>
    <message>
        <source>&amp;Git repository:</source>
        <translation>&amp;Git repository:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>Or &amp;upload this folder:</source>
        <translation>Or &amp;upload this folder:</translation>
    </message>
    <message>
        <source>https://example.com/team/project.git (optional)</source>
        <translation>https://example.com/team/project.git (optional)</translation>
    </message>
    <message>
        <source>The repository&apos;s default branch</source>
        <translation>The repository&apos;s default branch</translation>
    </message>
    <message>
        <source>A folder on this computer (optional)</source>
        <translation>A folder on this computer (optional)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ServerDialog</name>
    <message>
        <source>Choose a private key</source>
        <translation>Choose a private key</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Add a server</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Edit server</translation>
    </message>
    <message>
        <source>Duplicate server</source>
        <translation>Duplicate server</translation>
    </message>
    <message>
        <source>e.g. ranch-production</source>
        <translation>e.g. ranch-production</translation>
    </message>
    <message>
        <source>e.g. deploy</source>
        <translation>e.g. deploy</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>e.g. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Keyboard-interactive (password prompts)</source>
        <translation>Keyboard-interactive (password prompts)</translation>
    </message>
    <message>
        <source>None (never act as administrator)</source>
        <translation>None (never act as administrator)</translation>
    </message>
    <message>
        <source>Logs in as root</source>
        <translation>Logs in as root</translation>
    </message>
    <message>
        <source>sudo without password</source>
        <translation>sudo without password</translation>
    </message>
    <message>
        <source>sudo with password</source>
        <translation>sudo with password</translation>
    </message>
    <message>
        <source>Administrator: everything</source>
        <translation>Administrator: everything</translation>
    </message>
    <message>
        <source>Owner: status page only</source>
        <translation>Owner: status page only</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2…</source>
        <translation>Logging in to %1 as %2…</translation>
    </message>
    <message>
        <source>Logged in as %1 on %2.</source>
        <translation>Logged in as %1 on %2.</translation>
    </message>
    <message>
        <source>Stop &amp;test</source>
        <translation>Stop &amp;test</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Log in to the server with the values above, without saving them. Nothing is changed on the server.</source>
        <translation>Log in to the server with the values above, without saving them. Nothing is changed on the server.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Log &amp;in with:</source>
        <translation>Log &amp;in with:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>&amp;Jump host:</translation>
    </message>
    <message>
        <source>A&amp;dministrator rights:</source>
        <translation>A&amp;dministrator rights:</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Project &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>The name this server has in Capataz&apos;s list. It is only used on this computer.</source>
        <translation>The name this server has in Capataz&apos;s list. It is only used on this computer.</translation>
    </message>
    <message>
        <source>The server&apos;s host name or IP address, as you would give it to ssh.</source>
        <translation>The server&apos;s host name or IP address, as you would give it to ssh.</translation>
    </message>
    <message>
        <source>The port the server&apos;s SSH service listens on; usually 22.</source>
        <translation>The port the server&apos;s SSH service listens on; usually 22.</translation>
    </message>
    <message>
        <source>The account on the server that Capataz logs in with.</source>
        <translation>The account on the server that Capataz logs in with.</translation>
    </message>
    <message>
        <source>How to prove who you are: an SSH agent that already holds your key, a private key file on this computer, or the account&apos;s password. Passwords and passphrases are asked for when needed and kept in the system keychain, never in Capataz&apos;s settings.</source>
        <translation>How to prove who you are: an SSH agent that already holds your key, a private key file on this computer, or the account&apos;s password. Passwords and passphrases are asked for when needed and kept in the system keychain, never in Capataz&apos;s settings.</translation>
    </message>
    <message>
        <source>The private key file (not the .pub one) whose public half is in the server&apos;s ~/.ssh/authorized_keys.</source>
        <translation>The private key file (not the .pub one) whose public half is in the server&apos;s ~/.ssh/authorized_keys.</translation>
    </message>
    <message>
        <source>A server you connect through first, when this one cannot be reached directly (a bastion). Several are separated by commas. Leave it empty to connect directly.</source>
        <translation>A server you connect through first, when this one cannot be reached directly (a bastion). Several are separated by commas. Leave it empty to connect directly.</translation>
    </message>
    <message>
        <source>The folder on the server where the system&apos;s docker-compose.yml lives.</source>
        <translation>The folder on the server where the system&apos;s docker-compose.yml lives.</translation>
    </message>
    <message>
        <source>What this computer shows and offers for this server. See the note below.</source>
        <translation>What this computer shows and offers for this server. See the note below.</translation>
    </message>
    <message>
        <source>e.g. server.example.com or 203.0.113.10</source>
        <translation>e.g. server.example.com or 203.0.113.10</translation>
    </message>
    <message>
        <source>optional, e.g. bastion or admin@bastion.example.com:22</source>
        <translation>optional, e.g. bastion or admin@bastion.example.com:22</translation>
    </message>
    <message>
        <source>e.g. /srv/app</source>
        <translation>e.g. /srv/app</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Support: logs and status, no changes</source>
        <translation>Support: logs and status, no changes</translation>
    </message>
    <message>
        <source>This owner may also read the &amp;logs</source>
        <translation>This owner may also read the &amp;logs</translation>
    </message>
    <message>
        <source>Reading logs changes nothing on the server. Secrets stay masked.</source>
        <translation>Reading logs changes nothing on the server. Secrets stay masked.</translation>
    </message>
    <message>
        <source>How Capataz gets administrator (root) rights on the server for changes such as the firewall or nginx: never, by logging in as root, or with sudo, with or without a password. An access account that an administrator gave you (Server › Give access) can only do what its role allows, and the server enforces it.</source>
        <translation>How Capataz gets administrator (root) rights on the server for changes such as the firewall or nginx: never, by logging in as root, or with sudo, with or without a password. An access account that an administrator gave you (Server › Give access) can only do what its role allows, and the server enforces it.</translation>
    </message>
    <message>
        <source>Capataz access account (the server enforces the role)</source>
        <translation>Capataz access account (the server enforces the role)</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>support</source>
        <translation>support</translation>
    </message>
    <message>
        <source>The server confirms it is an access account with the %1 role.</source>
        <translation>The server confirms it is an access account with the %1 role.</translation>
    </message>
    <message>
        <source>The server gives this access account the %1 role, not the one chosen above: choose %1 so that this computer shows what the account may do.</source>
        <translation>The server gives this access account the %1 role, not the one chosen above: choose %1 so that this computer shows what the account may do.</translation>
    </message>
    <message>
        <source>With the administrator role this computer shows and offers everything for this server, changes included; the login account&apos;s own permissions on the server are what protect it.</source>
        <translation>With the administrator role this computer shows and offers everything for this server, changes included; the login account&apos;s own permissions on the server are what protect it.</translation>
    </message>
    <message>
        <source>With the support role this computer shows logs and status and offers no changes and no console.</source>
        <translation>With the support role this computer shows logs and status and offers no changes and no console.</translation>
    </message>
    <message>
        <source>With the owner role this computer shows only the status page, and the logs if you tick the box above.</source>
        <translation>With the owner role this computer shows only the status page, and the logs if you tick the box above.</translation>
    </message>
    <message>
        <source>The server enforces this role: the profile logs in with a Capataz access account, whose every request the server checks.</source>
        <translation>The server enforces this role: the profile logs in with a Capataz access account, whose every request the server checks.</translation>
    </message>
    <message>
        <source>Without an access account the role only chooses what this computer shows: for the server to enforce it, an administrator gives this person an access account (Server › Give access) and this profile uses it.</source>
        <translation>Without an access account the role only chooses what this computer shows: for the server to enforce it, an administrator gives this person an access account (Server › Give access) and this profile uses it.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ServerListModel</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Connection error</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing: %1. Alerts › Alert list shows them.</source>
        <translation>
            <numerusform>%n alert firing: %1. Alerts › Alert list shows it.</numerusform>
            <numerusform>%n alerts firing: %1. Alerts › Alert list shows them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ServerView</name>
    <message>
        <source>%1@%2, port %3 · %4</source>
        <translation>%1@%2, port %3 · %4</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>capataz::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Appearance:</translation>
    </message>
    <message>
        <source>Follows the system&apos;s light or dark theme.</source>
        <translation>Follows the system&apos;s light or dark theme.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Passwords:</source>
        <translation>Passwords:</translation>
    </message>
    <message>
        <source>Saved in the system keychain when you ask for it.</source>
        <translation>Saved in the system keychain when you ask for it.</translation>
    </message>
    <message>
        <source>No system keychain is available: passwords are kept in memory only until Capataz closes.</source>
        <translation>No system keychain is available: passwords are kept in memory only until Capataz closes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>capataz::ui::SetupTab</name>
    <message>
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
    <message>
        <source>Select a server on the left to set it up.</source>
        <translation>Select a server on the left to set it up.</translation>
    </message>
    <message>
        <source>Not connected: Preview shows the steps without checking the server. Connect to check the server and apply.</source>
        <translation>Not connected: Preview shows the steps without checking the server. Connect to check the server and apply.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::SetupWizard</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>A run is in progress: wait for it to finish or cancel it before changing page.</source>
        <translation>A run is in progress: wait for it to finish or cancel it before changing page.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::SshImportDialog</name>
    <message>
        <source>Import from SSH config</source>
        <translation>Import from SSH config</translation>
    </message>
    <message>
        <source>No servers were found in %1.</source>
        <translation>No servers were found in %1.</translation>
    </message>
    <message>
        <source>Servers found in %1. Choose the ones to add:</source>
        <translation>Servers found in %1. Choose the ones to add:</translation>
    </message>
    <message>
        <source>%1 — %2@%3</source>
        <translation>%1 — %2@%3</translation>
    </message>
    <message>
        <source>(your user)</source>
        <translation>(your user)</translation>
    </message>
    <message>
        <source>(already in the list)</source>
        <translation>(already in the list)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>Nothing was skipped.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) could not be imported.</source>
        <translation>
            <numerusform>%n server could not be imported.</numerusform>
            <numerusform>%n servers could not be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capataz::ui::StatusSettingsDialog</name>
    <message>
        <source>Status page settings</source>
        <translation>Status page settings</translation>
    </message>
    <message>
        <source>What the system is for, e.g. &quot;Cattle weighing system&quot;</source>
        <translation>What the system is for, e.g. &quot;Cattle weighing system&quot;</translation>
    </message>
    <message>
        <source>What the owner reads meanwhile, e.g. &quot;Changing the disk; back by 18:00&quot;</source>
        <translation>What the owner reads meanwhile, e.g. &quot;Changing the disk; back by 18:00&quot;</translation>
    </message>
    <message>
        <source>&amp;Maintenance under way (replaces the alarms)</source>
        <translation>&amp;Maintenance under way (replaces the alarms)</translation>
    </message>
    <message>
        <source>Show the server&apos;s host name or &amp;address to owners</source>
        <translation>Show the server&apos;s host name or &amp;address to owners</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>Contact &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Maintenance n&amp;ote:</source>
        <translation>Maintenance n&amp;ote:</translation>
    </message>
    <message>
        <source>Maintenance &amp;until:</source>
        <translation>Maintenance &amp;until:</translation>
    </message>
    <message>
        <source>What the owner&apos;s status page says about this server. Nothing here is sent to the server.</source>
        <translation>What the owner&apos;s status page says about this server. Nothing here is sent to the server.</translation>
    </message>
    <message>
        <source>Write a maintenance note for the owner, or untick maintenance.</source>
        <translation>Write a maintenance note for the owner, or untick maintenance.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::StatusTab</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Edit this page…</source>
        <translation>&amp;Edit this page…</translation>
    </message>
    <message>
        <source>The description, whom to call, maintenance, and whether owners see the address</source>
        <translation>The description, whom to call, maintenance, and whether owners see the address</translation>
    </message>
    <message>
        <source>Status of %1, %2</source>
        <translation>Status of %1, %2</translation>
    </message>
    <message>
        <source>Save the status as PDF</source>
        <translation>Save the status as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::StatusView</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>Connect to the server to see how the system is doing.</source>
        <translation>Connect to the server to see how the system is doing.</translation>
    </message>
    <message>
        <source>Checked at %1. The page checks again by itself.</source>
        <translation>Checked at %1. The page checks again by itself.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>The service</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Last answer at %1.</source>
        <translation>Last answer at %1.</translation>
    </message>
    <message>
        <source>Does not answer</source>
        <translation>Does not answer</translation>
    </message>
    <message>
        <source>Partly stopped</source>
        <translation>Partly stopped</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Working without a break since %1 (%2).</source>
        <translation>Working without a break since %1 (%2).</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Not set up yet</translation>
    </message>
    <message>
        <source>Ask your administrator to set up backups.</source>
        <translation>Ask your administrator to set up backups.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Last restore test that worked: %1.</source>
        <translation>Last restore test that worked: %1.</translation>
    </message>
    <message>
        <source>No restore has been tested yet.</source>
        <translation>No restore has been tested yet.</translation>
    </message>
    <message>
        <source>Security certificate of the web address</source>
        <translation>Security certificate of the web address</translation>
    </message>
    <message>
        <source>Unknown while the server does not answer</source>
        <translation>Unknown while the server does not answer</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Not in use</translation>
    </message>
    <message>
        <source>This server has no certificate of its own.</source>
        <translation>This server has no certificate of its own.</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expired on %1</translation>
    </message>
    <message>
        <source>Browsers warn visitors.</source>
        <translation>Browsers warn visitors.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left. It renews by itself.</source>
        <translation>
            <numerusform>%n day left. It renews by itself.</numerusform>
            <numerusform>%n days left. It renews by itself.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Disk space</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 free</translation>
    </message>
    <message>
        <source>%1% used of %2.</source>
        <translation>%1% used of %2.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Alarms are paused until %1.</source>
        <translation>Alarms are paused until %1.</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation>Recent problems</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation>Questions? %1</translation>
    </message>
    <message>
        <source>If this goes on, call your administrator.</source>
        <translation>If this goes on, call your administrator.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::StepStatusModel</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Already done (skipped)</source>
        <translation>Already done (skipped)</translation>
    </message>
    <message>
        <source>Would be applied</source>
        <translation>Would be applied</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Rolled back</translation>
    </message>
    <message>
        <source>Rollback failed: check the server</source>
        <translation>Rollback failed: check the server</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>capataz::ui::TargetPage</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Choose what to set up on this server: a recipe describes the system (its compose files, profiles, environment variables, domain and health checks). The next pages use these values; nothing is changed on the server from this page.</source>
        <translation>Choose what to set up on this server: a recipe describes the system (its compose files, profiles, environment variables, domain and health checks). The next pages use these values; nothing is changed on the server from this page.</translation>
    </message>
    <message>
        <source>Open recipe file…</source>
        <translation>Open recipe file…</translation>
    </message>
    <message>
        <source>&amp;Recipe:</source>
        <translation>&amp;Recipe:</translation>
    </message>
    <message>
        <source>Project &amp;directory:</source>
        <translation>Project &amp;directory:</translation>
    </message>
    <message>
        <source>Compose &amp;files:</source>
        <translation>Compose &amp;files:</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profiles:</translation>
    </message>
    <message>
        <source>&amp;Environment file:</source>
        <translation>&amp;Environment file:</translation>
    </message>
    <message>
        <source>Compose &amp;command:</source>
        <translation>Compose &amp;command:</translation>
    </message>
    <message>
        <source>Absolute path on the server, e.g. /opt/app</source>
        <translation>Absolute path on the server, e.g. /opt/app</translation>
    </message>
    <message>
        <source>In order, separated by spaces: docker-compose.yml docker-compose.prod.yml</source>
        <translation>In order, separated by spaces: docker-compose.yml docker-compose.prod.yml</translation>
    </message>
    <message>
        <source>Only the services without a profile</source>
        <translation>Only the services without a profile</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid recipe:</source>
        <translation>%1 is not a valid recipe:</translation>
    </message>
    <message>
        <source>Open recipe file</source>
        <translation>Open recipe file</translation>
    </message>
    <message>
        <source>Recipes (*.yaml *.yml)</source>
        <translation>Recipes (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Checks that everything works, without changing anything: the health endpoints on the server itself (through the SSH connection) and through the public HTTPS name, and which ports can be reached from this computer compared with the intended ones (SSH, 80 and 443). The summary can be copied into a ticket.</source>
        <translation>Checks that everything works, without changing anything: the health endpoints on the server itself (through the SSH connection) and through the public HTTPS name, and which ports can be reached from this computer compared with the intended ones (SSH, 80 and 443). The summary can be copied into a ticket.</translation>
    </message>
    <message>
        <source>Public &amp;domain:</source>
        <translation>Public &amp;domain:</translation>
    </message>
    <message>
        <source>Connect to &amp;address:</source>
        <translation>Connect to &amp;address:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Extra &amp;CA file:</translation>
    </message>
    <message>
        <source>&amp;Timeout per check:</source>
        <translation>&amp;Timeout per check:</translation>
    </message>
    <message>
        <source>Empty: only the checks through SSH</source>
        <translation>Empty: only the checks through SSH</translation>
    </message>
    <message>
        <source>Empty: resolve the domain (DNS)</source>
        <translation>Empty: resolve the domain (DNS)</translation>
    </message>
    <message>
        <source>A private or test CA to trust (PEM), besides the system&apos;s</source>
        <translation>A private or test CA to trust (PEM), besides the system&apos;s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copy summary</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Health endpoints</source>
        <translation>Health endpoints</translation>
    </message>
    <message>
        <source>through SSH</source>
        <translation>through SSH</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>OK (HTTP %1)</source>
        <translation>OK (HTTP %1)</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Ports from this computer (%1)</source>
        <translation>Ports from this computer (%1)</translation>
    </message>
    <message>
        <source>should be open</source>
        <translation>should be open</translation>
    </message>
    <message>
        <source>should be closed</source>
        <translation>should be closed</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Everything works</source>
        <translation>Everything works</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>problem found</source>
        <translation>problem found</translation>
    </message>
    <message>
        <source>Verification: everything works.</source>
        <translation>Verification: everything works.</translation>
    </message>
    <message>
        <source>Verification found problems:</source>
        <translation>Verification found problems:</translation>
    </message>
    <message>
        <source>open</source>
        <comment>port state</comment>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>port state</comment>
        <translation>closed</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>port state: no answer</comment>
        <translation>filtered</translation>
    </message>
</context>
<context>
    <name>capataz::ui::WelcomePage</name>
    <message>
        <source>Welcome to Capataz</source>
        <translation>Welcome to Capataz</translation>
    </message>
    <message>
        <source>Capataz sets up, watches and backs up the services on your servers over SSH. Nothing is installed on the servers. Start by adding a server.</source>
        <translation>Capataz sets up, watches and backs up the services on your servers over SSH. Nothing is installed on the servers. Start by adding a server.</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Add a server…</translation>
    </message>
    <message>
        <source>Import servers from SSH config…</source>
        <translation>Import servers from SSH config…</translation>
    </message>
    <message>
        <source>A local practice server is running on this computer. Use it to try Capataz without touching a real server.</source>
        <translation>A local practice server is running on this computer. Use it to try Capataz without touching a real server.</translation>
    </message>
    <message>
        <source>Use the local sandbox server</source>
        <translation>Use the local sandbox server</translation>
    </message>
</context>
<context>
    <name>capataz::ui::WizardPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Check the server and show exactly what would run, without changing anything</source>
        <translation>Check the server and show exactly what would run, without changing anything</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Apply…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Fix the target on the first page first:</source>
        <translation>Fix the target on the first page first:</translation>
    </message>
    <message>
        <source>Some answers need attention:</source>
        <translation>Some answers need attention:</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Apply these changes to the server “%1”? The Preview tab shows exactly what will run. If a step fails, what was already changed is rolled back.</source>
        <translation>Apply these changes to the server “%1”? The Preview tab shows exactly what will run. If a step fails, what was already changed is rolled back.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancelling: the current step finishes, then what was changed is rolled back…</source>
        <translation>Cancelling: the current step finishes, then what was changed is rolled back…</translation>
    </message>
    <message>
        <source>Not connected: the steps are shown without checking the server, so some may turn out to be already done.</source>
        <translation>Not connected: the steps are shown without checking the server, so some may turn out to be already done.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Checking the server…</translation>
    </message>
    <message>
        <source>Preview ready: nothing was changed on the server.</source>
        <translation>Preview ready: nothing was changed on the server.</translation>
    </message>
    <message>
        <source>Applied, but the audit log could not be written.</source>
        <translation>Applied, but the audit log could not be written.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Applied.</translation>
    </message>
    <message>
        <source>Cancelled. What this run had changed was rolled back (see Progress).</source>
        <translation>Cancelled. What this run had changed was rolled back (see Progress).</translation>
    </message>
    <message>
        <source>The connection to the server closed during the run (the server was disconnected, edited or removed), so the run stopped at once and nothing could be rolled back. Connect again and use Preview to see the state the server was left in.</source>
        <translation>The connection to the server closed during the run (the server was disconnected, edited or removed), so the run stopped at once and nothing could be rolled back. Connect again and use Preview to see the state the server was left in.</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Run checks</translation>
    </message>
    <message>
        <source>Run every check now; nothing is changed on the server</source>
        <translation>Run every check now; nothing is changed on the server</translation>
    </message>
    <message>
        <source>Checks done: everything passed, and nothing was changed on the server.</source>
        <translation>Checks done: everything passed, and nothing was changed on the server.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::audittext</name>
    <message>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>dry run</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>apply</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>roll back</translation>
    </message>
    <message>
        <source>step result</source>
        <translation>step result</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>preview</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Already done</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Rolled back</translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation>Rollback failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Who: %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duration: %1</translation>
    </message>
    <message>
        <source>Exit code of the last command: %1</source>
        <translation>Exit code of the last command: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
</TS>
