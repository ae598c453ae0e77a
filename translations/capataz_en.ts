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
        <source>Everything went fine.</source>
        <translation>Everything went fine.</translation>
    </message>
    <message>
        <source>Some of the values given are not valid. Check them and try again.</source>
        <translation>Some of the values given are not valid. Check them and try again.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the host name, or use its IP address.</source>
        <translation>The server&apos;s name could not be found. Check the host name, or use its IP address.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the port and that the SSH service is running on it.</source>
        <translation>The server refused the connection. Check the port and that the SSH service is running on it.</translation>
    </message>
    <message>
        <source>The server cannot be reached from this computer. Check your network or VPN.</source>
        <translation>The server cannot be reached from this computer. Check your network or VPN.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Try again; if it keeps happening, check the network.</source>
        <translation>The server took too long to answer. Try again; if it keeps happening, check the network.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Reconnect when the server is reachable again.</source>
        <translation>The connection to the server was lost. Reconnect when the server is reachable again.</translation>
    </message>
    <message>
        <source>The SSH conversation with the server failed. Check that the port belongs to an SSH server.</source>
        <translation>The SSH conversation with the server failed. Check that the port belongs to an SSH server.</translation>
    </message>
    <message>
        <source>This server&apos;s identity is not known yet. Compare its fingerprint with the one your provider gave you before accepting it.</source>
        <translation>This server&apos;s identity is not known yet. Compare its fingerprint with the one your provider gave you before accepting it.</translation>
    </message>
    <message>
        <source>The server&apos;s identity has changed since the last connection. This can mean someone is intercepting the connection. Do not continue until the server&apos;s administrator confirms the new fingerprint.</source>
        <translation>The server&apos;s identity has changed since the last connection. This can mean someone is intercepting the connection. Do not continue until the server&apos;s administrator confirms the new fingerprint.</translation>
    </message>
    <message>
        <source>The server&apos;s identity was not accepted, so no connection was made.</source>
        <translation>The server&apos;s identity was not accepted, so no connection was made.</translation>
    </message>
    <message>
        <source>The server did not accept the login. Check the user name and the key or password.</source>
        <translation>The server did not accept the login. Check the user name and the key or password.</translation>
    </message>
    <message>
        <source>The server does not allow this way of logging in. Choose another authentication method in the server&apos;s settings.</source>
        <translation>The server does not allow this way of logging in. Choose another authentication method in the server&apos;s settings.</translation>
    </message>
    <message>
        <source>The key file could not be read. Check its path and that it is a private key.</source>
        <translation>The key file could not be read. Check its path and that it is a private key.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key. Type it again.</source>
        <translation>The passphrase does not open the key. Type it again.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase. Type the passphrase to use it.</source>
        <translation>The key is protected by a passphrase. Type the passphrase to use it.</translation>
    </message>
    <message>
        <source>A password is needed to log in to this server.</source>
        <translation>A password is needed to log in to this server.</translation>
    </message>
    <message>
        <source>The server refuses this RSA key&apos;s old signature type. Create an ed25519 key (ssh-keygen -t ed25519), install it on the server (ssh-copy-id) and use it instead.</source>
        <translation>The server refuses this RSA key&apos;s old signature type. Create an ed25519 key (ssh-keygen -t ed25519), install it on the server (ssh-copy-id) and use it instead.</translation>
    </message>
    <message>
        <source>No SSH agent is running. Start one and add your key (ssh-add), or choose a key file in the server&apos;s settings.</source>
        <translation>No SSH agent is running. Start one and add your key (ssh-add), or choose a key file in the server&apos;s settings.</translation>
    </message>
    <message>
        <source>The server refused to run the command. It may be limiting sessions; try again in a moment.</source>
        <translation>The server refused to run the command. It may be limiting sessions; try again in a moment.</translation>
    </message>
    <message>
        <source>Too many operations are running on this server at once. Wait for some to finish.</source>
        <translation>Too many operations are running on this server at once. Wait for some to finish.</translation>
    </message>
    <message>
        <source>sudo did not accept the password. Check the sudo password saved for this server.</source>
        <translation>sudo did not accept the password. Check the sudo password saved for this server.</translation>
    </message>
    <message>
        <source>This needs administrator rights, and the server&apos;s settings give no way to get them. Set the sudo mode in the server&apos;s settings.</source>
        <translation>This needs administrator rights, and the server&apos;s settings give no way to get them. Set the sudo mode in the server&apos;s settings.</translation>
    </message>
    <message>
        <source>The command failed on the server. See the details for its message.</source>
        <translation>The command failed on the server. See the details for its message.</translation>
    </message>
    <message>
        <source>The file transfer failed. See the details for the server&apos;s message.</source>
        <translation>The file transfer failed. See the details for the server&apos;s message.</translation>
    </message>
    <message>
        <source>The file or folder does not exist on the server.</source>
        <translation>The file or folder does not exist on the server.</translation>
    </message>
    <message>
        <source>The server denied access to that file. Use a user with the right permissions, or run it as administrator.</source>
        <translation>The server denied access to that file. Use a user with the right permissions, or run it as administrator.</translation>
    </message>
    <message>
        <source>A file on this computer could not be read or written. Check the path and free space.</source>
        <translation>A file on this computer could not be read or written. Check the path and free space.</translation>
    </message>
    <message>
        <source>The server could not reach that service. Check that it is running and listening on that port.</source>
        <translation>The server could not reach that service. Check that it is running and listening on that port.</translation>
    </message>
    <message>
        <source>The service answered with an error.</source>
        <translation>The service answered with an error.</translation>
    </message>
    <message>
        <source>Capataz&apos;s own database could not be used. See the details; your servers&apos; data is not affected.</source>
        <translation>Capataz&apos;s own database could not be used. See the details; your servers&apos; data is not affected.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so secrets are kept in memory only until Capataz closes.</source>
        <translation>The system keychain is not available, so secrets are kept in memory only until Capataz closes.</translation>
    </message>
    <message>
        <source>It was not found.</source>
        <translation>It was not found.</translation>
    </message>
    <message>
        <source>Something with that name already exists. Choose another name.</source>
        <translation>Something with that name already exists. Choose another name.</translation>
    </message>
    <message>
        <source>The data could not be understood. See the details.</source>
        <translation>The data could not be understood. See the details.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Something went wrong inside Capataz. Please report it with the details.</source>
        <translation>Something went wrong inside Capataz. Please report it with the details.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
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
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Log in with:</source>
        <translation>Log in with:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <source>Jump host:</source>
        <translation>Jump host:</translation>
    </message>
    <message>
        <source>Administrator rights:</source>
        <translation>Administrator rights:</translation>
    </message>
    <message>
        <source>Project folder:</source>
        <translation>Project folder:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>e.g. ranch-production</source>
        <translation>e.g. ranch-production</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>host name or IP address</translation>
    </message>
    <message>
        <source>e.g. deploy</source>
        <translation>e.g. deploy</translation>
    </message>
    <message>
        <source>optional: another server&apos;s name, or user@host:port</source>
        <translation>optional: another server&apos;s name, or user@host:port</translation>
    </message>
    <message>
        <source>e.g. /srv/app, where docker-compose.yml lives</source>
        <translation>e.g. /srv/app, where docker-compose.yml lives</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>e.g. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
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
        <source>Support: read-only</source>
        <translation>Support: read-only</translation>
    </message>
    <message>
        <source>Owner: status page only</source>
        <translation>Owner: status page only</translation>
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
</TS>
