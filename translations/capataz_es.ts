<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>cancelado · %1</translation>
    </message>
    <message>
        <source>timed out · %1</source>
        <comment>console footer; %1 = duration</comment>
        <translation>tiempo agotado · %1</translation>
    </message>
    <message>
        <source>connection lost · %1</source>
        <comment>console footer; %1 = duration</comment>
        <translation>conexión perdida · %1</translation>
    </message>
    <message>
        <source>failed: %1 · %2</source>
        <comment>console footer; %1 = what went wrong, %2 = duration</comment>
        <translation>error: %1 · %2</translation>
    </message>
    <message>
        <source>ended by signal %1 · %2</source>
        <comment>console footer; %1 = signal name such as TERM, %2 = duration</comment>
        <translation>terminado por la señal %1 · %2</translation>
    </message>
    <message>
        <source>exit code %1 · %2</source>
        <comment>console footer; %1 = exit code, %2 = duration</comment>
        <translation>código de salida %1 · %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Ended by signal %1</source>
        <translation>Terminado por la señal %1</translation>
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation>Código de salida: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>console: after &quot;$ command&quot;; %1 = server name, %2 = time</comment>
        <translation>en %1 a las %2</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Check them and try again.</source>
        <translation>Revísalos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check the host name, or use its IP address.</source>
        <translation>Revisa el nombre de host o usa su dirección IP.</translation>
    </message>
    <message>
        <source>Check the port and that the SSH service is running on it.</source>
        <translation>Revisa el puerto y que el servicio SSH esté en marcha en él.</translation>
    </message>
    <message>
        <source>Check your network or VPN.</source>
        <translation>Revisa tu red o tu VPN.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network.</source>
        <translation>Vuelve a intentarlo; si sigue pasando, revisa la red.</translation>
    </message>
    <message>
        <source>Reconnect when the server is reachable again.</source>
        <translation>Vuelve a conectarte cuando el servidor esté accesible de nuevo.</translation>
    </message>
    <message>
        <source>Check that the port belongs to an SSH server.</source>
        <translation>Comprueba que el puerto sea el de un servidor SSH.</translation>
    </message>
    <message>
        <source>Compare its fingerprint with the one your provider gave you before accepting it.</source>
        <translation>Antes de aceptarla, compara su huella digital con la que te dio tu proveedor.</translation>
    </message>
    <message>
        <source>Do not continue until the server&apos;s administrator confirms the new fingerprint.</source>
        <translation>No continúes hasta que el administrador del servidor confirme la nueva huella digital.</translation>
    </message>
    <message>
        <source>Check the user name and the key or password.</source>
        <translation>Revisa el nombre de usuario y la clave SSH o la contraseña.</translation>
    </message>
    <message>
        <source>Choose another authentication method in the server&apos;s settings.</source>
        <translation>Elige otro método de autenticación en la configuración del servidor.</translation>
    </message>
    <message>
        <source>Check its path and that it is a private key.</source>
        <translation>Revisa la ruta y que sea una clave privada.</translation>
    </message>
    <message>
        <source>Type it again.</source>
        <translation>Vuelve a escribirla.</translation>
    </message>
    <message>
        <source>Type the passphrase to use it.</source>
        <translation>Escríbela para poder usarla.</translation>
    </message>
    <message>
        <source>Create an ed25519 key (ssh-keygen -t ed25519), install it on the server (ssh-copy-id) and use it instead.</source>
        <translation>Crea una clave ed25519 (ssh-keygen -t ed25519), instálala en el servidor (ssh-copy-id) y úsala en su lugar.</translation>
    </message>
    <message>
        <source>Start one and add your key (ssh-add), or choose a key file in the server&apos;s settings.</source>
        <translation>Inicia uno y añade tu clave (ssh-add), o elige un archivo de clave en la configuración del servidor.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Wait for some to finish.</source>
        <translation>Espera a que terminen algunas.</translation>
    </message>
    <message>
        <source>Check the sudo password saved for this server.</source>
        <translation>Revisa la contraseña de sudo guardada para este servidor.</translation>
    </message>
    <message>
        <source>Set the sudo mode in the server&apos;s settings.</source>
        <translation>Elige el modo de sudo en la configuración del servidor.</translation>
    </message>
    <message>
        <source>See the details for its message.</source>
        <translation>Consulta los detalles para ver su mensaje.</translation>
    </message>
    <message>
        <source>See the details for the server&apos;s message.</source>
        <translation>Consulta los detalles para ver el mensaje del servidor.</translation>
    </message>
    <message>
        <source>Use a user with the right permissions, or run it as administrator.</source>
        <translation>Usa un usuario con los permisos adecuados o ejecútalo como administrador.</translation>
    </message>
    <message>
        <source>Check the path and free space.</source>
        <translation>Revisa la ruta y el espacio libre.</translation>
    </message>
    <message>
        <source>Check that it is running and listening on that port.</source>
        <translation>Comprueba que esté en marcha y escuchando en ese puerto.</translation>
    </message>
    <message>
        <source>See the details.</source>
        <translation>Consulta los detalles.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory only until Capataz closes.</source>
        <translation>Los secretos solo se guardan en memoria hasta que se cierre Capataz.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Elige otro nombre.</translation>
    </message>
    <message>
        <source>Please report it with the details.</source>
        <translation>Por favor, informa del problema e incluye los detalles.</translation>
    </message>
    <message>
        <source>The details list what was found; fix it, then run the checks again.</source>
        <translation>Los detalles dicen qué se encontró; corrígelo y vuelve a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <source>Ask an administrator of the server to do it.</source>
        <translation>Pide a un administrador del servidor que lo haga.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to do it, or for access with another role.</source>
        <translation>Pide al administrador del servidor que lo haga, o un acceso con otro rol.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to give access again, or set the profile&apos;s sudo mode to what the account really is.</source>
        <translation>Pida al administrador del servidor que vuelva a dar el acceso, o ponga en el perfil el modo sudo que la cuenta tiene de verdad.</translation>
    </message>
</context>
<context>
    <name>LogText</name>
    <message>
        <source>TRACE</source>
        <comment>log level</comment>
        <translation>TRAZA</translation>
    </message>
    <message>
        <source>DEBUG</source>
        <comment>log level</comment>
        <translation>DEPUR</translation>
    </message>
    <message>
        <source>INFO</source>
        <comment>log level</comment>
        <translation>INFO</translation>
    </message>
    <message>
        <source>NOTICE</source>
        <comment>log level</comment>
        <translation>NOTA</translation>
    </message>
    <message>
        <source>WARN</source>
        <comment>log level</comment>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>ERROR</source>
        <comment>log level</comment>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>CRIT</source>
        <comment>log level</comment>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>logger</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
</context>
<context>
    <name>capataz::Error</name>
    <message>
        <source>Everything went fine.</source>
        <translation>Todo salió bien.</translation>
    </message>
    <message>
        <source>Some of the values given are not valid.</source>
        <translation>Algunos de los valores indicados no son válidos.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation>No se encontró el nombre del servidor.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server cannot be reached from this computer.</source>
        <translation>No se puede llegar al servidor desde este equipo.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>El servidor tardó demasiado en responder.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The SSH conversation with the server failed.</source>
        <translation>Falló la comunicación SSH con el servidor.</translation>
    </message>
    <message>
        <source>This server&apos;s identity is not known yet.</source>
        <translation>Todavía no se conoce la identidad de este servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s identity has changed since the last connection. This can mean someone is intercepting the connection.</source>
        <translation>La identidad del servidor ha cambiado desde la última conexión. Esto puede significar que alguien está interceptando la conexión.</translation>
    </message>
    <message>
        <source>The server&apos;s identity was not accepted, so no connection was made.</source>
        <translation>No se aceptó la identidad del servidor, así que no se estableció la conexión.</translation>
    </message>
    <message>
        <source>The server did not accept the login.</source>
        <translation>El servidor no aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>The server does not allow this way of logging in.</source>
        <translation>El servidor no permite esta forma de iniciar sesión.</translation>
    </message>
    <message>
        <source>The key file could not be read.</source>
        <translation>No se pudo leer el archivo de clave.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key.</source>
        <translation>La frase de contraseña no abre la clave.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase.</source>
        <translation>La clave está protegida con una frase de contraseña.</translation>
    </message>
    <message>
        <source>A password is needed to log in to this server.</source>
        <translation>Hace falta una contraseña para iniciar sesión en este servidor.</translation>
    </message>
    <message>
        <source>The server refuses this RSA key&apos;s old signature type.</source>
        <translation>El servidor rechaza el tipo de firma antiguo de esta clave RSA.</translation>
    </message>
    <message>
        <source>No SSH agent is running.</source>
        <translation>No hay ningún agente SSH en marcha.</translation>
    </message>
    <message>
        <source>The server refused to run the command. It may be limiting sessions.</source>
        <translation>El servidor se negó a ejecutar el comando. Puede que esté limitando las sesiones.</translation>
    </message>
    <message>
        <source>Too many operations are running on this server at once.</source>
        <translation>Hay demasiadas operaciones en marcha a la vez en este servidor.</translation>
    </message>
    <message>
        <source>sudo did not accept the password.</source>
        <translation>sudo no aceptó la contraseña.</translation>
    </message>
    <message>
        <source>This needs administrator rights, and the server&apos;s settings give no way to get them.</source>
        <translation>Esto requiere permisos de administrador y la configuración del servidor no indica cómo obtenerlos.</translation>
    </message>
    <message>
        <source>The command failed on the server.</source>
        <translation>El comando falló en el servidor.</translation>
    </message>
    <message>
        <source>The file transfer failed.</source>
        <translation>Falló la transferencia del archivo.</translation>
    </message>
    <message>
        <source>The file or folder does not exist on the server.</source>
        <translation>El archivo o la carpeta no existe en el servidor.</translation>
    </message>
    <message>
        <source>The server denied access to that file.</source>
        <translation>El servidor denegó el acceso a ese archivo.</translation>
    </message>
    <message>
        <source>A file on this computer could not be read or written.</source>
        <translation>No se pudo leer o escribir un archivo en este equipo.</translation>
    </message>
    <message>
        <source>The server could not reach that service.</source>
        <translation>El servidor no pudo comunicarse con ese servicio.</translation>
    </message>
    <message>
        <source>The service answered with an error.</source>
        <translation>El servicio respondió con un error.</translation>
    </message>
    <message>
        <source>Capataz&apos;s own database could not be used. Your servers&apos; data is not affected.</source>
        <translation>No se pudo usar la base de datos propia de Capataz. Los datos de tus servidores no se ven afectados.</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>No se pudo usar el llavero del sistema.</translation>
    </message>
    <message>
        <source>What was asked for does not exist.</source>
        <translation>Lo que se pidió no existe.</translation>
    </message>
    <message>
        <source>Something with that name already exists.</source>
        <translation>Ya existe algo con ese nombre.</translation>
    </message>
    <message>
        <source>The data could not be understood.</source>
        <translation>No se pudieron interpretar los datos.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>La operación se canceló.</translation>
    </message>
    <message>
        <source>Something went wrong inside Capataz.</source>
        <translation>Algo salió mal dentro de Capataz.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>A check found a problem on the server. No command failed and nothing was changed.</source>
        <translation>Una comprobación encontró un problema en el servidor. Ningún comando falló y no se cambió nada.</translation>
    </message>
    <message>
        <source>This server profile&apos;s role may not run commands or change the server.</source>
        <translation>El rol de este perfil de servidor no permite ejecutar comandos ni cambiar el servidor.</translation>
    </message>
    <message>
        <source>The server refused it: this access account&apos;s role does not allow it.</source>
        <translation>El servidor lo rechazó: el rol de esta cuenta de acceso no lo permite.</translation>
    </message>
    <message>
        <source>The server did not confirm this profile as a Capataz access account.</source>
        <translation>El servidor no confirmó que este perfil sea una cuenta de acceso de Capataz.</translation>
    </message>
</context>
<context>
    <name>capataz::backup</name>
    <message>
        <source>%1 has no good backup at all.</source>
        <translation>%1 no tiene ninguna copia de seguridad buena.</translation>
    </message>
    <message>
        <source>The newest good backup of %1 is %2 hours old; the schedule promises one every %3 hours.</source>
        <translation>La copia buena más reciente de %1 tiene %2 horas; la programación promete una cada %3 horas.</translation>
    </message>
    <message>
        <source>The backup %1 did not finish or has no valid manifest.</source>
        <translation>La copia %1 no terminó o no tiene un manifiesto válido.</translation>
    </message>
    <message>
        <source>The backup %1 holds nothing.</source>
        <translation>La copia %1 está vacía.</translation>
    </message>
    <message>
        <source>The backup %1 is less than half the size of the one before it (%2 bytes, before %3 bytes).</source>
        <translation>La copia %1 mide menos de la mitad que la anterior (%2 bytes; antes, %3 bytes).</translation>
    </message>
    <message>
        <source>The scheduled run of %1 failed (exit status %2) for: %3.</source>
        <translation>La ejecución programada de %1 falló (estado de salida %2) en: %3.</translation>
    </message>
</context>
<context>
    <name>capataz::cli</name>
    <message>
        <source>Run &apos;%1&apos; to see how it is used.</source>
        <translation>Ejecuta &apos;%1&apos; para ver cómo se usa.</translation>
    </message>
    <message>
        <source>Check the path of the .env file.</source>
        <translation>Revisa la ruta del archivo .env.</translation>
    </message>
    <message>
        <source>Fix that line of the .env file.</source>
        <translation>Corrige esa línea del archivo .env.</translation>
    </message>
    <message>
        <source>Check the path of the compose file.</source>
        <translation>Revisa la ruta del archivo de compose.</translation>
    </message>
    <message>
        <source>Fix that line of the .env file first.</source>
        <translation>Corrige primero esa línea del archivo .env.</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>El archivo no se modificó.</translation>
    </message>
    <message>
        <source>Check that the server is up and that its host name and port are right (&apos;capataz-cli servers list&apos;).</source>
        <translation>Comprueba que el servidor esté en marcha y que su nombre de host y su puerto sean correctos (&apos;capataz-cli servers list&apos;).</translation>
    </message>
    <message>
        <source>Compare that fingerprint with the one the server&apos;s administrator reads on the server (&apos;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&apos;); if they match, run again with --accept-new to trust it.</source>
        <translation>Compara esa huella digital con la que lee el administrador en el propio servidor (&apos;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&apos;); si coinciden, vuelve a ejecutar con --accept-new para confiar en ella.</translation>
    </message>
    <message>
        <source>WARNING: do not connect until you know why the key changed. If the server was really reinstalled, delete the old line named above and run again with --accept-new.</source>
        <translation>ATENCIÓN: no te conectes hasta saber por qué cambió la clave. Si el servidor se reinstaló de verdad, borra la línea antigua indicada arriba y vuelve a ejecutar con --accept-new.</translation>
    </message>
    <message>
        <source>See &apos;capataz-cli hostkey %1 --help&apos; to review the server&apos;s key and trust it.</source>
        <translation>Consulta &apos;capataz-cli hostkey %1 --help&apos; para revisar la clave del servidor y confiar en ella.</translation>
    </message>
    <message>
        <source>Check the user, key or password of the profile; a password can be given with --password-stdin.</source>
        <translation>Revisa el usuario, la clave o la contraseña del perfil; la contraseña se puede pasar con --password-stdin.</translation>
    </message>
    <message>
        <source>No password is stored for this profile: pass it with --password-stdin.</source>
        <translation>No hay ninguna contraseña guardada para este perfil: pásala con --password-stdin.</translation>
    </message>
    <message>
        <source>Pass the key&apos;s passphrase with --password-stdin, or load the key into ssh-agent.</source>
        <translation>Pasa la frase de contraseña de la clave con --password-stdin, o carga la clave en ssh-agent.</translation>
    </message>
    <message>
        <source>Check the key file of the profile (&apos;capataz-cli servers list&apos;): it must exist and be readable by you.</source>
        <translation>Revisa el archivo de clave del perfil (&apos;capataz-cli servers list&apos;): debe existir y tienes que poder leerlo.</translation>
    </message>
    <message>
        <source>Use an ed25519 or ecdsa key instead.</source>
        <translation>Usa en su lugar una clave ed25519 o ecdsa.</translation>
    </message>
    <message>
        <source>Start ssh-agent and add your key (ssh-add), or give the profile a key file.</source>
        <translation>Inicia ssh-agent y añade tu clave (ssh-add), o asigna al perfil un archivo de clave.</translation>
    </message>
    <message>
        <source>Pass the right sudo password with --sudo-password-stdin.</source>
        <translation>Pasa la contraseña de sudo correcta con --sudo-password-stdin.</translation>
    </message>
    <message>
        <source>This profile cannot become root that way; add it again with the right --sudo mode (root, sudo or sudo-password).</source>
        <translation>Este perfil no puede obtener permisos de root de esa forma; vuelve a añadirlo con el modo --sudo adecuado (root, sudo o sudo-password).</translation>
    </message>
    <message>
        <source>See the known servers with &apos;capataz-cli servers list&apos;.</source>
        <translation>Consulta los servidores conocidos con &apos;capataz-cli servers list&apos;.</translation>
    </message>
    <message>
        <source>The command was interrupted.</source>
        <translation>El comando se interrumpió.</translation>
    </message>
    <message>
        <source>Check the command and the profile (&apos;capataz-cli servers list&apos;).</source>
        <translation>Revisa el comando y el perfil (&apos;capataz-cli servers list&apos;).</translation>
    </message>
    <message>
        <source>Check the data directory (--data-dir or CAPATAZ_DATA_DIR): it must be writable by you.</source>
        <translation>Revisa el directorio de datos (--data-dir o CAPATAZ_DATA_DIR): tienes que poder escribir en él.</translation>
    </message>
    <message>
        <source>Unlock the keychain, or remove the entry with your keychain tool.</source>
        <translation>Desbloquea el llavero, o borra la entrada con la herramienta de tu llavero.</translation>
    </message>
    <message>
        <source>Choose another name, or remove the existing profile first (&apos;capataz-cli servers remove NAME&apos;).</source>
        <translation>Elige otro nombre, o borra primero el perfil existente (&apos;capataz-cli servers remove NOMBRE&apos;).</translation>
    </message>
    <message>
        <source>Fix the value named above and run the command again.</source>
        <translation>Corrige el valor indicado arriba y vuelve a ejecutar el comando.</translation>
    </message>
    <message>
        <source>Run the command again; if it keeps failing, report the message above.</source>
        <translation>Vuelve a ejecutar el comando; si sigue fallando, informa del mensaje de arriba.</translation>
    </message>
    <message>
        <source>It ran longer than --timeout allows and was stopped; give it more time.</source>
        <translation>Duró más de lo que permite --timeout y se detuvo; dale más tiempo.</translation>
    </message>
    <message>
        <source>Give the password as one line on stdin.</source>
        <translation>Pasa la contraseña como una sola línea por stdin.</translation>
    </message>
    <message>
        <source>Give the sudo password as one line on stdin.</source>
        <translation>Pasa la contraseña de sudo como una sola línea por stdin.</translation>
    </message>
    <message>
        <source>Pass it with --sudo-password-stdin.</source>
        <translation>Pásala con --sudo-password-stdin.</translation>
    </message>
    <message>
        <source>Name the file with --file PATH.</source>
        <translation>Indica el archivo con --file RUTA.</translation>
    </message>
    <message>
        <source>Give the path of a readable answers file.</source>
        <translation>Indica la ruta de un archivo de respuestas que se pueda leer.</translation>
    </message>
    <message>
        <source>See capataz-cli plan --list.</source>
        <translation>Consulta capataz-cli plan --list.</translation>
    </message>
    <message>
        <source>Give the secret as one line on stdin.</source>
        <translation>Pasa el secreto como una sola línea por stdin.</translation>
    </message>
    <message>
        <source>The profile was added without that secret; pass it to exec with --password-stdin / --sudo-password-stdin.</source>
        <translation>El perfil se añadió sin ese secreto; pásalo a exec con --password-stdin / --sudo-password-stdin.</translation>
    </message>
    <message>
        <source>Print JSON: {files, variables, problems, refused}.</source>
        <translation>Imprime JSON: {files, variables, problems, refused}.</translation>
    </message>
    <message>
        <source>Show the values of secrets (passwords, tokens, keys) as ********.</source>
        <translation>Muestra los valores secretos (contraseñas, tokens, claves) como ********.</translation>
    </message>
    <message>
        <source>A variable of the environment compose runs in (repeatable; it wins over the files). Do not put secrets here: the command line is visible to other users.</source>
        <translation>Una variable del entorno en el que se ejecuta compose (se puede repetir; prevalece sobre los archivos). No pongas secretos aquí: la línea de órdenes es visible para otros usuarios.</translation>
    </message>
    <message>
        <source>Start from this shell&apos;s environment (the default is an empty one).</source>
        <translation>Parte del entorno de esta shell (por omisión se parte de uno vacío).</translation>
    </message>
    <message>
        <source>The .env files, in the order compose reads them.</source>
        <translation>Los archivos .env, en el orden en que compose los lee.</translation>
    </message>
    <message>
        <source>Prints every variable as docker compose will see it, ${...} interpolated; exits 1 when compose would refuse a value (a missing required variable, a malformed ${...}).</source>
        <translation>Imprime cada variable tal como la verá docker compose, con ${...} interpolado; termina con 1 si compose rechazaría un valor (una variable obligatoria que falta, un ${...} mal formado).</translation>
    </message>
    <message>
        <source>env show needs at least one FILE</source>
        <translation>env show necesita al menos un ARCHIVO</translation>
    </message>
    <message>
        <source>expected --env KEY=VALUE, got &apos;%1&apos;</source>
        <translation>se esperaba --env CLAVE=VALOR y se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>docker compose would refuse to start with these files.</source>
        <translation>docker compose se negaría a arrancar con estos archivos.</translation>
    </message>
    <message>
        <source>The details list what was found; fix it, then run the plan again.</source>
        <translation>Los detalles dicen qué se encontró; corrígelo y vuelve a ejecutar el plan.</translation>
    </message>
    <message>
        <source>Ask an administrator of the server to run it.</source>
        <translation>Pide a un administrador del servidor que lo ejecute.</translation>
    </message>
    <message>
        <source>Ask an administrator of the server to apply it; --dry-run still shows what it would do.</source>
        <translation>Pide a un administrador del servidor que lo aplique; --dry-run sigue mostrando lo que haría.</translation>
    </message>
    <message>
        <source>%1: %2 (from the server profile)</source>
        <translation>%1: %2 (del perfil del servidor)</translation>
    </message>
    <message>
        <source>could not read the secrets of %1 (%2): they are not masked in this output.</source>
        <translation>no se pudieron leer los secretos de %1 (%2): en esta salida no se ocultan.</translation>
    </message>
    <message>
        <source>Ask an administrator or support person of the server.</source>
        <translation>Pídeselo a un administrador o a alguien de soporte del servidor.</translation>
    </message>
    <message>
        <source>(unit: %1)</source>
        <translation>(unidad: %1)</translation>
    </message>
    <message>
        <source>(start %1)</source>
        <translation>(inicio %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n metric families</source>
        <translation>
            <numerusform>%n familia de métricas</numerusform>
            <numerusform>%n familias de métricas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n muestra</numerusform>
            <numerusform>%n muestras</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON: {file, format, families} or {file, format, problems}.</source>
        <translation>Imprime JSON: {file, format, families} o {file, format, problems}.</translation>
    </message>
    <message>
        <source>prometheus (text 0.0.4) or openmetrics; by default .om files are OpenMetrics, others Prometheus text.</source>
        <translation>prometheus (texto 0.0.4) u openmetrics; por omisión los archivos .om son OpenMetrics y los demás, texto de Prometheus.</translation>
    </message>
    <message>
        <source>The exposition, as a service&apos;s /metrics answers it.</source>
        <translation>La exposición, tal como la responde el /metrics de un servicio.</translation>
    </message>
    <message>
        <source>Prints the metric families and samples of FILE, or every problem with its line number and exits 1.</source>
        <translation>Imprime las familias de métricas y las muestras de FILE, o cada problema con su número de línea y sale con 1.</translation>
    </message>
    <message>
        <source>metrics parse needs exactly one FILE</source>
        <translation>metrics parse necesita exactamente un FILE</translation>
    </message>
    <message>
        <source>--format must be prometheus or openmetrics, not &apos;%1&apos;</source>
        <translation>--format debe ser prometheus u openmetrics, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Check the path of the file.</source>
        <translation>Revisa la ruta del archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file are not valid %1 text; fix them, or try the other --format.</source>
        <translation>
            <numerusform>%n línea del archivo no es texto %1 válido; corrígela o prueba el otro --format.</numerusform>
            <numerusform>%n líneas del archivo no son texto %1 válido; corrígelas o prueba el otro --format.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected &apos;metrics parse FILE&apos; or &apos;metrics query --file FILE EXPR&apos;</source>
        <translation>se esperaba &apos;metrics parse FILE&apos; o &apos;metrics query --file FILE EXPR&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON as Prometheus&apos;s HTTP API answers: {resultType, result}.</source>
        <translation>Imprime JSON como responde la API HTTP de Prometheus: {resultType, result}.</translation>
    </message>
    <message>
        <source>The samples: an exposition file with timestamps (OpenMetrics when it ends in .om).</source>
        <translation>Las muestras: un archivo de exposición con marcas de tiempo (OpenMetrics si termina en .om).</translation>
    </message>
    <message>
        <source>Evaluate at this time: Unix seconds or ISO 8601.</source>
        <translation>Evalúa en este instante: segundos Unix o ISO 8601.</translation>
    </message>
    <message>
        <source>Evaluate at START, START+STEP, ... up to END (Unix seconds; STEP such as 15s).</source>
        <translation>Evalúa en START, START+STEP, ... hasta END (segundos Unix; STEP como 15s).</translation>
    </message>
    <message>
        <source>The PromQL expression.</source>
        <translation>La expresión PromQL.</translation>
    </message>
    <message>
        <source>Evaluates EXPR over the samples of the file, at one time or over a range, as Prometheus would over the same data.</source>
        <translation>Evalúa EXPR sobre las muestras del archivo, en un instante o en un rango, como lo haría Prometheus con los mismos datos.</translation>
    </message>
    <message>
        <source>metrics query needs exactly one EXPR</source>
        <translation>metrics query necesita exactamente una EXPR</translation>
    </message>
    <message>
        <source>metrics query needs --file</source>
        <translation>metrics query necesita --file</translation>
    </message>
    <message>
        <source>give either --at or --range</source>
        <translation>indica --at o --range, no ambos</translation>
    </message>
    <message>
        <source>--range must be START:END:STEP (Unix seconds, a step such as 15s), not &apos;%1&apos;</source>
        <translation>--range debe ser START:END:STEP (segundos Unix, un paso como 15s), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at must be Unix seconds or an ISO 8601 time, not &apos;%1&apos;</source>
        <translation>--at debe ser segundos Unix o una hora ISO 8601, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Fix the expression at the column shown.</source>
        <translation>Corrige la expresión en la columna indicada.</translation>
    </message>
    <message numerus="yes">
        <source>%n samples without a timestamp were left out</source>
        <translation>
            <numerusform>se omitió %n muestra sin marca de tiempo</numerusform>
            <numerusform>se omitieron %n muestras sin marca de tiempo</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the expression and the time range.</source>
        <translation>Revisa la expresión y el rango de tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>%n more lines could not be read</source>
        <translation>
            <numerusform>no se pudo leer %n línea más</numerusform>
            <numerusform>no se pudieron leer %n líneas más</numerusform>
        </translation>
    </message>
    <message>
        <source>--grep: &apos;%1&apos; is not a valid regular expression (%2, at character %3)</source>
        <translation>--grep: &apos;%1&apos; no es una expresión regular válida (%2, en el carácter %3)</translation>
    </message>
    <message>
        <source>Name the service&apos;s metrics endpoint with --target HOST:PORT/PATH (for example 127.0.0.1:8000/metrics).</source>
        <translation>Indica el endpoint de métricas del servicio con --target HOST:PORT/PATH (por ejemplo 127.0.0.1:8000/metrics).</translation>
    </message>
    <message>
        <source>Scrape HOST:PORT/PATH as the server sees it (repeat for more; default: the recipe&apos;s /metrics and node-exporter).</source>
        <translation>Lee HOST:PORT/PATH tal como lo ve el servidor (repítelo para más; por defecto: el /metrics de la receta y node-exporter).</translation>
    </message>
    <message>
        <source>Print JSON: {server, targets: [{target, state, message, error, families}]}.</source>
        <translation>Imprime JSON: {server, targets: [{target, state, message, error, families}]}.</translation>
    </message>
    <message>
        <source>Read the login password (or key passphrase) from stdin.</source>
        <translation>Lee de stdin la contraseña de inicio de sesión (o la frase de paso de la clave).</translation>
    </message>
    <message>
        <source>Trust the server&apos;s host key if none is known yet.</source>
        <translation>Confía en la clave de host del servidor si todavía no se conoce ninguna.</translation>
    </message>
    <message>
        <source>The server profile.</source>
        <translation>El perfil del servidor.</translation>
    </message>
    <message>
        <source>Scrapes the server&apos;s metrics once through the SSH connection (no port opened) and prints the families and samples, or why a target failed (exit 1). Reading metrics changes nothing.</source>
        <translation>Lee una vez las métricas del servidor a través de la conexión SSH (sin abrir ningún puerto) e imprime las familias y las muestras, o por qué falló un destino (sale con 1). Leer métricas no cambia nada.</translation>
    </message>
    <message>
        <source>metrics needs one SERVER</source>
        <translation>metrics necesita un SERVER</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>valor %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rules firing</source>
        <translation>
            <numerusform>%n regla saltando</numerusform>
            <numerusform>%n reglas saltando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rules cannot be evaluated</source>
        <translation>
            <numerusform>%n regla no se puede evaluar</numerusform>
            <numerusform>%n reglas no se pueden evaluar</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the rules file, or leave --rules out.</source>
        <translation>Corrige el archivo de reglas, o quita --rules.</translation>
    </message>
    <message>
        <source>Check that the service and node-exporter run on the server (capataz-cli metrics SERVER shows each target).</source>
        <translation>Comprueba que el servicio y node-exporter funcionan en el servidor (capataz-cli metrics SERVIDOR muestra cada destino).</translation>
    </message>
    <message>
        <source>Print JSON: {source, evaluated_at, firing, rules: [{name, severity, condition, state, message, error, instances}]}.</source>
        <translation>Imprime JSON: {source, evaluated_at, firing, rules: [{name, severity, condition, state, message, error, instances}]}.</translation>
    </message>
    <message>
        <source>Scrape and evaluate every 15 s for SECONDS before printing (so a rule&apos;s &apos;for&apos; can pass).</source>
        <translation>Recoge y evalúa cada 15 s durante SEGUNDOS antes de imprimir (para que pueda cumplirse el &apos;for&apos; de una regla).</translation>
    </message>
    <message>
        <source>Evaluate over a history file (as metrics query --file) instead.</source>
        <translation>Evalúa sobre un archivo de historial (como metrics query --file) en su lugar.</translation>
    </message>
    <message>
        <source>With --file: up to this time (Unix seconds or ISO 8601; default: the file&apos;s last sample).</source>
        <translation>Con --file: hasta este momento (segundos Unix o ISO 8601; por defecto: la última muestra del archivo).</translation>
    </message>
    <message>
        <source>With --file: the rules (JSON, as alerts/server-&lt;id&gt;.json); default: node-exporter&apos;s.</source>
        <translation>Con --file: las reglas (JSON, como alerts/server-&lt;id&gt;.json); por defecto: las de node-exporter.</translation>
    </message>
    <message>
        <source>Evaluates the alert rules over the server&apos;s metrics (scraped now) or a history file and prints each rule&apos;s state. Exit 0: nothing fires; 3: a rule fires; 1: an error. Alerts are evaluated only while the console or this command runs.</source>
        <translation>Evalúa las reglas de alerta sobre las métricas del servidor (recogidas ahora) o un archivo de historial e imprime el estado de cada regla. Salida 0: no salta nada; 3: salta una regla; 1: un error. Las alertas solo se evalúan mientras la consola o este comando están en marcha.</translation>
    </message>
    <message>
        <source>give either SERVER or --file</source>
        <translation>indica SERVIDOR o --file, no los dos</translation>
    </message>
    <message>
        <source>metrics alerts needs one SERVER, or --file</source>
        <translation>metrics alerts necesita un SERVIDOR, o --file</translation>
    </message>
    <message>
        <source>--at and --rules go with --file</source>
        <translation>--at y --rules van con --file</translation>
    </message>
    <message>
        <source>--wait must be seconds from 0 to 86400, not &apos;%1&apos;</source>
        <translation>--wait debe ser un número de segundos de 0 a 86400, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The server&apos;s own alert rules are not used: %1</source>
        <translation>No se usan las reglas de alerta propias del servidor: %1</translation>
    </message>
    <message>
        <source>Prometheus warns: %1</source>
        <translation>Prometheus avisa: %1</translation>
    </message>
    <message>
        <source>The step was raised to %1 s: Prometheus answers at most 11,000 points per series.</source>
        <translation>El paso se subió a %1 s: Prometheus responde como mucho 11.000 puntos por serie.</translation>
    </message>
    <message>
        <source>Is Prometheus listening at %1 on the server? Check the profile&apos;s Prometheus URL.</source>
        <translation>¿Escucha Prometheus en %1 en el servidor? Revisa la URL de Prometheus del perfil.</translation>
    </message>
    <message>
        <source>Check the expression.</source>
        <translation>Revisa la expresión.</translation>
    </message>
    <message>
        <source>Ask the Prometheus server of the profile (servers add --prometheus) for this PromQL expression; without one, evaluate it now over one scrape of the targets.</source>
        <translation>Pregunta esta expresión PromQL al servidor Prometheus del perfil (servers add --prometheus); si no tiene, la evalúa ahora sobre una recogida de los destinos.</translation>
    </message>
    <message>
        <source>With --query and a Prometheus server: over the last RANGE (such as 1h), one point per step.</source>
        <translation>Con --query y un servidor Prometheus: sobre el último RANGO (como 1h), un punto por paso.</translation>
    </message>
    <message>
        <source>With --range: the step (default 15s).</source>
        <translation>Con --range: el paso (por defecto 15s).</translation>
    </message>
    <message>
        <source>--range and --step go with --query</source>
        <translation>--range y --step van con --query</translation>
    </message>
    <message>
        <source>--range must be a duration such as 1h or 30m, not &apos;%1&apos;</source>
        <translation>--range debe ser una duración como 1h o 30m, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--step must be a duration such as 15s, not &apos;%1&apos;</source>
        <translation>--step debe ser una duración como 15s, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--query needs an expression</source>
        <translation>--query necesita una expresión</translation>
    </message>
    <message>
        <source>--range needs the profile&apos;s Prometheus server (servers add --prometheus URL): one scrape is one moment</source>
        <translation>--range necesita el servidor Prometheus del perfil (servers add --prometheus URL): una recogida es un solo instante</translation>
    </message>
    <message>
        <source>--query asks the profile&apos;s Prometheus server; --target scrapes</source>
        <translation>--query pregunta al servidor Prometheus del perfil; --target recoge</translation>
    </message>
    <message>
        <source>A Prometheus server that already scrapes this server, as the server sees it (http://127.0.0.1:9090): &apos;metrics SERVER --query&apos; asks it through the SSH connection instead of scraping.</source>
        <translation>Un servidor Prometheus que ya recoge las métricas de este servidor, tal como lo ve el servidor (http://127.0.0.1:9090): &apos;metrics SERVIDOR --query&apos; le pregunta por la conexión SSH en lugar de recoger.</translation>
    </message>
    <message>
        <source>Read the detail: it is what the server&apos;s tools said (a database that is down, a wrong password in the .env, a full disk).</source>
        <translation>Lee el detalle: es lo que dijeron las herramientas del servidor (una base de datos caída, una contraseña errónea en el .env, un disco lleno).</translation>
    </message>
    <message>
        <source>Run &apos;capataz-cli backup SERVER list&apos; to see the backups&apos; names.</source>
        <translation>Ejecuta &apos;capataz-cli backup SERVIDOR list&apos; para ver los nombres de las copias.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>no manifest</source>
        <translation>sin manifiesto</translation>
    </message>
    <message>
        <source>size differs from manifest</source>
        <translation>el tamaño no coincide con el manifiesto</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>never drilled</source>
        <translation>nunca probada</translation>
    </message>
    <message>
        <source>restore drill passed %1</source>
        <translation>prueba de restauración superada %1</translation>
    </message>
    <message>
        <source>restore drill FAILED %1</source>
        <translation>prueba de restauración FALLIDA %1</translation>
    </message>
    <message>
        <source>Backing up %1 ...</source>
        <translation>Copiando %1 ...</translation>
    </message>
    <message>
        <source>Made %1 (%2, SHA-256 %3): %4</source>
        <translation>Hecha %1 (%2, SHA-256 %3): %4</translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation>Aún no hay copias en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) old</source>
        <translation>
            <numerusform>de hace %n hora</numerusform>
            <numerusform>de hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Last scheduled run: %1, exit status %2, %3 made, %4 deleted by retention.</source>
        <translation>Última ejecución programada: %1, estado de salida %2, %3 hechas, %4 borradas por la retención.</translation>
    </message>
    <message>
        <source>ALARM (%1): %2</source>
        <translation>ALARMA (%1): %2</translation>
    </message>
    <message>
        <source>%1 is intact: size and SHA-256 match its manifest.</source>
        <translation>%1 está intacta: el tamaño y el SHA-256 coinciden con su manifiesto.</translation>
    </message>
    <message>
        <source>Do not rely on this backup: make a new one, or use an older one that verifies.</source>
        <translation>No confíes en esta copia: haz una nueva o usa una anterior que se verifique.</translation>
    </message>
    <message>
        <source>Download the backup again: its manifest comes with it.</source>
        <translation>Descarga la copia otra vez: su manifiesto viene con ella.</translation>
    </message>
    <message>
        <source>Check the file&apos;s path.</source>
        <translation>Revisa la ruta del archivo.</translation>
    </message>
    <message>
        <source>downloading %1: %2%</source>
        <translation>descargando %1: %2%</translation>
    </message>
    <message>
        <source>Resumed at %1.</source>
        <translation>Reanudada en %1.</translation>
    </message>
    <message>
        <source>Saved %1 (%2); its SHA-256 matches the manifest.</source>
        <translation>Guardada %1 (%2); su SHA-256 coincide con el manifiesto.</translation>
    </message>
    <message>
        <source>Restore drill of %1 passed in %2 s: %3, as the manifest says.</source>
        <translation>La prueba de restauración de %1 se superó en %2 s: %3, como dice el manifiesto.</translation>
    </message>
    <message>
        <source>This backup does not restore as it should: make a new one and drill it.</source>
        <translation>Esta copia no se restaura como debería: haz una nueva y pruébala.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>The backup directory on the server (default /var/backups/capataz/PROJECT).</source>
        <translation>El directorio de copias en el servidor (por defecto /var/backups/capataz/PROYECTO).</translation>
    </message>
    <message>
        <source>create: back up this instead of the recipe&apos;s targets: postgres, mongodb, volume or files.</source>
        <translation>create: copia esto en lugar de lo que indica la receta: postgres, mongodb, volume o files.</translation>
    </message>
    <message>
        <source>With --kind postgres or mongodb: the database.</source>
        <translation>Con --kind postgres o mongodb: la base de datos.</translation>
    </message>
    <message>
        <source>The .env variable holding the database&apos;s name.</source>
        <translation>La variable del .env con el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>The .env variable holding the database user.</source>
        <translation>La variable del .env con el usuario de la base de datos.</translation>
    </message>
    <message>
        <source>The .env variable holding the database password (read on the server, passed on stdin, never on a command line).</source>
        <translation>La variable del .env con la contraseña de la base de datos (se lee en el servidor y se pasa por la entrada estándar, nunca en una línea de órdenes).</translation>
    </message>
    <message>
        <source>The compose service that runs the database (default: PostgreSQL on the host).</source>
        <translation>El servicio de compose que ejecuta la base de datos (por defecto: PostgreSQL en el propio servidor).</translation>
    </message>
    <message>
        <source>With --kind volume: the docker volume.</source>
        <translation>Con --kind volume: el volumen de docker.</translation>
    </message>
    <message>
        <source>With --kind files: a path relative to the project directory.</source>
        <translation>Con --kind files: una ruta relativa al directorio del proyecto.</translation>
    </message>
    <message>
        <source>The project&apos;s .env (default: the recipe&apos;s).</source>
        <translation>El .env del proyecto (por defecto: el de la receta).</translation>
    </message>
    <message>
        <source>The image that runs tar for volumes (default busybox:latest).</source>
        <translation>La imagen que ejecuta tar para los volúmenes (por defecto busybox:latest).</translation>
    </message>
    <message>
        <source>zstd or gzip (default: zstd where the server has it).</source>
        <translation>zstd o gzip (por defecto: zstd si el servidor lo tiene).</translation>
    </message>
    <message>
        <source>download: the directory on this computer (default: the current one).</source>
        <translation>download: el directorio en este equipo (por defecto: el actual).</translation>
    </message>
    <message>
        <source>verify: check a downloaded copy on this computer instead.</source>
        <translation>verify: comprueba en su lugar una copia descargada en este equipo.</translation>
    </message>
    <message>
        <source>restore: type the database&apos;s (or volume&apos;s) name to confirm.</source>
        <translation>restore: escribe el nombre de la base de datos (o del volumen) para confirmar.</translation>
    </message>
    <message>
        <source>list: hours between backups the schedule promises (default 24).</source>
        <translation>list: horas entre copias que promete la programación (por defecto 24).</translation>
    </message>
    <message>
        <source>schedule: the time of day the backups run, HH:MM (default 02:00).</source>
        <translation>schedule: la hora del día a la que se hacen las copias, HH:MM (por defecto 02:00).</translation>
    </message>
    <message>
        <source>schedule: keep every backup younger than this (default 7).</source>
        <translation>schedule: conserva todas las copias más recientes que esto (por defecto 7).</translation>
    </message>
    <message>
        <source>schedule: keep at least this many good backups of each (default 7).</source>
        <translation>schedule: conserva al menos estas copias buenas de cada cosa (por defecto 7).</translation>
    </message>
    <message>
        <source>schedule: take the schedule off the server.</source>
        <translation>schedule: quita la programación del servidor.</translation>
    </message>
    <message>
        <source>Makes backups on the server with a manifest (size, SHA-256, what a restore must find), lists them with their state, verifies them, downloads them with resume and checksum, proves they restore (drill), and restores one after a safety backup. Exit 3 from list: an alarm (late, failed, empty, shrunk).</source>
        <translation>Hace copias de seguridad en el servidor con un manifiesto (tamaño, SHA-256, lo que una restauración debe encontrar), las lista con su estado, las verifica, las descarga reanudando y comprobando la suma, demuestra que se restauran (prueba) y restaura una tras hacer una copia de resguardo. Salida 3 de list: una alarma (atrasada, fallida, vacía, encogida).</translation>
    </message>
    <message>
        <source>backup needs a SERVER and an action</source>
        <translation>backup necesita un SERVIDOR y una acción</translation>
    </message>
    <message>
        <source>unknown backup action &apos;%1&apos;</source>
        <translation>acción de backup desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>backup %1 needs the backup&apos;s NAME</source>
        <translation>backup %1 necesita el NOMBRE de la copia</translation>
    </message>
    <message>
        <source>backup %1 takes no NAME</source>
        <translation>backup %1 no admite NOMBRE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the name of a Capataz backup</source>
        <translation>&apos;%1&apos; no es el nombre de una copia de Capataz</translation>
    </message>
    <message>
        <source>--compress must be zstd or gzip</source>
        <translation>--compress debe ser zstd o gzip</translation>
    </message>
    <message>
        <source>--at must be a time of day such as 02:00</source>
        <translation>--at debe ser una hora del día como 02:00</translation>
    </message>
    <message>
        <source>--keep-days and --keep-count must be whole numbers of at least 1</source>
        <translation>--keep-days y --keep-count deben ser números enteros de al menos 1</translation>
    </message>
    <message>
        <source>--every must be a number of hours</source>
        <translation>--every debe ser un número de horas</translation>
    </message>
    <message>
        <source>Ask an administrator of the server: making, drilling and restoring backups is theirs; support may list, verify and download.</source>
        <translation>Pídeselo a un administrador del servidor: hacer, probar y restaurar copias le corresponde a él; soporte puede listar, verificar y descargar.</translation>
    </message>
    <message>
        <source>--kind must be postgres, mongodb, volume or files</source>
        <translation>--kind debe ser postgres, mongodb, volume o files</translation>
    </message>
    <message>
        <source>the server&apos;s recipe names nothing to back up: say what with --kind</source>
        <translation>la receta del servidor no indica nada que copiar: dilo con --kind</translation>
    </message>
    <message>
        <source>restore replaces the live data: confirm with --confirm and the database&apos;s (or volume&apos;s) name</source>
        <translation>restore reemplaza los datos en uso: confirma con --confirm y el nombre de la base de datos (o del volumen)</translation>
    </message>
    <message>
        <source>Nothing was restored. Pick a backup that verifies (&apos;backup SERVER verify NAME&apos;).</source>
        <translation>No se restauró nada. Elige una copia que se verifique (&apos;backup SERVIDOR verify NOMBRE&apos;).</translation>
    </message>
    <message>
        <source>restoring %1 replaces the data of %2: confirm with --confirm %2</source>
        <translation>restaurar %1 reemplaza los datos de %2: confirma con --confirm %2</translation>
    </message>
    <message>
        <source>Restore it by hand, or drill it instead.</source>
        <translation>Restáurala a mano o, en su lugar, pruébala.</translation>
    </message>
    <message>
        <source>capataz-cli: interrupted: stopping after the current step and putting the data back</source>
        <translation>capataz-cli: interrumpido: se detiene tras el paso actual y repone los datos</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the data matches the manifest.</source>
        <translation>Restaurado %1 desde %2; los datos coinciden con el manifiesto.</translation>
    </message>
    <message>
        <source>The restore failed; the safety backup was put back (see the steps above). Your data is as it was before.</source>
        <translation>La restauración falló; se repuso la copia de resguardo (mira los pasos de arriba). Tus datos están como antes.</translation>
    </message>
    <message>
        <source>Check the schedule&apos;s options.</source>
        <translation>Revisa las opciones de la programación.</translation>
    </message>
    <message>
        <source>The backup schedule of %1 is off the server.</source>
        <translation>La programación de copias de %1 se quitó del servidor.</translation>
    </message>
    <message>
        <source>The schedule was already installed as asked; nothing changed. Next run: %1 (the server&apos;s clock).</source>
        <translation>La programación ya estaba instalada así; no cambió nada. Próxima ejecución: %1 (hora del servidor).</translation>
    </message>
    <message>
        <source>Installed %1 and its cron entry in %2. Next run: %3 (the server&apos;s clock).</source>
        <translation>Instalado %1 y su entrada de cron en %2. Próxima ejecución: %3 (hora del servidor).</translation>
    </message>
    <message>
        <source>Print one JSON object with every server&apos;s status.</source>
        <translation>Imprime un objeto JSON con el estado de cada servidor.</translation>
    </message>
    <message>
        <source>Check at most N servers at a time (default 8).</source>
        <translation>Comprueba como mucho N servidores a la vez (por defecto 8).</translation>
    </message>
    <message>
        <source>Give each server at most SECONDS to connect, and again to answer (default 15).</source>
        <translation>Da a cada servidor como mucho SEGUNDOS para conectar, y otros tantos para responder (por defecto 15).</translation>
    </message>
    <message>
        <source>Trust and remember a server&apos;s host key the first time it is seen.</source>
        <translation>Confía en la clave de host de un servidor y recuérdala la primera vez que se vea.</translation>
    </message>
    <message>
        <source>Servers to check (default: all).</source>
        <translation>Servidores a comprobar (por defecto: todos).</translation>
    </message>
    <message>
        <source>Checks servers in parallel: whether they answer, their service, certificate, disk space and backups. Exit status: 0 all well, 1 something needs attention, 2 a server could not be reached.</source>
        <translation>Comprueba servidores en paralelo: si responden, su servicio, certificado, espacio en disco y copias. Estado de salida: 0 todo bien, 1 algo requiere atención, 2 no se pudo llegar a un servidor.</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256</source>
        <translation>--jobs necesita un número del 1 al 256</translation>
    </message>
    <message>
        <source>--timeout needs seconds from 1 to 600</source>
        <translation>--timeout necesita segundos del 1 al 600</translation>
    </message>
    <message>
        <source>Why: %1 (%2)</source>
        <translation>Por qué: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Certificate: valid until %1 (%n days left)</source>
        <translation>
            <numerusform>Certificado: válido hasta %1 (queda %n día)</numerusform>
            <numerusform>Certificado: válido hasta %1 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk: %1 free of %2 (%3% used)</source>
        <translation>Disco: %1 libres de %2 (%3% usado)</translation>
    </message>
    <message>
        <source>Backups: not set up</source>
        <translation>Copias de seguridad: sin configurar</translation>
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
        <translation>Solo este servidor (nombre del perfil).</translation>
    </message>
    <message>
        <source>Only this plan (its title, as listed).</source>
        <translation>Solo este plan (su título, como aparece en la lista).</translation>
    </message>
    <message>
        <source>ok (succeeded, done, skipped) or failed (failed, cancelled).</source>
        <translation>ok (correcto, hecho, omitido) o failed (fallido, cancelado).</translation>
    </message>
    <message>
        <source>From this time: 24h, 7d, 90m, 2w, or a date (2026-03-01) or date and time.</source>
        <translation>Desde este momento: 24h, 7d, 90m, 2w, o una fecha (2026-03-01) o fecha y hora.</translation>
    </message>
    <message>
        <source>Before this time (same forms as --since).</source>
        <translation>Antes de este momento (las mismas formas que --since).</translation>
    </message>
    <message>
        <source>Only entries whose text contains TEXT.</source>
        <translation>Solo las entradas cuyo texto contiene TEXTO.</translation>
    </message>
    <message>
        <source>At most N entries in the table or JSON (default 200).</source>
        <translation>Como mucho N entradas en la tabla o el JSON (por defecto 200).</translation>
    </message>
    <message>
        <source>Write every matching entry as CSV to FILE (- for stdout).</source>
        <translation>Escribe todas las entradas que coinciden como CSV en ARCHIVO (- para la salida estándar).</translation>
    </message>
    <message>
        <source>Print JSON: {entries: [...]}.</source>
        <translation>Imprime JSON: {entries: [...]}.</translation>
    </message>
    <message>
        <source>Prints what Capataz did on the servers, newest first: when, who (the local user), server, plan, step, action, result, duration and detail. Secrets were masked before they were recorded.</source>
        <translation>Imprime lo que Capataz hizo en los servidores, lo más reciente primero: cuándo, quién (el usuario local), servidor, plan, paso, acción, resultado, duración y detalle. Los secretos se ocultaron antes de registrarse.</translation>
    </message>
    <message>
        <source>audit takes no arguments, only options</source>
        <translation>audit no admite argumentos, solo opciones</translation>
    </message>
    <message>
        <source>--result must be ok or failed, not &apos;%1&apos;</source>
        <translation>--result debe ser ok o failed, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more</source>
        <translation>--limit necesita un número entero de 1 o más</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write in it.</source>
        <translation>Comprueba que la carpeta existe y que puedes escribir en ella.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n entrada escrita en %1</numerusform>
            <numerusform>%n entradas escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>QUIÉN</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVIDOR</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>PASO</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>TOOK</source>
        <translation>DURÓ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETALLE</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>uploading %1: %2%</source>
        <translation>subiendo %1: %2%</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2; the server&apos;s SHA-256 matches the manifest.</source>
        <translation>Subida %1 a %2; el SHA-256 del servidor coincide con el manifiesto.</translation>
    </message>
    <message>
        <source>create, list, verify, download, upload, drill, restore or schedule.</source>
        <translation>create, list, verify, download, upload, drill, restore o schedule.</translation>
    </message>
    <message>
        <source>The backup&apos;s file name (verify, download, drill, restore; upload: the downloaded copy&apos;s path).</source>
        <translation>El nombre de archivo de la copia (verify, download, drill, restore; upload: la ruta de la copia descargada).</translation>
    </message>
    <message>
        <source>The safety backup could not be made, so nothing was restored. Fix what the detail says and try again.</source>
        <translation>No se pudo hacer la copia de resguardo, así que no se restauró nada. Corrige lo que dice el detalle y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The restore failed and the safety backup could not be put back: it is in %1/safety. Restore it by hand (see the steps above).</source>
        <translation>La restauración falló y no se pudo reponer la copia de resguardo: está en %1/safety. Restáurala a mano (mira los pasos de arriba).</translation>
    </message>
    <message>
        <source>could not read the ports the compose project publishes (%1); only the usual ports are probed.</source>
        <translation>no se pudieron leer los puertos que publica el proyecto compose (%1); solo se prueban los puertos habituales.</translation>
    </message>
    <message>
        <source>Seen from this computer: %1</source>
        <translation>Visto desde este equipo: %1</translation>
    </message>
    <message>
        <source>should answer</source>
        <translation>debería responder</translation>
    </message>
    <message>
        <source>should not answer</source>
        <translation>no debería responder</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation>ESPERADO</translation>
    </message>
    <message>
        <source>WHY PROBED</source>
        <translation>POR QUÉ SE PRUEBA</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <source>HTTP on port 80: %1 %2</source>
        <translation>HTTP en el puerto 80: %1 %2</translation>
    </message>
    <message>
        <source>Nothing wrong found.</source>
        <translation>No se encontró nada mal.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Fixed by the setup step &quot;%1&quot; (capataz-cli plan SERVER %1).</source>
        <translation>Lo corrige el paso de configuración &quot;%1&quot; (capataz-cli plan SERVIDOR %1).</translation>
    </message>
    <message>
        <source>The public name of the site, checked in the certificate.</source>
        <translation>El nombre público del sitio, que se comprueba en el certificado.</translation>
    </message>
    <message>
        <source>A port allowed to be public besides SSH, 80 and 443 (repeat, or separate with commas).</source>
        <translation>Un puerto que puede ser público además de SSH, 80 y 443 (repite la opción o sepáralos con comas).</translation>
    </message>
    <message>
        <source>A port the compose project publishes (repeat, or separate with commas).</source>
        <translation>Un puerto que publica el proyecto compose (repite la opción o sepáralos con comas).</translation>
    </message>
    <message>
        <source>Also read the ports the compose project publishes, through SSH.</source>
        <translation>Lee también, por SSH, los puertos que publica el proyecto compose.</translation>
    </message>
    <message>
        <source>Only the ports: no certificate and no redirect check.</source>
        <translation>Solo los puertos: sin comprobar el certificado ni la redirección.</translation>
    </message>
    <message>
        <source>Trust this CA (PEM) besides the system&apos;s.</source>
        <translation>Confía en esta CA (PEM) además de en las del sistema.</translation>
    </message>
    <message>
        <source>Seconds to wait for each probe (default 4).</source>
        <translation>Segundos de espera para cada prueba (por defecto 4).</translation>
    </message>
    <message>
        <source>Print JSON: {address, ports, certificate, http, findings}.</source>
        <translation>Imprime JSON: {address, ports, certificate, http, findings}.</translation>
    </message>
    <message>
        <source>Checks the server from this computer, as the internet sees it: which ports answer compared with those that should (SSH, 80, 443 and the allowed ones), the certificate on port 443, and whether HTTP sends visitors to HTTPS. Exit 3 when a problem is found.</source>
        <translation>Comprueba el servidor desde este equipo, como lo ve internet: qué puertos responden frente a los que deberían (SSH, 80, 443 y los permitidos), el certificado del puerto 443 y si HTTP lleva a los visitantes a HTTPS. Salida 3 si se encuentra un problema.</translation>
    </message>
    <message>
        <source>check-outside needs exactly one SERVER</source>
        <translation>check-outside necesita exactamente un SERVIDOR</translation>
    </message>
    <message>
        <source>--allow and --published need TCP ports from 1 to 65535</source>
        <translation>--allow y --published necesitan puertos TCP del 1 al 65535</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds from 1 to 300</source>
        <translation>--timeout necesita un número entero de segundos del 1 al 300</translation>
    </message>
    <message>
        <source>Give a PEM file with one or more CA certificates.</source>
        <translation>Indica un archivo PEM con uno o más certificados de CA.</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>No access accounts on this server.</source>
        <translation>No hay cuentas de acceso en este servidor.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>INCOMPLETA</translation>
    </message>
    <message>
        <source>project: %1</source>
        <translation>proyecto: %1</translation>
    </message>
    <message>
        <source>log files: %1</source>
        <translation>archivos de registro: %1</translation>
    </message>
    <message>
        <source>units: %1</source>
        <translation>unidades: %1</translation>
    </message>
    <message>
        <source>loopback ports: %1</source>
        <translation>puertos locales: %1</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>clave: %1</translation>
    </message>
    <message>
        <source>Giving and revoking access needs an administrator&apos;s profile of the server.</source>
        <translation>Dar y retirar accesos necesita un perfil de administrador del servidor.</translation>
    </message>
    <message>
        <source>Correct the value named and run it again.</source>
        <translation>Corrige el valor indicado y vuelve a ejecutarlo.</translation>
    </message>
    <message>
        <source>Give the person&apos;s public key file (.pub).</source>
        <translation>Indica el archivo de clave pública (.pub) de la persona.</translation>
    </message>
    <message>
        <source>Choose another file for the new key.</source>
        <translation>Elige otro archivo para la clave nueva.</translation>
    </message>
    <message>
        <source>Give a valid OpenSSH public key.</source>
        <translation>Indica una clave pública de OpenSSH válida.</translation>
    </message>
    <message>
        <source>This profile is not an access account, or its account was revoked.</source>
        <translation>Este perfil no es una cuenta de acceso, o su cuenta fue retirada.</translation>
    </message>
    <message>
        <source>The server&apos;s dispatcher answered something else; give access again.</source>
        <translation>El despachador del servidor respondió otra cosa; vuelve a dar el acceso.</translation>
    </message>
    <message>
        <source>Access account %1, role %2: the server allows only what this role may do.</source>
        <translation>Cuenta de acceso %1, rol %2: el servidor solo permite lo que puede hacer este rol.</translation>
    </message>
    <message>
        <source>Access given: account %1 (%2) on %3.</source>
        <translation>Acceso dado: cuenta %1 (%2) en %3.</translation>
    </message>
    <message>
        <source>Its private key: %1 (hand it to the person; it has no passphrase).</source>
        <translation>Su clave privada: %1 (entrégasela a la persona; no tiene frase de paso).</translation>
    </message>
    <message>
        <source>Profile %1 added for the account.</source>
        <translation>Perfil %1 añadido para la cuenta.</translation>
    </message>
    <message>
        <source>Access revoked: %1 can no longer log in to %2.</source>
        <translation>Acceso retirado: %1 ya no puede entrar en %2.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to do it, or for access with another role.</source>
        <translation>Pide al administrador del servidor que lo haga, o un acceso con otro rol.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to give access again (&apos;capataz-cli access SERVER grant&apos;), or add the profile again with the --sudo mode the account really has.</source>
        <translation>Pida al administrador del servidor que vuelva a dar el acceso (&apos;capataz-cli access SERVIDOR grant&apos;), o vuelva a añadir el perfil con el modo --sudo que la cuenta tiene de verdad.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (hasta el %2)</translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation>%1 (terminó el %2)</translation>
    </message>
    <message>
        <source>Status page of %1 (what its owner sees besides the checks)</source>
        <translation>Página de estado de %1 (lo que ve su propietario además de las comprobaciones)</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Whom to call:</source>
        <translation>A quién llamar:</translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation>Mantenimiento:</translation>
    </message>
    <message>
        <source>Owners see the address:</source>
        <translation>Los propietarios ven la dirección:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>What the system is, in the owner&apos;s words (&quot;&quot; clears it).</source>
        <translation>Qué es el sistema, con las palabras del propietario (&quot;&quot; lo borra).</translation>
    </message>
    <message>
        <source>Whom the owner calls when something is wrong.</source>
        <translation>A quién llama el propietario cuando algo va mal.</translation>
    </message>
    <message>
        <source>Their phone number.</source>
        <translation>Su número de teléfono.</translation>
    </message>
    <message>
        <source>Their e-mail address.</source>
        <translation>Su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>A maintenance note shown instead of the alarms (needs --until).</source>
        <translation>Un aviso de mantenimiento que se muestra en lugar de las alarmas (necesita --until).</translation>
    </message>
    <message>
        <source>When the maintenance ends: 90m, 3h, 2d from now, or a date and time (2026-12-08T18:00, local time).</source>
        <translation>Cuándo termina el mantenimiento: 90m, 3h, 2d desde ahora, o una fecha y hora (2026-12-08T18:00, hora local).</translation>
    </message>
    <message>
        <source>Remove the maintenance note.</source>
        <translation>Quitar el aviso de mantenimiento.</translation>
    </message>
    <message>
        <source>Whether owners see the server&apos;s host name and address: yes or no.</source>
        <translation>Si los propietarios ven el nombre y la dirección del servidor: yes o no.</translation>
    </message>
    <message>
        <source>Print the settings as one JSON object.</source>
        <translation>Imprimir los ajustes como un objeto JSON.</translation>
    </message>
    <message>
        <source>The server (profile name).</source>
        <translation>El servidor (nombre del perfil).</translation>
    </message>
    <message>
        <source>Shows what the server&apos;s status page says besides its checks, and with options changes it (an administrator&apos;s profile only). Kept on this computer, like the page&apos;s settings dialog.</source>
        <translation>Muestra lo que dice la página de estado del servidor además de sus comprobaciones y, con opciones, lo cambia (solo con un perfil de administrador). Se guarda en este ordenador, como el diálogo de ajustes de la página.</translation>
    </message>
    <message>
        <source>name one server</source>
        <translation>indica un servidor</translation>
    </message>
    <message>
        <source>--maintenance and --until go together</source>
        <translation>--maintenance y --until van juntos</translation>
    </message>
    <message>
        <source>--maintenance and --end-maintenance exclude each other</source>
        <translation>--maintenance y --end-maintenance se excluyen</translation>
    </message>
    <message>
        <source>--until: &apos;%1&apos; is not 90m, 3h, 2d or a date and time</source>
        <translation>--until: «%1» no es 90m, 3h, 2d ni una fecha y hora</translation>
    </message>
    <message>
        <source>--until: the end of the maintenance is already past</source>
        <translation>--until: el final del mantenimiento ya pasó</translation>
    </message>
    <message>
        <source>--show-addresses must be yes or no</source>
        <translation>--show-addresses debe ser yes o no</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to change the status page.</source>
        <translation>Pide al administrador del servidor que cambie la página de estado.</translation>
    </message>
    <message>
        <source>Correct that value; nothing was changed.</source>
        <translation>Corrige ese valor; no se cambió nada.</translation>
    </message>
    <message>
        <source>How often the console scrapes this server&apos;s metrics, in seconds (5 to 3600; default 15).</source>
        <translation>Cada cuánto la consola recoge las métricas de este servidor, en segundos (de 5 a 3600; por defecto 15).</translation>
    </message>
    <message>
        <source>--scrape-every must be a number of seconds from 5 to 3600, not &apos;%1&apos;</source>
        <translation>--scrape-every debe ser un número de segundos de 5 a 3600, no «%1»</translation>
    </message>
</context>
<context>
    <name>capataz::client</name>
    <message>
        <source>Connected again: reading goes on from the last line shown. Lines written in the same millisecond as it may be missing.</source>
        <translation>Conectado de nuevo: la lectura sigue desde la última línea mostrada. Pueden faltar líneas escritas en el mismo milisegundo que ella.</translation>
    </message>
</context>
<context>
    <name>capataz::health</name>
    <message numerus="yes">
        <source>The certificate on port 443 expired %n day(s) ago.</source>
        <translation>
            <numerusform>El certificado del puerto 443 caducó hace %n día.</numerusform>
            <numerusform>El certificado del puerto 443 caducó hace %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate on port 443 expires in %n day(s).</source>
        <translation>
            <numerusform>El certificado del puerto 443 caduca en %n día.</numerusform>
            <numerusform>El certificado del puerto 443 caduca en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 answers from the internet: the compose project publishes it on every interface.</source>
        <translation>El puerto %1 responde desde internet: el proyecto compose lo publica en todas las interfaces.</translation>
    </message>
    <message>
        <source>Port %1 answers from the internet.</source>
        <translation>El puerto %1 responde desde internet.</translation>
    </message>
    <message>
        <source>The SSH port %1 does not answer from this computer.</source>
        <translation>El puerto SSH %1 no responde desde este equipo.</translation>
    </message>
    <message>
        <source>Port %1 does not answer from the internet.</source>
        <translation>El puerto %1 no responde desde internet.</translation>
    </message>
    <message>
        <source>Port %1 is allowed to be public but does not answer.</source>
        <translation>El puerto %1 puede ser público pero no responde.</translation>
    </message>
    <message>
        <source>Port 443 does not answer with HTTPS.</source>
        <translation>El puerto 443 no responde con HTTPS.</translation>
    </message>
    <message>
        <source>The certificate on port 443 is not trusted by browsers.</source>
        <translation>Los navegadores no confían en el certificado del puerto 443.</translation>
    </message>
    <message>
        <source>The certificate on port 443 is not made out to %1.</source>
        <translation>El certificado del puerto 443 no está emitido a nombre de %1.</translation>
    </message>
    <message>
        <source>Plain HTTP on port 80 does not send visitors to HTTPS.</source>
        <translation>El HTTP sin cifrar del puerto 80 no lleva a los visitantes a HTTPS.</translation>
    </message>
    <message>
        <source>Databases, caches and admin pages often have no password of their own: anyone on the internet could read or change the data. Docker opens published ports ahead of the firewall, so ufw does not close them; bind them to 127.0.0.1 and let nginx or SSH reach them.</source>
        <translation>Las bases de datos, las cachés y las páginas de administración a menudo no tienen contraseña propia: cualquiera en internet podría leer o cambiar los datos. Docker abre los puertos publicados por delante del cortafuegos, así que ufw no los cierra; enlázalos a 127.0.0.1 y deja que nginx o SSH lleguen a ellos.</translation>
    </message>
    <message>
        <source>Without SSH, Capataz (and you) cannot manage, fix or back up the server.</source>
        <translation>Sin SSH, ni Capataz ni tú podéis administrar, arreglar ni hacer copias del servidor.</translation>
    </message>
    <message>
        <source>Visitors cannot reach the service, and the certificate cannot be renewed.</source>
        <translation>Los visitantes no llegan al servicio y el certificado no puede renovarse.</translation>
    </message>
    <message>
        <source>Whatever should answer there is not running, or the firewall blocks it.</source>
        <translation>Lo que debería responder ahí no está en marcha, o el cortafuegos lo bloquea.</translation>
    </message>
    <message>
        <source>Browsers cannot open the site securely; visitors see an error page.</source>
        <translation>Los navegadores no pueden abrir el sitio de forma segura; los visitantes ven una página de error.</translation>
    </message>
    <message>
        <source>Browsers show a security warning and most visitors leave; apps refuse to connect.</source>
        <translation>Los navegadores muestran un aviso de seguridad y la mayoría de visitantes se va; las aplicaciones se niegan a conectar.</translation>
    </message>
    <message>
        <source>Browsers show a security warning because the certificate belongs to another name.</source>
        <translation>Los navegadores muestran un aviso de seguridad porque el certificado es de otro nombre.</translation>
    </message>
    <message>
        <source>Browsers block the site with a security warning until the certificate is renewed.</source>
        <translation>Los navegadores bloquean el sitio con un aviso de seguridad hasta que se renueve el certificado.</translation>
    </message>
    <message>
        <source>The automatic renewal should have replaced it by now; when it expires, browsers block the site.</source>
        <translation>La renovación automática ya debería haberlo sustituido; cuando caduque, los navegadores bloquearán el sitio.</translation>
    </message>
    <message>
        <source>Visitors who type the address without https:// use an unencrypted connection, where passwords and data can be read on the way.</source>
        <translation>Quien escribe la dirección sin https:// usa una conexión sin cifrar, en la que las contraseñas y los datos pueden leerse por el camino.</translation>
    </message>
</context>
<context>
    <name>capataz::logs</name>
    <message>
        <source>Not reading from %1 to %2 (the connection was lost). Lines written meanwhile may be missing: the file was rotated or truncated, or the log&apos;s position was gone.</source>
        <translation>Sin lectura de %1 a %2 (se perdió la conexión). Pueden faltar líneas escritas entretanto: el archivo se rotó o se truncó, o la posición del registro ya no existía.</translation>
    </message>
    <message>
        <source>Not reading from %1 to %2 (the connection was lost); the lines written meanwhile were read back.</source>
        <translation>Sin lectura de %1 a %2 (se perdió la conexión); las líneas escritas entretanto se recuperaron.</translation>
    </message>
</context>
<context>
    <name>capataz::metrics</name>
    <message>
        <source>The metric name is not valid.</source>
        <translation>El nombre de la métrica no es válido.</translation>
    </message>
    <message>
        <source>The labels between braces are malformed.</source>
        <translation>Las etiquetas entre llaves están mal formadas.</translation>
    </message>
    <message>
        <source>A label name is not valid.</source>
        <translation>Un nombre de etiqueta no es válido.</translation>
    </message>
    <message>
        <source>A label appears twice in one sample.</source>
        <translation>Una etiqueta aparece dos veces en una misma muestra.</translation>
    </message>
    <message>
        <source>The sample&apos;s value is not a number.</source>
        <translation>El valor de la muestra no es un número.</translation>
    </message>
    <message>
        <source>The timestamp is not valid.</source>
        <translation>La marca de tiempo no es válida.</translation>
    </message>
    <message>
        <source>The timestamp is too far from today to be stored.</source>
        <translation>La marca de tiempo está demasiado lejos de hoy para guardarse.</translation>
    </message>
    <message>
        <source>The exemplar after &apos;#&apos; is malformed.</source>
        <translation>El ejemplar después de &apos;#&apos; está mal formado.</translation>
    </message>
    <message>
        <source>The exemplar&apos;s labels are longer than 128 characters.</source>
        <translation>Las etiquetas del ejemplar pasan de 128 caracteres.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation>La línea no es texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>Unexpected characters or spaces after the value.</source>
        <translation>Hay caracteres o espacios inesperados después del valor.</translation>
    </message>
    <message>
        <source>The sample has no value.</source>
        <translation>La muestra no tiene valor.</translation>
    </message>
    <message>
        <source>The HELP, TYPE or UNIT line is malformed.</source>
        <translation>La línea HELP, TYPE o UNIT está mal formada.</translation>
    </message>
    <message>
        <source>The metric type is not one this format knows.</source>
        <translation>Este formato no conoce ese tipo de métrica.</translation>
    </message>
    <message>
        <source>OpenMetrics text may not contain blank lines.</source>
        <translation>El texto OpenMetrics no puede tener líneas en blanco.</translation>
    </message>
    <message>
        <source>OpenMetrics allows only HELP, TYPE, UNIT and EOF after &apos;#&apos;.</source>
        <translation>OpenMetrics solo admite HELP, TYPE, UNIT y EOF después de &apos;#&apos;.</translation>
    </message>
    <message>
        <source>The text does not end with &apos;# EOF&apos;.</source>
        <translation>El texto no termina con &apos;# EOF&apos;.</translation>
    </message>
    <message>
        <source>There is text after &apos;# EOF&apos;.</source>
        <translation>Hay texto después de &apos;# EOF&apos;.</translation>
    </message>
    <message>
        <source>The metric&apos;s HELP, TYPE or UNIT is given twice.</source>
        <translation>El HELP, TYPE o UNIT de la métrica aparece dos veces.</translation>
    </message>
    <message>
        <source>HELP, TYPE or UNIT comes after the metric&apos;s samples.</source>
        <translation>HELP, TYPE o UNIT llega después de las muestras de la métrica.</translation>
    </message>
    <message>
        <source>This metric name is already used in the text.</source>
        <translation>Este nombre de métrica ya se usa en el texto.</translation>
    </message>
    <message>
        <source>The unit does not end the metric&apos;s name, or the type has no unit.</source>
        <translation>La unidad no es el final del nombre de la métrica, o el tipo no admite unidad.</translation>
    </message>
    <message>
        <source>A label this metric type needs (le, quantile, the state) is missing.</source>
        <translation>Falta una etiqueta que este tipo de métrica necesita (le, quantile, el estado).</translation>
    </message>
    <message>
        <source>The le or quantile label is not a valid number.</source>
        <translation>La etiqueta le o quantile no es un número válido.</translation>
    </message>
    <message>
        <source>A bucket or count must be a whole number.</source>
        <translation>Un bucket o un count debe ser un número entero.</translation>
    </message>
    <message>
        <source>This value may not be negative.</source>
        <translation>Este valor no puede ser negativo.</translation>
    </message>
    <message>
        <source>This value may not be NaN.</source>
        <translation>Este valor no puede ser NaN.</translation>
    </message>
    <message>
        <source>A stateset value must be 0 or 1, an info value 1.</source>
        <translation>Un valor de stateset debe ser 0 o 1, y uno de info, 1.</translation>
    </message>
    <message>
        <source>Only counters and histogram buckets may carry exemplars.</source>
        <translation>Solo los contadores y los buckets de histograma pueden llevar ejemplares.</translation>
    </message>
    <message>
        <source>The samples of one series are not next to each other.</source>
        <translation>Las muestras de una misma serie no están juntas.</translation>
    </message>
    <message>
        <source>Some samples of a series have a timestamp and some do not.</source>
        <translation>Algunas muestras de una serie tienen marca de tiempo y otras no.</translation>
    </message>
    <message>
        <source>The timestamps of a series go back.</source>
        <translation>Las marcas de tiempo de una serie van hacia atrás.</translation>
    </message>
    <message>
        <source>The histogram&apos;s buckets, count and sum do not fit together.</source>
        <translation>Los buckets, el count y el sum del histograma no encajan entre sí.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation>Carácter inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected %1; expected %2.</source>
        <translation>%1 inesperado; se esperaba %2.</translation>
    </message>
    <message>
        <source>The query ends too soon; expected %1.</source>
        <translation>La consulta termina antes de tiempo; se esperaba %1.</translation>
    </message>
    <message>
        <source>A quoted string is not closed.</source>
        <translation>Una cadena entre comillas no está cerrada.</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>Secuencia de escape no válida en una cadena.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number.</source>
        <translation>&apos;%1&apos; no es un número válido.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid duration (such as 30s, 5m, 1h30m, 7d).</source>
        <translation>&apos;%1&apos; no es una duración válida (como 30s, 5m, 1h30m, 7d).</translation>
    </message>
    <message>
        <source>The regular expression &apos;%1&apos; is not valid: %2.</source>
        <translation>La expresión regular &apos;%1&apos; no es válida: %2.</translation>
    </message>
    <message>
        <source>Unknown function &apos;%1&apos;.</source>
        <translation>Función desconocida &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>The function %1 takes %n argument(s).</source>
        <translation>
            <numerusform>La función %1 recibe %n argumento.</numerusform>
            <numerusform>La función %1 recibe %n argumentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs %2, not %3.</source>
        <translation>%1 necesita %2, no %3.</translation>
    </message>
    <message>
        <source>A selector needs a metric name or a label matcher that does not match the empty value.</source>
        <translation>Un selector necesita un nombre de métrica o un filtro de etiqueta que no coincida con el valor vacío.</translation>
    </message>
    <message>
        <source>The metric name is given twice in one selector.</source>
        <translation>El nombre de la métrica aparece dos veces en un selector.</translation>
    </message>
    <message>
        <source>A comparison between two numbers needs the bool modifier.</source>
        <translation>Una comparación entre dos números necesita el modificador bool.</translation>
    </message>
    <message>
        <source>bool is only allowed after a comparison.</source>
        <translation>bool solo se permite después de una comparación.</translation>
    </message>
    <message>
        <source>on, ignoring, group_left and group_right need a vector on both sides.</source>
        <translation>on, ignoring, group_left y group_right necesitan un vector a cada lado.</translation>
    </message>
    <message>
        <source>A range [...] follows only a metric selector.</source>
        <translation>Un rango [...] solo puede ir tras un selector de métrica.</translation>
    </message>
    <message>
        <source>The result holds the series %1 twice at one time.</source>
        <translation>El resultado contiene la serie %1 dos veces en un mismo instante.</translation>
    </message>
    <message>
        <source>Several series on each side match on %1: the matching labels must be unique on one side.</source>
        <translation>Varias series de cada lado coinciden en %1: las etiquetas de coincidencia deben ser únicas en un lado.</translation>
    </message>
    <message>
        <source>Several series on the left match one on the right on %1: use group_left or group_right.</source>
        <translation>Varias series de la izquierda coinciden con una de la derecha en %1: usa group_left o group_right.</translation>
    </message>
    <message>
        <source>The range has more than 11,000 steps: use a longer step.</source>
        <translation>El rango tiene más de 11.000 pasos: usa un paso más largo.</translation>
    </message>
    <message>
        <source>The step must be positive and the end not before the start.</source>
        <translation>El paso debe ser positivo y el final no puede ser anterior al inicio.</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>columna %1: %2</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>una expresión</translation>
    </message>
    <message>
        <source>a label name</source>
        <translation>un nombre de etiqueta</translation>
    </message>
    <message>
        <source>one of = != =~ !~</source>
        <translation>uno de = != =~ !~</translation>
    </message>
    <message>
        <source>a quoted string</source>
        <translation>una cadena entre comillas</translation>
    </message>
    <message>
        <source>a duration such as 5m</source>
        <translation>una duración como 5m</translation>
    </message>
    <message>
        <source>an operator or the end of the query</source>
        <translation>un operador o el final de la consulta</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>an instant vector</source>
        <translation>un vector instantáneo</translation>
    </message>
    <message>
        <source>a range vector</source>
        <translation>un vector de rango</translation>
    </message>
    <message numerus="yes">
        <source>This server&apos;s metrics make more than %1 series (label values that change all the time?): %n new series were not kept.</source>
        <translation>
            <numerusform>Las métricas de este servidor forman más de %1 series (¿valores de etiquetas que cambian todo el rato?): no se guardó %n serie nueva.</numerusform>
            <numerusform>Las métricas de este servidor forman más de %1 series (¿valores de etiquetas que cambian todo el rato?): no se guardaron %n series nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing answers at %1 on the server: it is not installed or not running there, which is fine; it is tried again at every interval.</source>
        <translation>Nada responde en %1 en el servidor: no está instalado o no está en marcha allí, y no pasa nada; se vuelve a intentar en cada intervalo.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 on the server: is the service running, and listening on that port?</source>
        <translation>Nada responde en %1 en el servidor: ¿está el servicio en marcha y escuchando en ese puerto?</translation>
    </message>
    <message>
        <source>%1 did not answer in time: the service may be overloaded or stuck.</source>
        <translation>%1 no respondió a tiempo: puede que el servicio esté sobrecargado o bloqueado.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2 instead of metrics: check the path.</source>
        <translation>%1 respondió con el estado HTTP %2 en lugar de métricas: revisa la ruta.</translation>
    </message>
    <message>
        <source>%1 did not give a valid HTTP answer.</source>
        <translation>%1 no dio una respuesta HTTP válida.</translation>
    </message>
    <message>
        <source>%1 answered, but not with metrics in the Prometheus or OpenMetrics text format (%2).</source>
        <translation>%1 respondió, pero no con métricas en formato de texto Prometheus u OpenMetrics (%2).</translation>
    </message>
    <message>
        <source>The connection to the server was lost while reading %1: reading resumes when it is back.</source>
        <translation>Se perdió la conexión con el servidor mientras se leía %1: la lectura sigue cuando vuelva.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Todavía no se ha leído.</translation>
    </message>
    <message>
        <source>Paused: not connected to the server. Reading resumes when the connection is back.</source>
        <translation>En pausa: no hay conexión con el servidor. La lectura sigue cuando vuelva la conexión.</translation>
    </message>
    <message numerus="yes">
        <source>%n samples read in %1 ms; some lines could not be read and were skipped (first: %2).</source>
        <translation>
            <numerusform>%n muestra leída en %1 ms; algunas líneas no se pudieron leer y se omitieron (la primera: %2).</numerusform>
            <numerusform>%n muestras leídas en %1 ms; algunas líneas no se pudieron leer y se omitieron (la primera: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples read in %1 ms; new series beyond the limit were dropped.</source>
        <translation>
            <numerusform>%n muestra leída en %1 ms; se descartaron las series nuevas por encima del límite.</numerusform>
            <numerusform>%n muestras leídas en %1 ms; se descartaron las series nuevas por encima del límite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples read in %1 ms.</source>
        <translation>
            <numerusform>%n muestra leída en %1 ms.</numerusform>
            <numerusform>%n muestras leídas en %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>not firing</source>
        <translation>sin saltar</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>saltando</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <translation>regla %1</translation>
    </message>
    <message>
        <source>rule %1 (%2)</source>
        <translation>regla %1 (%2)</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>not an alert rules file (version 1 with a list of rules)</source>
        <translation>no es un archivo de reglas de alerta (versión 1 con una lista de reglas)</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <source>another rule has the same name</source>
        <translation>otra regla tiene el mismo nombre</translation>
    </message>
    <message>
        <source>the expression cannot be read: %1</source>
        <translation>no se puede leer la expresión: %1</translation>
    </message>
    <message>
        <source>a comparison needs one of &gt; &gt;= &lt; &lt;= == != and a number as threshold</source>
        <translation>una comparación necesita uno de &gt; &gt;= &lt; &lt;= == != y un número como umbral</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration such as 30s, 5m or 1h</source>
        <translation>&apos;%1&apos; no es una duración como 30s, 5m o 1h</translation>
    </message>
    <message>
        <source>the severity must be info, warning or critical, not &apos;%1&apos;</source>
        <translation>la gravedad debe ser info, warning o critical, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: the previous version cannot be kept</source>
        <translation>%1: no se puede conservar la versión anterior</translation>
    </message>
    <message>
        <source>Memory of the server {{ $value }} % used (over 80 %)</source>
        <translation>Memoria del servidor usada al {{ $value }} % (más del 80 %)</translation>
    </message>
    <message>
        <source>Disk {{ $labels.mountpoint }} {{ $value }} % full (over 90 %)</source>
        <translation>Disco {{ $labels.mountpoint }} lleno al {{ $value }} % (más del 90 %)</translation>
    </message>
    <message>
        <source>{{ $labels.instance }} ({{ $labels.job }}) does not answer its /metrics</source>
        <translation>{{ $labels.instance }} ({{ $labels.job }}) no responde en su /metrics</translation>
    </message>
    <message>
        <source>The rule cannot be evaluated: %1</source>
        <translation>No se puede evaluar la regla: %1</translation>
    </message>
    <message>
        <source>No data: %1 returns nothing (no such series, or it stopped being scraped).</source>
        <translation>Sin datos: %1 no devuelve nada (no existe esa serie, o se dejó de recoger).</translation>
    </message>
    <message>
        <source>Not firing: %1 does not hold.</source>
        <translation>Sin saltar: %1 no se cumple.</translation>
    </message>
    <message>
        <source>Pending: %1 holds; it fires when it has held for %2.</source>
        <translation>Pendiente: %1 se cumple; saltará cuando se haya cumplido durante %2.</translation>
    </message>
    <message numerus="yes">
        <source>Firing (%n label sets): %1</source>
        <translation>
            <numerusform>Saltando (%n conjunto de etiquetas): %1</numerusform>
            <numerusform>Saltando (%n conjuntos de etiquetas): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved: %1 held and holds no more.</source>
        <translation>Resuelta: %1 se cumplía y ya no se cumple.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n label sets firing)</source>
        <translation>
            <numerusform>%1 (%n conjunto de etiquetas saltando)</numerusform>
            <numerusform>%1 (%n conjuntos de etiquetas saltando)</numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus did not accept the query.</source>
        <translation>Prometheus no aceptó la consulta.</translation>
    </message>
    <message>
        <source>Prometheus could not evaluate the query.</source>
        <translation>Prometheus no pudo evaluar la consulta.</translation>
    </message>
    <message>
        <source>The query took longer than Prometheus allows: ask for a shorter range or a longer step.</source>
        <translation>La consulta tardó más de lo que Prometheus permite: pide un intervalo más corto o un paso más largo.</translation>
    </message>
    <message>
        <source>Prometheus cancelled the query.</source>
        <translation>Prometheus canceló la consulta.</translation>
    </message>
    <message>
        <source>Prometheus failed inside.</source>
        <translation>Prometheus falló por dentro.</translation>
    </message>
    <message>
        <source>Prometheus is not ready (starting or stopping).</source>
        <translation>Prometheus no está listo (arrancando o parando).</translation>
    </message>
    <message>
        <source>No Prometheus API answers at that address: check the server profile&apos;s Prometheus URL.</source>
        <translation>Ninguna API de Prometheus responde en esa dirección: revisa la URL de Prometheus del perfil del servidor.</translation>
    </message>
    <message>
        <source>Prometheus answered with an error.</source>
        <translation>Prometheus respondió con un error.</translation>
    </message>
    <message>
        <source>The service at the Prometheus URL answered with an error and does not look like Prometheus.</source>
        <translation>El servicio de la URL de Prometheus respondió con un error y no parece Prometheus.</translation>
    </message>
    <message>
        <source>Prometheus&apos;s answer could not be understood.</source>
        <translation>No se pudo entender la respuesta de Prometheus.</translation>
    </message>
    <message numerus="yes">
        <source>%n series with native histograms left out.</source>
        <translation>
            <numerusform>%n serie con histogramas nativos omitida.</numerusform>
            <numerusform>%n series con histogramas nativos omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The query nests too deeply: at most %1 levels of parentheses, functions and operators.</source>
        <translation>La consulta anida demasiado: como mucho %1 niveles de paréntesis, funciones y operadores.</translation>
    </message>
</context>
<context>
    <name>capataz::plan</name>
    <message>
        <source>certbot is not installed on the server: install the packages certbot and python3-certbot-nginx, then run this step again.</source>
        <translation>certbot no está instalado en el servidor: instala los paquetes certbot y python3-certbot-nginx y vuelve a ejecutar este paso.</translation>
    </message>
    <message>
        <source>Certbot&apos;s nginx plugin is not installed: install the package python3-certbot-nginx, then run this step again.</source>
        <translation>El complemento de nginx de Certbot no está instalado: instala el paquete python3-certbot-nginx y vuelve a ejecutar este paso.</translation>
    </message>
    <message>
        <source>Certbot cannot find nginx on the server: install nginx and run the nginx step first.</source>
        <translation>Certbot no encuentra nginx en el servidor: instala nginx y ejecuta antes el paso de nginx.</translation>
    </message>
    <message>
        <source>nginx&apos;s configuration does not pass `nginx -t`, so certbot cannot change it. Fix this first: %1</source>
        <translation>La configuración de nginx no supera `nginx -t`, así que certbot no puede modificarla. Corrige esto primero: %1</translation>
    </message>
    <message>
        <source>The domain %1 does not point to this server: create a DNS A record for %1 with the IP address %2, wait until it is visible, then run this step again.</source>
        <translation>El dominio %1 no apunta a este servidor: crea un registro DNS A para %1 con la dirección IP %2, espera a que sea visible y vuelve a ejecutar este paso.</translation>
    </message>
    <message>
        <source>The domain %1 does not point to this server: create a DNS A record for %1 with this server&apos;s public IP address, wait until it is visible, then run this step again.</source>
        <translation>El dominio %1 no apunta a este servidor: crea un registro DNS A para %1 con la dirección IP pública de este servidor, espera a que sea visible y vuelve a ejecutar este paso.</translation>
    </message>
    <message>
        <source>Port 80 of %1 is closed or not reachable from the internet (%2): open it in ufw (ufw allow 80/tcp) and in your provider&apos;s firewall, make sure nginx is running, then run this step again.</source>
        <translation>El puerto 80 de %1 está cerrado o no es accesible desde internet (%2): ábrelo en ufw (ufw allow 80/tcp) y en el cortafuegos de tu proveedor, asegúrate de que nginx está en marcha y vuelve a ejecutar este paso.</translation>
    </message>
    <message>
        <source>The certificate authority reached a web server for %1, but it did not serve the check file under /.well-known/acme-challenge/ (%2): make sure the DNS record points to this server (not to an old server or a CDN) and that nginx&apos;s site for %1 is enabled.</source>
        <translation>La autoridad de certificación llegó a un servidor web para %1, pero este no sirvió el archivo de comprobación en /.well-known/acme-challenge/ (%2): asegúrate de que el registro DNS apunta a este servidor (no a un servidor antiguo ni a una CDN) y de que el sitio de nginx para %1 está habilitado.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt&apos;s rate limit was reached for %1: wait until %2 before asking again, and try changes with --staging first.</source>
        <translation>Se alcanzó el límite de solicitudes de Let&apos;s Encrypt para %1: espera hasta %2 antes de volver a pedirlo y prueba los cambios primero con --staging.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt&apos;s rate limit was reached for %1: wait (the limit for the same names lasts up to a week) before asking again, and try changes with --staging first.</source>
        <translation>Se alcanzó el límite de solicitudes de Let&apos;s Encrypt para %1: espera (el límite para los mismos nombres dura hasta una semana) antes de volver a pedirlo y prueba los cambios primero con --staging.</translation>
    </message>
    <message>
        <source>Certbot failed. Its last lines:
%1</source>
        <translation>Certbot falló. Sus últimas líneas:
%1</translation>
    </message>
    <message>
        <source>Show the effective compose configuration</source>
        <translation>Mostrar la configuración efectiva de compose</translation>
    </message>
    <message>
        <source>Asks docker compose for the configuration it would use, with the files merged and the .env variables filled in (secrets masked). Changes nothing; stops the plan if compose refuses the files.</source>
        <translation>Pide a docker compose la configuración que usaría, con los archivos combinados y las variables del .env sustituidas (con los secretos ocultos). No cambia nada; detiene el plan si compose rechaza los archivos.</translation>
    </message>
    <message>
        <source>Start the compose stack</source>
        <translation>Iniciar el stack de compose</translation>
    </message>
    <message>
        <source>Pull the images</source>
        <translation>Descargar las imágenes</translation>
    </message>
    <message>
        <source>Downloads the services&apos; images. Skipped when every service already runs with its current configuration.</source>
        <translation>Descarga las imágenes de los servicios. Se omite si todos los servicios ya se ejecutan con su configuración actual.</translation>
    </message>
    <message>
        <source>Build the images</source>
        <translation>Construir las imágenes</translation>
    </message>
    <message>
        <source>Builds the images of services with a build section (compose skips the others). Skipped when every service already runs with its current configuration.</source>
        <translation>Construye las imágenes de los servicios que tienen una sección build (compose omite los demás). Se omite si todos los servicios ya se ejecutan con su configuración actual.</translation>
    </message>
    <message>
        <source>Start the services</source>
        <translation>Iniciar los servicios</translation>
    </message>
    <message>
        <source>Creates or recreates the containers whose configuration changed and starts them in the background. If the plan fails later and nothing of the project ran before, rollback stops and removes what this run started with `down`, without -v: volumes and their data are never removed.</source>
        <translation>Crea o vuelve a crear los contenedores cuya configuración ha cambiado y los inicia en segundo plano. Si el plan falla más tarde y antes no se estaba ejecutando nada del proyecto, al revertir se detiene y elimina con `down` lo que inició esta ejecución, sin -v: los volúmenes y sus datos nunca se eliminan.</translation>
    </message>
    <message>
        <source>Wait until every service runs and is healthy</source>
        <translation>Esperar a que todos los servicios estén en marcha y sanos</translation>
    </message>
    <message>
        <source>Watches the containers until all run, and those with a healthcheck report healthy, for at most %1 seconds. If one stops or turns unhealthy, its last log lines are shown.</source>
        <translation>Vigila los contenedores hasta que todos estén en marcha y los que tienen comprobación de salud (healthcheck) indiquen que están sanos, durante %1 segundos como máximo. Si alguno se detiene o deja de estar sano, se muestran sus últimas líneas de registro.</translation>
    </message>
    <message>
        <source>Enabling ufw with a dead-man switch on the server…</source>
        <translation>Activando ufw con un interruptor de seguridad (dead-man switch) en el servidor…</translation>
    </message>
    <message>
        <source>Checking that a new SSH login still works…</source>
        <translation>Comprobando que un nuevo inicio de sesión SSH sigue funcionando…</translation>
    </message>
    <message>
        <source>A new SSH login works: the dead-man switch is cancelled.</source>
        <translation>Un nuevo inicio de sesión SSH funciona: se cancela el interruptor de seguridad.</translation>
    </message>
    <message>
        <source>A new SSH login failed: ufw would lock you out, the previous firewall comes back.</source>
        <translation>Falló un nuevo inicio de sesión SSH: ufw te dejaría sin acceso, así que se restaura el cortafuegos anterior.</translation>
    </message>
    <message>
        <source>Putting the previous firewall back…</source>
        <translation>Restaurando el cortafuegos anterior…</translation>
    </message>
    <message>
        <source>The previous firewall is back.</source>
        <translation>Se ha restaurado el cortafuegos anterior.</translation>
    </message>
    <message>
        <source>Write the environment file %1</source>
        <translation>Escribir el archivo de entorno %1</translation>
    </message>
    <message>
        <source>Writes the project&apos;s .env with the recipe&apos;s defaults, newly generated secrets where a value is missing or weak, and the values you gave; comments, order and quoting stay as they are. The file gets mode 0600 and the previous version is kept next to it.</source>
        <translation>Escribe el .env del proyecto con los valores predeterminados de la receta, secretos recién generados donde falta un valor o es débil, y los valores que indicaste; los comentarios, el orden y las comillas se mantienen. El archivo recibe el modo 0600 y la versión anterior se conserva a su lado.</translation>
    </message>
    <message>
        <source>Environment file (.env)</source>
        <translation>Archivo de entorno (.env)</translation>
    </message>
    <message>
        <source>Deny incoming connections, allow outgoing ones</source>
        <translation>Denegar las conexiones entrantes, permitir las salientes</translation>
    </message>
    <message>
        <source>Firewall (ufw)</source>
        <translation>Cortafuegos (ufw)</translation>
    </message>
    <message>
        <source>Allow SSH before enabling the firewall</source>
        <translation>Permitir SSH antes de activar el cortafuegos</translation>
    </message>
    <message>
        <source>Opens the ports sshd really listens on (read on the server, never assumed to be 22) and the port of this connection, so enabling ufw keeps you able to log in.</source>
        <translation>Abre los puertos en los que sshd escucha realmente (leídos en el servidor, sin suponer nunca que es el 22) y el puerto de esta conexión, para que al activar ufw puedas seguir iniciando sesión.</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>Permitir %1</translation>
    </message>
    <message>
        <source>HTTP (80) and HTTPS (443) reach nginx, and certbot proves the domain over port 80. Rules that exist already are left as they are.</source>
        <translation>HTTP (80) y HTTPS (443) llegan a nginx, y certbot valida el dominio a través del puerto 80. Las reglas que ya existen se dejan como están.</translation>
    </message>
    <message>
        <source>Enable ufw with a dead-man switch</source>
        <translation>Activar ufw con un interruptor de seguridad (dead-man switch)</translation>
    </message>
    <message>
        <source>Before enabling, the server schedules its own revert to the previous firewall in %1 seconds. Then a new SSH login, opened after the change, cancels it. If that login fails, ufw would have locked you out: the previous firewall comes back by itself.</source>
        <translation>Antes de activarlo, el servidor programa su propia vuelta al cortafuegos anterior dentro de %1 segundos. Después, un nuevo inicio de sesión SSH, abierto tras el cambio, la cancela. Si ese inicio de sesión falla, ufw te habría dejado sin acceso: el cortafuegos anterior se restaura por sí solo.</translation>
    </message>
    <message>
        <source>Nginx reverse proxy for %1</source>
        <translation>Proxy inverso nginx para %1</translation>
    </message>
    <message>
        <source>Create the Let&apos;s Encrypt challenge directory %1</source>
        <translation>Crear el directorio de desafíos de Let&apos;s Encrypt %1</translation>
    </message>
    <message>
        <source>nginx serves /.well-known/acme-challenge/ from this directory so a certificate can be requested for the domain. An empty directory is left in place on rollback.</source>
        <translation>nginx sirve /.well-known/acme-challenge/ desde este directorio para poder solicitar un certificado para el dominio. Al revertir, el directorio vacío se deja en su sitio.</translation>
    </message>
    <message>
        <source>Write the shared WebSocket settings %1</source>
        <translation>Escribir la configuración compartida de WebSocket %1</translation>
    </message>
    <message>
        <source>Defines once, for every site Capataz writes, the Connection header used when a browser upgrades a request to a WebSocket.</source>
        <translation>Define una sola vez, para todos los sitios que escribe Capataz, la cabecera Connection que se usa cuando un navegador convierte una petición en WebSocket.</translation>
    </message>
    <message>
        <source>Put the nginx site %1 for %2 in place</source>
        <translation>Colocar el sitio de nginx %1 para %2</translation>
    </message>
    <message>
        <source>Writes %1 (the previous version is kept next to it as a .bak file), links it into sites-enabled, checks the whole configuration with nginx -t and reloads nginx (or starts it). If nginx -t fails, the previous files are put back and nginx keeps serving the old configuration. With the certificate of %2 present the site serves HTTPS and redirects HTTP to it; without it, HTTP only.</source>
        <translation>Escribe %1 (la versión anterior se conserva a su lado como archivo .bak), lo enlaza en sites-enabled, comprueba toda la configuración con nginx -t y recarga nginx (o lo inicia). Si nginx -t falla, se restauran los archivos anteriores y nginx sigue sirviendo la configuración antigua. Si el certificado de %2 está presente, el sitio sirve HTTPS y redirige HTTP a él; si no, solo HTTP.</translation>
    </message>
    <message>
        <source>Check the operating system</source>
        <translation>Comprobar el sistema operativo</translation>
    </message>
    <message>
        <source>Capataz sets up Debian and Ubuntu servers (apt, ufw, nginx, certbot).</source>
        <translation>Capataz configura servidores Debian y Ubuntu (apt, ufw, nginx, certbot).</translation>
    </message>
    <message>
        <source>Check that commands run as root</source>
        <translation>Comprobar que los comandos se ejecutan como root</translation>
    </message>
    <message>
        <source>Setting up the firewall, nginx and Docker needs root, through the profile&apos;s sudo mode.</source>
        <translation>Para configurar el cortafuegos, nginx y Docker hace falta root, mediante el modo de sudo del perfil.</translation>
    </message>
    <message>
        <source>Check Docker and Compose</source>
        <translation>Comprobar Docker y Compose</translation>
    </message>
    <message>
        <source>Docker (or podman) and a compose tool must be installed and the daemon running. Missing parts are installed with the distribution&apos;s packages (docker.io, docker-compose); a rollback leaves them installed.</source>
        <translation>Docker (o podman) y una herramienta compose deben estar instalados y el servicio (daemon) en marcha. Lo que falte se instala con los paquetes de la distribución (docker.io, docker-compose); al revertir siguen instalados.</translation>
    </message>
    <message>
        <source>Check ufw, nginx and certbot</source>
        <translation>Comprobar ufw, nginx y certbot</translation>
    </message>
    <message>
        <source>The firewall, the reverse proxy and the certificates need the packages %1; missing ones are installed with apt-get (a rollback leaves them).</source>
        <translation>El cortafuegos, el proxy inverso y los certificados necesitan los paquetes %1; los que faltan se instalan con apt-get (al revertir siguen instalados).</translation>
    </message>
    <message>
        <source>Check the project directory %1</source>
        <translation>Comprobar el directorio del proyecto %1</translation>
    </message>
    <message>
        <source>The project directory must hold the compose files (%1). If it does not exist, it is cloned or uploaded as the answers say; a rollback removes what was cloned or uploaded.</source>
        <translation>El directorio del proyecto debe contener los archivos de compose (%1). Si no existe, se clona o se sube según tus respuestas; al revertir se elimina lo que se haya clonado o subido.</translation>
    </message>
    <message>
        <source>Check the server</source>
        <translation>Comprobar el servidor</translation>
    </message>
    <message>
        <source>Get the Let&apos;s Encrypt certificate for %1</source>
        <translation>Obtener el certificado de Let&apos;s Encrypt para %1</translation>
    </message>
    <message>
        <source>Certbot asks Let&apos;s Encrypt for a certificate covering %1 and proves the domains point here through nginx on port 80; it then enables HTTPS in the site. Skipped while a certificate for these names has more than %2 days left. Undoing this step keeps the certificate.</source>
        <translation>Certbot pide a Let&apos;s Encrypt un certificado que cubra %1 y demuestra, mediante nginx en el puerto 80, que los dominios apuntan aquí; después activa HTTPS en el sitio. Se omite mientras a un certificado para estos nombres le queden más de %2 días. Deshacer este paso conserva el certificado.</translation>
    </message>
    <message>
        <source>Make sure the certificate renews by itself</source>
        <translation>Asegurarse de que el certificado se renueva solo</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt certificates last 90 days. This checks that something runs `certbot renew` (systemd&apos;s certbot.timer, or cron) and that a renewal would succeed now (`certbot renew --dry-run`). If nothing schedules it, it adds %1, which runs `certbot -q renew` twice a day; undoing the step removes that file.</source>
        <translation>Los certificados de Let&apos;s Encrypt duran 90 días. Esto comprueba que algo ejecuta `certbot renew` (certbot.timer de systemd, o cron) y que una renovación funcionaría ahora (`certbot renew --dry-run`). Si nada la programa, añade %1, que ejecuta `certbot -q renew` dos veces al día; deshacer el paso elimina ese archivo.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt certificates last 90 days. This checks that something runs `certbot renew` (systemd&apos;s certbot.timer, or cron) and that a renewal would succeed now (`certbot renew --dry-run`).</source>
        <translation>Los certificados de Let&apos;s Encrypt duran 90 días. Esto comprueba que algo ejecuta `certbot renew` (certbot.timer de systemd, o cron) y que una renovación funcionaría ahora (`certbot renew --dry-run`).</translation>
    </message>
    <message>
        <source>HTTPS certificate for %1</source>
        <translation>Certificado HTTPS para %1</translation>
    </message>
    <message>
        <source>Ask the health endpoints through the SSH connection</source>
        <translation>Consultar los endpoints de salud a través de la conexión SSH</translation>
    </message>
    <message>
        <source>GET on the server&apos;s own 127.0.0.1, as the services answer before nginx. Changes nothing; what it finds goes into the summary.</source>
        <translation>GET al propio 127.0.0.1 del servidor, tal como responden los servicios antes de nginx. No cambia nada; lo que encuentra va al resumen.</translation>
    </message>
    <message>
        <source>Ask the health endpoints through the public HTTPS name</source>
        <translation>Consultar los endpoints de salud a través del nombre HTTPS público</translation>
    </message>
    <message>
        <source>GET https://NAME/... from this computer, checking the certificate, as a visitor would. Changes nothing; what it finds goes into the summary.</source>
        <translation>GET https://NAME/... desde este equipo, comprobando el certificado, como lo haría un visitante. No cambia nada; lo que encuentra va al resumen.</translation>
    </message>
    <message>
        <source>Check which ports are open from outside</source>
        <translation>Comprobar qué puertos están abiertos desde fuera</translation>
    </message>
    <message>
        <source>A TCP connection from this computer to each port: SSH, 80 and 443 should be open; databases, caches and application ports should not. Changes nothing.</source>
        <translation>Una conexión TCP desde este equipo a cada puerto: SSH, 80 y 443 deberían estar abiertos; los de bases de datos, cachés y aplicaciones, no. No cambia nada.</translation>
    </message>
    <message>
        <source>Summarise the verification</source>
        <translation>Resumir la verificación</translation>
    </message>
    <message>
        <source>Prints what the checks found, ready to paste into a ticket; fails when anything is wrong.</source>
        <translation>Muestra lo que encontraron las comprobaciones, listo para pegarlo en un ticket; falla si algo va mal.</translation>
    </message>
    <message>
        <source>Verify the deployment</source>
        <translation>Verificar el despliegue</translation>
    </message>
    <message>
        <source>Changing ufw&apos;s default policy with a dead-man switch on the server…</source>
        <translation>Cambiando la política por defecto de ufw con un interruptor de seguridad en el servidor…</translation>
    </message>
    <message>
        <source>ufw&apos;s default policy: anything not allowed by a rule above is refused when it comes in; the server may still connect out. Where ufw is on already this takes effect at once, so the server first schedules its own revert to the previous firewall, %1 seconds after the change; a new SSH login, opened after the change, cancels it. Rollback puts the previous policy back.</source>
        <translation>Política por defecto de ufw: se rechaza toda conexión entrante que no permita una regla anterior; el servidor puede seguir conectándose hacia fuera. Si ufw ya está activo, el cambio es inmediato, así que el servidor programa antes su propia vuelta al cortafuegos anterior, %1 segundos después del cambio; un nuevo inicio de sesión SSH, abierto después del cambio, la cancela. Deshacer restaura la política anterior.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2. Capataz writes this file as administrator and never through a link, which could make it write elsewhere. Replace the link with a regular file, or remove it, and try again.</source>
        <translation>%1 es un enlace simbólico a %2. Capataz escribe este archivo como administrador y nunca a través de un enlace, que podría hacerle escribir en otro sitio. Sustituye el enlace por un archivo normal, o elimínalo, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 leads outside %2 through a symbolic link. Capataz writes this file as administrator only inside that directory.</source>
        <translation>%1 lleva fuera de %2 a través de un enlace simbólico. Capataz solo escribe este archivo como administrador dentro de ese directorio.</translation>
    </message>
    <message>
        <source>is required by the recipe and has no value.</source>
        <translation>es obligatoria según la receta y no tiene valor.</translation>
    </message>
    <message>
        <source>holds a value the recipe forbids for a secret.</source>
        <translation>tiene un valor que la receta prohíbe para un secreto.</translation>
    </message>
    <message>
        <source>is %1 characters long; the recipe asks for at least %2.</source>
        <translation>tiene %1 caracteres; la receta pide al menos %2.</translation>
    </message>
    <message>
        <source>refers to %1, which must be set: docker compose refuses to start without it.</source>
        <translation>usa %1, que debe tener valor: docker compose no arranca sin ella.</translation>
    </message>
    <message>
        <source>has a ${…} reference that docker compose cannot read, so it refuses to start.</source>
        <translation>tiene una referencia ${…} que docker compose no sabe leer, así que no arranca.</translation>
    </message>
    <message>
        <source>refers to %1, which is not set: docker compose uses an empty value.</source>
        <translation>usa %1, que no tiene valor: docker compose usará un valor vacío.</translation>
    </message>
    <message>
        <source>is written in the compose file (service %1, line %2) with an example or well-known default value: move it to the .env file as ${%3} and give it a real value.</source>
        <translation>está escrita en el archivo compose (servicio %1, línea %2) con un valor de ejemplo o muy conocido: pásala al archivo .env como ${%3} y dale un valor real.</translation>
    </message>
    <message>
        <source>is a secret written in the compose file (service %1, line %2) and only %4 characters long; secrets need at least %5. Move it to the .env file as ${%3}.</source>
        <translation>es un secreto escrito en el archivo compose (servicio %1, línea %2) y solo tiene %4 caracteres; un secreto necesita al menos %5. Pásalo al archivo .env como ${%3}.</translation>
    </message>
    <message>
        <source>is a secret written in clear in the compose file (service %1, line %2), which is usually kept in git: move it to the .env file as ${%3}.</source>
        <translation>es un secreto escrito a la vista en el archivo compose (servicio %1, línea %2), que suele guardarse en git: pásalo al archivo .env como ${%3}.</translation>
    </message>
    <message>
        <source>is also set on line %1; docker compose uses the last one (line %2).</source>
        <translation>también se define en la línea %1; docker compose usa la última (línea %2).</translation>
    </message>
    <message>
        <source>has no “=”: docker compose takes its value from the environment it runs in.</source>
        <translation>no tiene «=»: docker compose toma su valor del entorno en el que se ejecuta.</translation>
    </message>
    <message>
        <source>still holds an example or well-known default value: replace it with a real one.</source>
        <translation>todavía tiene un valor de ejemplo o muy conocido: cámbialo por uno real.</translation>
    </message>
    <message>
        <source>is a secret and is empty.</source>
        <translation>es un secreto y está vacío.</translation>
    </message>
    <message>
        <source>is %1 characters long; secrets need at least %2.</source>
        <translation>tiene %1 caracteres; un secreto necesita al menos %2.</translation>
    </message>
    <message>
        <source>turns debug mode on in production.</source>
        <translation>activa el modo de depuración en producción.</translation>
    </message>
    <message>
        <source>allows requests from every origin (*).</source>
        <translation>acepta peticiones de cualquier origen (*).</translation>
    </message>
    <message>
        <source>is used by the compose file (line %1) without a default, and the .env file does not set it.</source>
        <translation>la usa el archivo compose (línea %1) sin valor por defecto, y el archivo .env no la define.</translation>
    </message>
    <message>
        <source>is used by the compose file (line %1) with a default; the .env file does not set it.</source>
        <translation>la usa el archivo compose (línea %1) con un valor por defecto; el archivo .env no la define.</translation>
    </message>
    <message>
        <source>must not be empty: the compose file requires it (line %1).</source>
        <translation>no puede estar vacía: el archivo compose la exige (línea %1).</translation>
    </message>
    <message>
        <source>wrote %1 (a new file)</source>
        <translation>escrito %1 (un archivo nuevo)</translation>
    </message>
    <message>
        <source>wrote %1, the previous version kept as %2</source>
        <translation>escrito %1; la versión anterior se conserva como %2</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>eliminado %1</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>restaurado %1 desde %2</translation>
    </message>
    <message>
        <source>effective configuration:</source>
        <translation>configuración efectiva:</translation>
    </message>
    <message>
        <source>Port %1 of service %2 (%3) is reachable from the internet: kept public because compose.allow_public_ports lists it.</source>
        <translation>El puerto %1 del servicio %2 (%3) es accesible desde internet: se mantiene público porque compose.allow_public_ports lo incluye.</translation>
    </message>
    <message>
        <source>Port %1 of service %2 (%3) is published on the address %4, which other machines can reach; Docker publishes it past ufw. Capataz leaves an address you chose as it is.</source>
        <translation>El puerto %1 del servicio %2 (%3) se publica en la dirección %4, a la que llegan otras máquinas; Docker lo publica saltándose ufw. Capataz deja como está una dirección que elegiste tú.</translation>
    </message>
    <message>
        <source>Port %1 of service %2 (%3) is probably %4 and is published on every interface. Docker&apos;s firewall rules come before ufw&apos;s, so it is reachable from the internet even with ufw enabled: a database or data service must not be.</source>
        <translation>El puerto %1 del servicio %2 (%3) probablemente es %4 y se publica en todas las interfaces. Las reglas de cortafuegos de Docker van antes que las de ufw, así que es accesible desde internet aunque ufw esté activo: una base de datos o un servicio de datos no debe serlo.</translation>
    </message>
    <message>
        <source>Port %1 of service %2 (%3) is an application port published on every interface. Docker&apos;s firewall rules come before ufw&apos;s, so it is reachable from the internet even with ufw enabled; usually it belongs behind nginx, bound to 127.0.0.1.</source>
        <translation>El puerto %1 del servicio %2 (%3) es un puerto de la aplicación publicado en todas las interfaces. Las reglas de cortafuegos de Docker van antes que las de ufw, así que es accesible desde internet aunque ufw esté activo; lo normal es ponerlo detrás de nginx, vinculado a 127.0.0.1.</translation>
    </message>
    <message>
        <source>change line %1 of %2 from `%3` to `%4`</source>
        <translation>cambia la línea %1 de %2 de `%3` a `%4`</translation>
    </message>
    <message>
        <source>add `host_ip: 127.0.0.1` to the port at line %1 of %2</source>
        <translation>añade `host_ip: 127.0.0.1` al puerto de la línea %1 de %2</translation>
    </message>
    <message>
        <source>bind port %1 of service %2 to 127.0.0.1 in %3</source>
        <translation>vincula el puerto %1 del servicio %2 a 127.0.0.1 en %3</translation>
    </message>
    <message>
        <source>Fixed by %1: bound to 127.0.0.1.</source>
        <translation>Resuelto con %1: vinculado a 127.0.0.1.</translation>
    </message>
    <message>
        <source>compose.bind_ports_locally is false, so no override file is written.</source>
        <translation>compose.bind_ports_locally es false, así que no se escribe ningún archivo de sustitución.</translation>
    </message>
    <message>
        <source>This compose version (%1) cannot replace ports with an override file (that needs docker compose 2.24.4 or later), so only the compose file can fix it.</source>
        <translation>Esta versión de compose (%1) no puede sustituir puertos con un archivo de sustitución (hace falta docker compose 2.24.4 o posterior), así que solo se puede arreglar en el archivo compose.</translation>
    </message>
    <message>
        <source>Port %1 of service %2 (%3) would be reachable from the internet, and in production a data service must not be. %4 Either %5, or add %6 to compose.allow_public_ports to keep it public on purpose.</source>
        <translation>El puerto %1 del servicio %2 (%3) sería accesible desde internet, y en producción un servicio de datos no debe serlo. %4 O bien %5, o añade %6 a compose.allow_public_ports para mantenerlo público a propósito.</translation>
    </message>
    <message>
        <source>%1 To bind it to 127.0.0.1: %2.</source>
        <translation>%1 Para vincularlo a 127.0.0.1: %2.</translation>
    </message>
    <message>
        <source>When you run docker compose by hand, add -f %1 after your compose files, or the ports are published on every interface again.</source>
        <translation>Cuando ejecutes docker compose a mano, añade -f %1 después de tus archivos compose; si no, los puertos vuelven a publicarse en todas las interfaces.</translation>
    </message>
    <message>
        <source>Keep published ports off the internet</source>
        <translation>Mantener los puertos publicados fuera de internet</translation>
    </message>
    <message>
        <source>Names every port the compose files publish on all interfaces (service, port, what it probably is). Docker publishes ports with its own firewall rules, ahead of ufw&apos;s, so they are reachable from the internet even with ufw enabled. Where docker compose is 2.24.4 or later, an override file next to the compose file binds them to 127.0.0.1 (your file is not edited) and the next steps use it; otherwise it says which lines to change. In production, a database or data service left public stops the plan before anything starts, unless compose.allow_public_ports lists its port.</source>
        <translation>Nombra cada puerto que los archivos compose publican en todas las interfaces (servicio, puerto, qué es probablemente). Docker publica los puertos con sus propias reglas de cortafuegos, antes que las de ufw, así que son accesibles desde internet aunque ufw esté activo. Con docker compose 2.24.4 o posterior, un archivo de sustitución junto al archivo compose los vincula a 127.0.0.1 (tu archivo no se modifica) y los pasos siguientes lo usan; si no, indica qué líneas cambiar. En producción, una base de datos o un servicio de datos que quede público detiene el plan antes de que arranque nada, salvo que compose.allow_public_ports incluya su puerto.</translation>
    </message>
    <message>
        <source>every service is running with its current configuration</source>
        <translation>todos los servicios están en marcha con su configuración actual</translation>
    </message>
    <message>
        <source>the stack is not up to date</source>
        <translation>el stack no está al día</translation>
    </message>
    <message>
        <source>the connection does not answer: waiting %1 s for the server&apos;s own revert</source>
        <translation>la conexión no responde: esperando %1 s a que el propio servidor revierta el cambio</translation>
    </message>
    <message>
        <source>%1 exists (mode %2)</source>
        <translation>%1 existe (modo %2)</translation>
    </message>
    <message>
        <source>%1 is missing: starting from its example</source>
        <translation>%1 no existe: se parte de su ejemplo</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>generated: %1</source>
        <translation>generados: %1</translation>
    </message>
    <message>
        <source>set from the answers: %1</source>
        <translation>fijados por las respuestas: %1</translation>
    </message>
    <message>
        <source>the recipe&apos;s defaults: %1</source>
        <translation>valores por defecto de la receta: %1</translation>
    </message>
    <message>
        <source>wrote %1 (a new file, mode 0600)</source>
        <translation>escrito %1 (un archivo nuevo, modo 0600)</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 restaurado</translation>
    </message>
    <message>
        <source>operating system: %1 (%2 %3), kernel %4</source>
        <translation>sistema operativo: %1 (%2 %3), kernel %4</translation>
    </message>
    <message>
        <source>id -u as root: %1</source>
        <translation>id -u como root: %1</translation>
    </message>
    <message>
        <source>docker: not installed; compose: %1</source>
        <translation>docker: no instalado; compose: %1</translation>
    </message>
    <message>
        <source>docker: %1 (the daemon answers); compose: %2</source>
        <translation>docker: %1 (el demonio responde); compose: %2</translation>
    </message>
    <message>
        <source>docker: %1 (the daemon does not answer); compose: %2</source>
        <translation>docker: %1 (el demonio no responde); compose: %2</translation>
    </message>
    <message>
        <source>no certificate at %1</source>
        <translation>no hay certificado en %1</translation>
    </message>
    <message>
        <source>a certificate for %1, valid until %2 (%3 days left)</source>
        <translation>un certificado para %1, válido hasta %2 (quedan %3 días)</translation>
    </message>
    <message>
        <source>it does not cover %1</source>
        <translation>no cubre %1</translation>
    </message>
    <message>
        <source>nothing schedules certbot renew</source>
        <translation>nada programa certbot renew</translation>
    </message>
    <message>
        <source>the renewal is scheduled by %1</source>
        <translation>la renovación la programa %1</translation>
    </message>
    <message>
        <source>no certificate %1 yet: the renewal dry run waits for it</source>
        <translation>aún no hay certificado %1: la prueba de renovación espera a que exista</translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read (%2): lines that contain them are shown as they are.</source>
        <translation>No se pudieron leer los secretos de %1 (%2): las líneas que los contengan se muestran tal cual.</translation>
    </message>
    <message>
        <source>Restore %1 from %2</source>
        <translation>Restaurar %1 desde %2</translation>
    </message>
    <message>
        <source>Make a safety backup of %1</source>
        <translation>Hacer una copia de resguardo de %1</translation>
    </message>
    <message>
        <source>Backs up the data as it is now into %1. If it fails, nothing is restored. If the restore fails, this backup is put back.</source>
        <translation>Copia los datos tal como están ahora en %1. Si falla, no se restaura nada. Si la restauración falla, se repone esta copia.</translation>
    </message>
    <message>
        <source>Replaces the data with the backup&apos;s, then checks it against the backup&apos;s manifest (row counts, or files and bytes).</source>
        <translation>Reemplaza los datos por los de la copia y luego los comprueba con el manifiesto de la copia (filas por tabla, o archivos y bytes).</translation>
    </message>
    <message>
        <source>Create Capataz&apos;s access folders</source>
        <translation>Crear las carpetas de acceso de Capataz</translation>
    </message>
    <message>
        <source>%1 holds the dispatcher, %2 the accounts&apos; settings and keys; both belong to root. They are left in place on rollback.</source>
        <translation>%1 guarda el despachador y %2 los ajustes y las claves de las cuentas; ambas son de root. Se dejan en su sitio al deshacer.</translation>
    </message>
    <message>
        <source>Install the access dispatcher %1</source>
        <translation>Instalar el despachador de accesos %1</translation>
    </message>
    <message>
        <source>The only program an access account can run. It accepts the read-only requests of the account&apos;s role, checks every word of them, and runs them with fixed arguments. Readable by anyone; the previous version is kept.</source>
        <translation>El único programa que puede ejecutar una cuenta de acceso. Acepta las peticiones de solo lectura del rol de la cuenta, comprueba cada una de sus palabras y las ejecuta con argumentos fijos. Cualquiera puede leerlo; se conserva la versión anterior.</translation>
    </message>
    <message>
        <source>Create the system user %1</source>
        <translation>Crear el usuario del sistema %1</translation>
    </message>
    <message>
        <source>No password, no home folder, and the dispatcher as its shell, so even a login that escaped sshd&apos;s rules would reach only the dispatcher. Not in the docker group, which would equal root. Rollback deletes the user if this plan created it.</source>
        <translation>Sin contraseña, sin carpeta personal y con el despachador como shell, así que incluso un inicio de sesión que escapara de las reglas de sshd solo llegaría al despachador. No está en el grupo docker, que equivaldría a root. Al deshacer se borra el usuario si lo creó este plan.</translation>
    </message>
    <message>
        <source>Write the account&apos;s settings %1</source>
        <translation>Escribir los ajustes de la cuenta %1</translation>
    </message>
    <message>
        <source>Its role, the project, the log files, units and ports it may use. The dispatcher reads nothing else.</source>
        <translation>Su rol, el proyecto y los archivos de registro, unidades y puertos que puede usar. El despachador no lee nada más.</translation>
    </message>
    <message>
        <source>Write the account&apos;s public key %1</source>
        <translation>Escribir la clave pública de la cuenta %1</translation>
    </message>
    <message>
        <source>Owned by root, so the account cannot add keys; &apos;restrict&apos; turns off terminals and forwarding but to the allowed ports.</source>
        <translation>Es de root, así que la cuenta no puede añadir claves; «restrict» desactiva las terminales y los reenvíos salvo a los puertos permitidos.</translation>
    </message>
    <message>
        <source>Allow %1 to run only the dispatcher as root</source>
        <translation>Permitir a %1 ejecutar como root solo el despachador</translation>
    </message>
    <message>
        <source>The rule names one program (%1 --as-root), which checks each request again as root. visudo checks the file before it is put in place: a broken sudoers file would stop sudo for everyone.</source>
        <translation>La regla nombra un solo programa (%1 --as-root), que vuelve a comprobar cada petición como root. visudo revisa el archivo antes de ponerlo en su sitio: un archivo sudoers roto dejaría sin sudo a todo el mundo.</translation>
    </message>
    <message>
        <source>Limit %1 in sshd&apos;s settings</source>
        <translation>Limitar %1 en los ajustes de sshd</translation>
    </message>
    <message>
        <source>A Match block in %1: only public keys from the account&apos;s key file, every request to the dispatcher, no terminal, no agent or X11 forwarding, TCP forwarding only to the allowed loopback ports. sshd -t checks it before the reload; a new login of yours must work afterwards, or the server puts the previous settings back by itself.</source>
        <translation>Un bloque Match en %1: solo claves públicas del archivo de claves de la cuenta, cada petición al despachador, sin terminal, sin reenvío de agente ni de X11, reenvío TCP solo a los puertos locales permitidos. sshd -t lo comprueba antes de recargar; después debe funcionar un nuevo inicio de sesión tuyo, o el servidor vuelve solo a los ajustes anteriores.</translation>
    </message>
    <message>
        <source>Revoke the access account %1</source>
        <translation>Retirar la cuenta de acceso %1</translation>
    </message>
    <message>
        <source>Remove %1&apos;s block from sshd</source>
        <translation>Quitar el bloque de %1 de sshd</translation>
    </message>
    <message>
        <source>From now on the account cannot log in. sshd -t checks the change and a new login of yours must work afterwards.</source>
        <translation>Desde ahora la cuenta no puede entrar. sshd -t comprueba el cambio y después debe funcionar un nuevo inicio de sesión tuyo.</translation>
    </message>
    <message>
        <source>End %1&apos;s open sessions</source>
        <translation>Cerrar las sesiones abiertas de %1</translation>
    </message>
    <message>
        <source>Logs and tunnels it has open now are closed.</source>
        <translation>Se cierran los registros y túneles que tenga abiertos.</translation>
    </message>
    <message>
        <source>Remove the sudoers rule %1</source>
        <translation>Quitar la regla de sudoers %1</translation>
    </message>
    <message>
        <source>Remove the public key %1</source>
        <translation>Quitar la clave pública %1</translation>
    </message>
    <message>
        <source>Remove the account&apos;s settings %1</source>
        <translation>Quitar los ajustes de la cuenta %1</translation>
    </message>
    <message>
        <source>Kept in %1 until the plan has ended, put back on rollback.</source>
        <translation>Se guarda en %1 hasta que el plan termine y se repone al deshacer.</translation>
    </message>
    <message>
        <source>Delete the system user %1</source>
        <translation>Borrar el usuario del sistema %1</translation>
    </message>
    <message>
        <source>It owns no files: it had no home folder.</source>
        <translation>No es dueño de ningún archivo: no tenía carpeta personal.</translation>
    </message>
    <message>
        <source>Forget what was kept for the rollback</source>
        <translation>Olvidar lo guardado para deshacer</translation>
    </message>
    <message>
        <source>Deletes %1: the account is gone.</source>
        <translation>Borra %1: la cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Give %1 an owner&apos;s access (account %2)</source>
        <translation>Dar a %1 acceso de propietario (cuenta %2)</translation>
    </message>
    <message>
        <source>Give %1 a support access (account %2)</source>
        <translation>Dar a %1 acceso de soporte (cuenta %2)</translation>
    </message>
</context>
<context>
    <name>capataz::status</name>
    <message>
        <source>the server does not answer</source>
        <translation>el servidor no responde</translation>
    </message>
    <message>
        <source>the service does not answer</source>
        <translation>el servicio no responde</translation>
    </message>
    <message>
        <source>part of the system has stopped</source>
        <translation>una parte del sistema se ha detenido</translation>
    </message>
    <message>
        <source>the state of the system could not be read</source>
        <translation>no se pudo leer el estado del sistema</translation>
    </message>
    <message>
        <source>the security certificate has expired</source>
        <translation>el certificado de seguridad ha caducado</translation>
    </message>
    <message>
        <source>the security certificate ends soon</source>
        <translation>el certificado de seguridad caduca pronto</translation>
    </message>
    <message>
        <source>the disk is almost full</source>
        <translation>el disco está casi lleno</translation>
    </message>
    <message>
        <source>the monitoring reports a problem</source>
        <translation>la supervisión informa de un problema</translation>
    </message>
    <message>
        <source>the last backup is late</source>
        <translation>la última copia de seguridad se ha retrasado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>El servidor no responde.</translation>
    </message>
    <message>
        <source>The server has not answered for %1.</source>
        <translation>El servidor no responde desde hace %1.</translation>
    </message>
    <message>
        <source>The service does not answer: people cannot use it now.</source>
        <translation>El servicio no responde: ahora nadie puede usarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the system stopped working.</source>
        <translation>
            <numerusform>%n parte del sistema dejó de funcionar.</numerusform>
            <numerusform>%n partes del sistema dejaron de funcionar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The state of the system could not be read.</source>
        <translation>No se pudo leer el estado del sistema.</translation>
    </message>
    <message>
        <source>The security certificate of the web address has expired: browsers warn visitors.</source>
        <translation>El certificado de seguridad de la dirección web ha caducado: los navegadores avisan a los visitantes.</translation>
    </message>
    <message numerus="yes">
        <source>The security certificate of the web address ends in %n day(s).</source>
        <translation>
            <numerusform>El certificado de seguridad de la dirección web caduca en %n día.</numerusform>
            <numerusform>El certificado de seguridad de la dirección web caduca en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is almost full (%1% used).</source>
        <translation>El disco está casi lleno (%1% usado).</translation>
    </message>
    <message numerus="yes">
        <source>The monitoring reports %n problem(s).</source>
        <translation>
            <numerusform>La supervisión informa de %n problema.</numerusform>
            <numerusform>La supervisión informa de %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The last backup is %1 old: later than planned.</source>
        <translation>La última copia de seguridad es de hace %1: más tarde de lo previsto.</translation>
    </message>
    <message>
        <source>Everything is working.</source>
        <translation>Todo funciona.</translation>
    </message>
    <message>
        <source>Maintenance under way until %1: %2</source>
        <translation>Mantenimiento en curso hasta %1: %2</translation>
    </message>
    <message>
        <source>The server does not answer (no answer since %1).</source>
        <translation>El servidor no responde (sin respuesta desde %1).</translation>
    </message>
    <message>
        <source>Something needs checking: %1.</source>
        <translation>Hay algo que revisar: %1.</translation>
    </message>
    <message>
        <source>If this goes on, call %1.</source>
        <translation>Si sigue así, llama a %1.</translation>
    </message>
    <message>
        <source>If this goes on, call %1: %2.</source>
        <translation>Si sigue así, llama a %1: %2.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AccessDialog</name>
    <message>
        <source>Save the new private key as</source>
        <translation>Guardar la clave privada nueva como</translation>
    </message>
    <message>
        <source>Access accounts — %1</source>
        <translation>Cuentas de acceso — %1</translation>
    </message>
    <message>
        <source>Accounts on %1 for support staff and owners. The server itself enforces what each role may do: every request of such an account goes to one fixed program that accepts only its role&apos;s read-only requests. Support: logs, metrics, status and the backup list. Owner: the status page only. Neither can change the server, restore a backup or run a command.</source>
        <translation>Cuentas en %1 para el personal de soporte y los propietarios. El propio servidor impone lo que puede hacer cada rol: cada petición de una de estas cuentas va a un único programa fijo que solo acepta las peticiones de solo lectura de su rol. Soporte: registros, métricas, estado y la lista de copias. Propietario: solo la página de estado. Ninguno puede cambiar el servidor, restaurar una copia ni ejecutar órdenes.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>Dar acceso</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;tirar…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>e.g. María López</source>
        <translation>p. ej. María López</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Support: logs, metrics and status</source>
        <translation>Soporte: registros, métricas y estado</translation>
    </message>
    <message>
        <source>Owner: the status page only</source>
        <translation>Propietario: solo la página de estado</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Make a key pair on this computer</source>
        <translation>Crear un par de claves en este equipo</translation>
    </message>
    <message>
        <source>Use the person&apos;s public key</source>
        <translation>Usar la clave pública de la persona</translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation>Clave p&amp;ública:</translation>
    </message>
    <message>
        <source>Paste the line of their .pub file: ssh-ed25519 AAAA… name</source>
        <translation>Pega la línea de su archivo .pub: ssh-ed25519 AAAA… nombre</translation>
    </message>
    <message>
        <source>&amp;Save the key as:</source>
        <translation>&amp;Guardar la clave como:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Also add a profile for this account on this computer</source>
        <translation>Añadir también un perfil para esta cuenta en este equipo</translation>
    </message>
    <message>
        <source>&amp;Log files:</source>
        <translation>Archivos de &amp;registro:</translation>
    </message>
    <message>
        <source>One absolute path per line, e.g. /var/log/nginx/access.log</source>
        <translation>Una ruta absoluta por línea, p. ej. /var/log/nginx/access.log</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>journald units, separated by commas, e.g. nginx.service</source>
        <translation>Unidades de journald separadas por comas, p. ej. nginx.service</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Give access</source>
        <translation>&amp;Dar acceso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Account on the server: %1</source>
        <translation>Cuenta en el servidor: %1</translation>
    </message>
    <message>
        <source>Reads the project&apos;s compose logs, the log files and units below, the compose status and the metrics; sees the status and the backup list. Cannot restore or change anything.</source>
        <translation>Lee los registros de compose del proyecto, los archivos de registro y unidades de abajo, el estado de compose y las métricas; ve el estado y la lista de copias. No puede restaurar ni cambiar nada.</translation>
    </message>
    <message>
        <source>Sees whether the service works, the last backup, the certificate and the disk space. Reads no logs.</source>
        <translation>Ve si el servicio funciona, la última copia, el certificado y el espacio en disco. No lee registros.</translation>
    </message>
    <message>
        <source>Connect to the server to see and change its access accounts.</source>
        <translation>Conéctate al servidor para ver y cambiar sus cuentas de acceso.</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Leyendo las cuentas…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Puede entrar</translation>
    </message>
    <message>
        <source>Incomplete: give access again</source>
        <translation>Incompleta: vuelve a dar el acceso</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>No se pudieron leer las cuentas: %1</translation>
    </message>
    <message>
        <source>This server has no access accounts yet. Give one in the next tab.</source>
        <translation>Este servidor aún no tiene cuentas de acceso. Da una en la pestaña siguiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n cuenta.</numerusform>
            <numerusform>%n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>Comprobando qué cambiaría…</translation>
    </message>
    <message>
        <source>This is what giving access would do. Nothing has been changed yet.</source>
        <translation>Esto es lo que haría dar el acceso. Todavía no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The checks could not all run; the preview may be incomplete.</source>
        <translation>No se pudieron hacer todas las comprobaciones; la vista previa puede estar incompleta.</translation>
    </message>
    <message>
        <source>Making the key pair…</source>
        <translation>Creando el par de claves…</translation>
    </message>
    <message>
        <source>Giving access to %1…</source>
        <translation>Dando acceso a %1…</translation>
    </message>
    <message>
        <source>Access was not given; every change was undone. The steps on the right say why.</source>
        <translation>No se dio el acceso; se deshizo cada cambio. Los pasos de la derecha dicen por qué.</translation>
    </message>
    <message>
        <source>Access given: account %1 (%2).</source>
        <translation>Acceso dado: cuenta %1 (%2).</translation>
    </message>
    <message>
        <source>Hand the private key %1 to the person; it has no passphrase yet.</source>
        <translation>Entrega la clave privada %1 a la persona; aún no tiene frase de paso.</translation>
    </message>
    <message>
        <source>Profile %1 added.</source>
        <translation>Perfil %1 añadido.</translation>
    </message>
    <message>
        <source>The profile could not be added: %1</source>
        <translation>No se pudo añadir el perfil: %1</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Retirar el acceso</translation>
    </message>
    <message>
        <source>Revoke %1? The person can no longer log in to %2, and open sessions are closed.</source>
        <translation>¿Retirar %1? La persona ya no podrá entrar en %2 y se cierran sus sesiones abiertas.</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>Retirando %1…</translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation>Se retiró %1.</translation>
    </message>
    <message>
        <source>%1 could not be revoked; what was removed was put back.</source>
        <translation>No se pudo retirar %1; se repuso lo que se había quitado.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AlertListDialog</name>
    <message>
        <source>Alerts of %1</source>
        <translation>Alertas de %1</translation>
    </message>
    <message>
        <source>Alerts are evaluated only while this console is open and %1 is connected: when Capataz is closed, nothing watches the server and no alert is sent.</source>
        <translation>Las alertas solo se evalúan mientras esta consola está abierta y %1 conectado: con Capataz cerrado, nada vigila el servidor y no se envía ninguna alerta.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>&amp;Editar regla…</translation>
    </message>
    <message>
        <source>Change the selected rule&apos;s threshold, duration, or turn it off</source>
        <translation>Cambia el umbral o la duración de la regla elegida, o desactívala</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults…</source>
        <translation>&amp;Restablecer las predeterminadas…</translation>
    </message>
    <message>
        <source>Go back to the recipe&apos;s and node-exporter&apos;s rules, dropping every change</source>
        <translation>Vuelve a las reglas de la receta y de node-exporter, descartando todos los cambios</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>As an administrator you may change a rule&apos;s threshold, how long it must hold and whether it is on, and reset the rules to the defaults. Support sees this list without changing it.</source>
        <translation>Como administrador puedes cambiar el umbral de una regla, cuánto tiempo debe cumplirse y si está activada, y restablecer las reglas predeterminadas. Soporte ve esta lista sin cambiarla.</translation>
    </message>
    <message>
        <source>Support sees the alerts and their rules but does not change them: an administrator of this server changes thresholds and durations.</source>
        <translation>Soporte ve las alertas y sus reglas pero no las cambia: un administrador de este servidor cambia umbrales y duraciones.</translation>
    </message>
    <message>
        <source>An owner sees this list only; an administrator of this server changes the rules.</source>
        <translation>Un propietario solo ve esta lista; un administrador de este servidor cambia las reglas.</translation>
    </message>
    <message>
        <source>Not evaluated: an owner profile does not read this server&apos;s metrics.</source>
        <translation>Sin evaluar: un perfil de propietario no lee las métricas de este servidor.</translation>
    </message>
    <message>
        <source>Not evaluated now: %1 is not connected. The states below are from the last evaluation, if any.</source>
        <translation>Sin evaluar ahora: %1 no está conectado. Los estados de abajo son de la última evaluación, si la hubo.</translation>
    </message>
    <message>
        <source>Not evaluated now: reading metrics is turned off for this server.</source>
        <translation>Sin evaluar ahora: la lectura de métricas está desactivada para este servidor.</translation>
    </message>
    <message>
        <source>Evaluated every %1 while connected.</source>
        <translation>Se evalúan cada %1 mientras hay conexión.</translation>
    </message>
    <message>
        <source>The rules file %1 could not be used, so the rules before it stay in use: %2</source>
        <translation>No se pudo usar el archivo de reglas %1, así que siguen en uso las reglas anteriores: %2</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Turned off: not evaluated.</source>
        <translation>Desactivada: no se evalúa.</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>Alert rule</source>
        <translation>Regla de alerta</translation>
    </message>
    <message>
        <source>Reset alert rules</source>
        <translation>Restablecer las reglas de alerta</translation>
    </message>
    <message>
        <source>Go back to the default rules for %1? Every change made to its rules on this computer is dropped.</source>
        <translation>¿Volver a las reglas predeterminadas de %1? Se descartan todos los cambios hechos a sus reglas en este ordenador.</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Nueva regla…</translation>
    </message>
    <message>
        <source>A rule of your own: a PromQL expression with its condition, how long it must hold, its severity and what it says</source>
        <translation>Una regla propia: una expresión PromQL con su condición, cuánto debe cumplirse, su gravedad y lo que dice</translation>
    </message>
    <message>
        <source>Re&amp;move rule…</source>
        <translation>&amp;Quitar regla…</translation>
    </message>
    <message>
        <source>Remove the selected rule (only one made on this computer: the recipe&apos;s rules can be turned off instead)</source>
        <translation>Quita la regla seleccionada (solo una creada en este equipo: las reglas de la receta se pueden desactivar)</translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation>Nueva regla de alerta</translation>
    </message>
    <message>
        <source>Remove alert rule</source>
        <translation>Quitar regla de alerta</translation>
    </message>
    <message>
        <source>Remove the rule %1 from %2? It is no longer evaluated and its alerts end.</source>
        <translation>¿Quitar la regla %1 de %2? Deja de evaluarse y sus alertas terminan.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AlertNotifier</name>
    <message>
        <source>Critical alert on %1</source>
        <translation>Alerta crítica en %1</translation>
    </message>
    <message>
        <source>Alert on %1</source>
        <translation>Alerta en %1</translation>
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
        <translation>Regla de alerta %1</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Durante:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the condition must hold before the alert fires; 0 fires at once.</source>
        <translation>Cuánto tiempo debe cumplirse la condición antes de que salte la alerta; 0 salta en el acto.</translation>
    </message>
    <message>
        <source>&amp;Enabled: evaluate this rule and notify when it fires</source>
        <translation>&amp;Activada: evaluar esta regla y avisar cuando salte</translation>
    </message>
    <message>
        <source>The alert&apos;s condition holds when the expression&apos;s value is %1 this.</source>
        <translation>La condición de la alerta se cumple cuando el valor de la expresión es %1 este.</translation>
    </message>
    <message>
        <source>This rule&apos;s condition is part of its expression.</source>
        <translation>La condición de esta regla forma parte de su expresión.</translation>
    </message>
    <message>
        <source>The changes are saved for this server on this computer; Reset to defaults in the alert list brings back the recipe&apos;s rules.</source>
        <translation>Los cambios se guardan para este servidor en este ordenador; Restablecer las predeterminadas en la lista de alertas devuelve las reglas de la receta.</translation>
    </message>
    <message>
        <source>This rule&apos;s condition is written in its expression (%1), so it has no separate threshold. The changes are saved for this server on this computer.</source>
        <translation>La condición de esta regla está escrita en su expresión (%1), así que no tiene un umbral aparte. Los cambios se guardan para este servidor en este ordenador.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Dé un nombre a la regla.</translation>
    </message>
    <message>
        <source>A rule&apos;s name is letters, digits and &apos;_&apos;, starting with a letter (HighErrorRate).</source>
        <translation>El nombre de una regla lleva letras, cifras y «_», y empieza por una letra (HighErrorRate).</translation>
    </message>
    <message>
        <source>This server already has a rule called %1.</source>
        <translation>Este servidor ya tiene una regla llamada %1.</translation>
    </message>
    <message>
        <source>Write the rule&apos;s expression, with its condition: avg(weighing_estimation_confidence) &lt; 0.95</source>
        <translation>Escriba la expresión de la regla, con su condición: avg(weighing_estimation_confidence) &lt; 0.95</translation>
    </message>
    <message>
        <source>Write what the alert says when it fires, in English or Spanish (or both).</source>
        <translation>Escriba lo que dice la alerta cuando salta, en inglés o en español (o en ambos).</translation>
    </message>
    <message>
        <source>The expression cannot be read: %1</source>
        <translation>La expresión no se puede leer: %1</translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation>Nueva regla de alerta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>E&amp;xpresión:</translation>
    </message>
    <message>
        <source>The recipe&apos;s expression: it stays as the recipe wrote it.</source>
        <translation>La expresión de la receta: queda como la escribió la receta.</translation>
    </message>
    <message>
        <source>PromQL with its condition, as Prometheus&apos;s alerting rules write it: the alert holds for every series the expression returns.</source>
        <translation>PromQL con su condición, como la escriben las reglas de alerta de Prometheus: la alerta se cumple para cada serie que devuelve la expresión.</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Summary (&amp;English):</source>
        <translation>Resumen (&amp;inglés):</translation>
    </message>
    <message>
        <source>Summary (S&amp;panish):</source>
        <translation>Resumen (es&amp;pañol):</translation>
    </message>
    <message>
        <source>What the alert says when it fires; {{ $value }} is the value, {{ $labels.NAME }} a label&apos;s value.</source>
        <translation>Lo que dice la alerta cuando salta; {{ $value }} es el valor, {{ $labels.NAME }} el valor de una etiqueta.</translation>
    </message>
    <message>
        <source>The rule is saved for this server on this computer and evaluated while the console runs and the server is connected.</source>
        <translation>La regla se guarda para este servidor en este equipo y se evalúa mientras la consola está abierta y el servidor conectado.</translation>
    </message>
    <message>
        <source>A rule made on this computer: everything in it can change. The changes are saved for this server on this computer.</source>
        <translation>Una regla creada en este equipo: todo en ella se puede cambiar. Los cambios se guardan para este servidor en este equipo.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AlertText</name>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Saltando</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Código de salida</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>capataz::ui::AuditView</name>
    <message numerus="yes">
        <source>%n entries match</source>
        <translation>
            <numerusform>%n entrada coincide</numerusform>
            <numerusform>%n entradas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entrada mostrada</numerusform>
            <numerusform>%n entradas mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n entrada escrita en %1</numerusform>
            <numerusform>%n entradas escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tiempo:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Text in the step, result or detail</source>
        <translation>Texto del paso, el resultado o el detalle</translation>
    </message>
    <message>
        <source>&amp;Commands, output and changes of the selected entry:</source>
        <translation>Ó&amp;rdenes, salida y cambios de la entrada seleccionada:</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Todos los servidores</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Todos los planes</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the entries the filters show to a CSV file</source>
        <translation>Escribe en un archivo CSV las entradas que muestran los filtros</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>capataz::ui::BackupTab</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last restore drill</source>
        <translation>Última prueba de restauración</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Copiar ahora</translation>
    </message>
    <message>
        <source>&amp;Drill selected</source>
        <translation>&amp;Probar la seleccionada</translation>
    </message>
    <message>
        <source>&amp;Restore selected...</source>
        <translation>&amp;Restaurar la seleccionada...</translation>
    </message>
    <message>
        <source>Connect to the server to see its backups.</source>
        <translation>Conéctate al servidor para ver sus copias.</translation>
    </message>
    <message>
        <source>The project&apos;s recipe names nothing to back up.</source>
        <translation>La receta del proyecto no indica nada que copiar.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>no manifest</source>
        <translation>sin manifiesto</translation>
    </message>
    <message>
        <source>size differs from its manifest</source>
        <translation>el tamaño no coincide con su manifiesto</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>superada %1</translation>
    </message>
    <message>
        <source>FAILED %1</source>
        <translation>FALLIDA %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the backups in %1...</source>
        <translation>Leyendo las copias en %1...</translation>
    </message>
    <message>
        <source>No backup of this project exists on the server yet.</source>
        <translation>Aún no hay ninguna copia de este proyecto en el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1.</source>
        <translation>
            <numerusform>%n copia en %1.</numerusform>
            <numerusform>%n copias en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Copiando...</translation>
    </message>
    <message>
        <source>Backing up %1...</source>
        <translation>Copiando %1...</translation>
    </message>
    <message>
        <source>Restoring %1 into a throwaway copy to prove it restores...</source>
        <translation>Restaurando %1 en una copia desechable para demostrar que se restaura...</translation>
    </message>
    <message>
        <source>The restore drill of %1 passed: it restores as its manifest says.</source>
        <translation>La prueba de restauración de %1 se superó: se restaura como dice su manifiesto.</translation>
    </message>
    <message>
        <source>The restore drill of %1 FAILED: %2</source>
        <translation>La prueba de restauración de %1 FALLÓ: %2</translation>
    </message>
    <message>
        <source>%1 has no manifest: Capataz cannot check a restore of it.</source>
        <translation>%1 no tiene manifiesto: Capataz no puede comprobar su restauración.</translation>
    </message>
    <message>
        <source>Checking %1 before restoring it...</source>
        <translation>Comprobando %1 antes de restaurarla...</translation>
    </message>
    <message>
        <source>Restoring %1 (a safety backup first)...</source>
        <translation>Restaurando %1 (antes, una copia de resguardo)...</translation>
    </message>
    <message>
        <source>The restore of %1 failed; the safety backup was put back, so the data is as it was.</source>
        <translation>La restauración de %1 falló; se repuso la copia de resguardo, así que los datos están como estaban.</translation>
    </message>
    <message>
        <source>The restore of %1 failed before anything was changed.</source>
        <translation>La restauración de %1 falló antes de cambiar nada.</translation>
    </message>
    <message>
        <source>Restored %1; the data matches its manifest.</source>
        <translation>Restaurada %1; los datos coinciden con su manifiesto.</translation>
    </message>
    <message>
        <source>&amp;Verify selected</source>
        <translation>&amp;Verificar la seleccionada</translation>
    </message>
    <message>
        <source>Do&amp;wnload selected...</source>
        <translation>&amp;Descargar la seleccionada...</translation>
    </message>
    <message>
        <source>&amp;Upload...</source>
        <translation>&amp;Subir...</translation>
    </message>
    <message>
        <source>&amp;Schedule...</source>
        <translation>Pro&amp;gramar...</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Read the list of backups on the server again.</source>
        <translation>Vuelve a leer la lista de copias del servidor.</translation>
    </message>
    <message>
        <source>Back up the project&apos;s databases and volumes on the server now.</source>
        <translation>Hace ahora, en el servidor, una copia de las bases de datos y los volúmenes del proyecto.</translation>
    </message>
    <message>
        <source>Hash the selected backup on the server and compare it with its manifest.</source>
        <translation>Calcula en el servidor la suma de comprobación de la copia seleccionada y la compara con su manifiesto.</translation>
    </message>
    <message>
        <source>Restore the selected backup into a throwaway copy on the server and compare it with its manifest; the live data is not touched.</source>
        <translation>Restaura la copia seleccionada en una copia desechable del servidor y la compara con su manifiesto; los datos en uso no se tocan.</translation>
    </message>
    <message>
        <source>Replace the live data with the selected backup (a safety backup is made first).</source>
        <translation>Reemplaza los datos en uso por la copia seleccionada (antes se hace una copia de resguardo).</translation>
    </message>
    <message>
        <source>Copy the selected backup and its manifest to a folder on this computer.</source>
        <translation>Copia la copia seleccionada y su manifiesto a una carpeta de este equipo.</translation>
    </message>
    <message>
        <source>Copy a backup from this computer (with its manifest) back to the server.</source>
        <translation>Sube al servidor una copia de este equipo (con su manifiesto).</translation>
    </message>
    <message>
        <source>See and change when the server backs up by itself, and how the last run went.</source>
        <translation>Muestra y cambia cuándo hace copias el servidor por sí solo, y cómo fue la última ejecución.</translation>
    </message>
    <message>
        <source>Your profile for this server has the support role: it may list, verify and download backups; this needs an admin profile.</source>
        <translation>Tu perfil para este servidor tiene el rol de soporte: puede ver, verificar y descargar copias; esto requiere un perfil de administrador.</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>Primero selecciona una copia de la lista.</translation>
    </message>
    <message>
        <source>Reading %1 on the server and comparing its checksum with its manifest...</source>
        <translation>Leyendo %1 en el servidor y comparando su suma de comprobación con su manifiesto...</translation>
    </message>
    <message>
        <source>%1 is intact: its size (%2) and its SHA-256 checksum on the server match its manifest.</source>
        <translation>%1 está intacta: su tamaño (%2) y su suma de comprobación SHA-256 en el servidor coinciden con su manifiesto.</translation>
    </message>
    <message>
        <source>Do not rely on %1: it does NOT match its manifest. Make a new backup, or use an older one that verifies.</source>
        <translation>No confíes en %1: NO coincide con su manifiesto. Haz una copia nueva o usa una más antigua que se verifique.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Choose the folder to save the backup in</source>
        <translation>Elige la carpeta donde guardar la copia</translation>
    </message>
    <message>
        <source>Downloading %1 to %2...</source>
        <translation>Descargando %1 en %2...</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled. What arrived is kept: downloading it again to the same folder goes on from there.</source>
        <translation>Se canceló la descarga de %1. Lo recibido se conserva: si la vuelves a descargar en la misma carpeta, continúa desde ahí.</translation>
    </message>
    <message>
        <source>The download of %1 failed.</source>
        <translation>Falló la descarga de %1.</translation>
    </message>
    <message>
        <source>Saved %1 (%2) on this computer, with its manifest beside it; its SHA-256 checksum matches the manifest.</source>
        <translation>Guardada %1 (%2) en este equipo, con su manifiesto al lado; su suma de comprobación SHA-256 coincide con el manifiesto.</translation>
    </message>
    <message>
        <source>(Continued an earlier download at %1.)</source>
        <translation>(Continuó una descarga anterior a partir de %1.)</translation>
    </message>
    <message>
        <source>Choose a backup to upload</source>
        <translation>Elige la copia que quieres subir</translation>
    </message>
    <message>
        <source>Backups (*.zst *.gz)</source>
        <translation>Copias de seguridad (*.zst *.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 has no manifest beside it (%1.manifest.json), so Capataz cannot check it. Upload a backup downloaded with Capataz: its manifest comes with it.</source>
        <translation>%1 no tiene su manifiesto al lado (%1.manifest.json), así que Capataz no puede comprobarla. Sube una copia descargada con Capataz: su manifiesto viene con ella.</translation>
    </message>
    <message>
        <source>Uploading %1 to the server...</source>
        <translation>Subiendo %1 al servidor...</translation>
    </message>
    <message>
        <source>The upload of %1 was cancelled. What arrived is kept on the server: uploading it again goes on from there.</source>
        <translation>Se canceló la subida de %1. Lo recibido se conserva en el servidor: si la vuelves a subir, continúa desde ahí.</translation>
    </message>
    <message>
        <source>%1 is already on the server; nothing was uploaded.</source>
        <translation>%1 ya está en el servidor; no se subió nada.</translation>
    </message>
    <message>
        <source>The upload of %1 failed.</source>
        <translation>Falló la subida de %1.</translation>
    </message>
    <message>
        <source>Uploaded %1; the server&apos;s SHA-256 checksum matches its manifest.</source>
        <translation>Subida %1; la suma de comprobación SHA-256 del servidor coincide con su manifiesto.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::BrowseButton</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a folder on this computer</source>
        <translation>Elige una carpeta de este equipo</translation>
    </message>
    <message>
        <source>Choose a file on this computer</source>
        <translation>Elige un archivo de este equipo</translation>
    </message>
    <message>
        <source>Choose the folder to upload</source>
        <translation>Elige la carpeta que se subirá</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Elige un archivo de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ComposePage</name>
    <message>
        <source>Start the services</source>
        <translation>Iniciar los servicios</translation>
    </message>
    <message>
        <source>Starts the project with docker compose using the recipe&apos;s files and profiles. First the effective configuration is shown (with the .env values filled in, secrets hidden), then the images are pulled or built and the services started in the background. The page waits until every service is running, and healthy where it has a health check; if one fails, its last log lines are shown.</source>
        <translation>Inicia el proyecto con docker compose usando los archivos y perfiles de la receta. Primero se muestra la configuración efectiva (con los valores del .env sustituidos y los secretos ocultos); después se descargan o construyen las imágenes y se inician los servicios en segundo plano. La página espera hasta que todos los servicios estén en marcha, y sanos si tienen comprobación de salud; si alguno falla, se muestran sus últimas líneas de registro.</translation>
    </message>
    <message>
        <source>&amp;Pull the images first</source>
        <translation>&amp;Descargar primero las imágenes</translation>
    </message>
    <message>
        <source>Remove containers of services no longer in the compose files</source>
        <translation>Eliminar los contenedores de servicios que ya no están en los archivos de compose</translation>
    </message>
    <message>
        <source>&amp;Build images:</source>
        <translation>&amp;Construir imágenes:</translation>
    </message>
    <message>
        <source>&amp;Wait for the services up to:</source>
        <translation>&amp;Esperar a los servicios hasta:</translation>
    </message>
    <message>
        <source>Services that have a build section</source>
        <translation>Servicios que tienen una sección build</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Reinicios</translation>
    </message>
    <message>
        <source>The state of each service is read after every run.</source>
        <translation>El estado de cada servicio se lee después de cada ejecución.</translation>
    </message>
    <message>
        <source>Reading the services&apos; state…</source>
        <translation>Leyendo el estado de los servicios…</translation>
    </message>
    <message>
        <source>Could not read the services&apos; state: %1</source>
        <translation>No se pudo leer el estado de los servicios: %1</translation>
    </message>
    <message>
        <source>exited (code %1)</source>
        <translation>terminado (código %1)</translation>
    </message>
    <message>
        <source>no container</source>
        <translation>sin contenedor</translation>
    </message>
    <message>
        <source>no health check</source>
        <translation>sin comprobación de salud</translation>
    </message>
    <message>
        <source>Every service is running and healthy.</source>
        <translation>Todos los servicios están en marcha y sanos.</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>Esperando a: %1</translation>
    </message>
    <message>
        <source>Failed: %1 (the Progress tab shows their last log lines)</source>
        <translation>Con errores: %1 (la pestaña Progreso muestra sus últimas líneas de registro)</translation>
    </message>
    <message>
        <source>healthy</source>
        <comment>container health</comment>
        <translation>sano</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <comment>container health</comment>
        <translation>con fallos</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>container health</comment>
        <translation>arrancando</translation>
    </message>
    <message>
        <source>running</source>
        <comment>container state</comment>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>restarting</source>
        <comment>container state</comment>
        <translation>reiniciándose</translation>
    </message>
    <message>
        <source>created</source>
        <comment>container state</comment>
        <translation>creado</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>container state</comment>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>dead</source>
        <comment>container state</comment>
        <translation>muerto</translation>
    </message>
    <message>
        <source>Bind published ports to 127.0.0.1 with an &amp;override file</source>
        <translation>Vincular los puertos publicados a 127.0.0.1 con un archivo de &amp;sustitución</translation>
    </message>
    <message>
        <source>Docker publishes ports past ufw. With docker compose 2.24.4 or later, an override file next to your compose file (which is not edited) binds them to 127.0.0.1; with older versions the plan says which lines to change.</source>
        <translation>Docker publica los puertos saltándose ufw. Con docker compose 2.24.4 o posterior, un archivo de sustitución junto a tu archivo compose (que no se modifica) los vincula a 127.0.0.1; con versiones anteriores el plan indica qué líneas cambiar.</translation>
    </message>
    <message>
        <source>Ports &amp;kept public:</source>
        <translation>Puertos &amp;públicos a propósito:</translation>
    </message>
    <message>
        <source>none (for example: 8000 9001)</source>
        <translation>ninguno (por ejemplo: 8000 9001)</translation>
    </message>
    <message>
        <source>Published ports that stay reachable from the internet on purpose. A database port left public and not listed here stops the plan.</source>
        <translation>Puertos publicados que siguen accesibles desde internet a propósito. Un puerto de base de datos que quede público y no esté aquí detiene el plan.</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Puertos publicados</translation>
    </message>
    <message>
        <source>The published ports are checked when the plan runs (also in a dry run): each port open to other machines is named here.</source>
        <translation>Los puertos publicados se comprueban al ejecutar el plan (también en una prueba): aquí aparece cada puerto abierto a otras máquinas.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ConnectController</name>
    <message>
        <source>Could not connect</source>
        <translation>No se pudo conectar</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>No se pudo conectar con %1.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>support</source>
        <translation>soporte</translation>
    </message>
    <message>
        <source>Role on the server</source>
        <translation>Rol en el servidor</translation>
    </message>
    <message>
        <source>The server gives the access account of %1 the %2 role, not the role of this profile.</source>
        <translation>El servidor da a la cuenta de acceso de %1 el rol de %2, no el rol de este perfil.</translation>
    </message>
    <message>
        <source>The server allows only what the %1 role may do. Edit the server and choose %1 so that this computer shows the same.</source>
        <translation>El servidor solo permite lo que puede hacer el rol de %1. Edite el servidor y elija %1 para que este equipo muestre lo mismo.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ConnectDialog</name>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)…</source>
        <translation>Conectando con %1 (%2)…</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the server&apos;s identity.</source>
        <translation>Esperando a que confirmes la identidad del servidor.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Reaching the server and checking its identity…</source>
        <translation>Contactando con el servidor y comprobando su identidad…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ConsoleOutput</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ConsoleTab</name>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>Command to run on the server, e.g. docker compose ps</source>
        <translation>Comando para ejecutar en el servidor, p. ej., docker compose ps</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>A shell command line, run with sh -c on the server. Up and Down recall earlier commands.</source>
        <translation>Una línea de comandos de shell, que se ejecuta con sh -c en el servidor. Las flechas arriba y abajo recuperan los comandos anteriores.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the running command on the server</source>
        <translation>Detener el comando que se está ejecutando en el servidor</translation>
    </message>
    <message>
        <source>Run as root</source>
        <translation>Ejecutar como root</translation>
    </message>
    <message>
        <source>Run the command with administrator rights, the way this server&apos;s settings say (root login or sudo).</source>
        <translation>Ejecutar el comando con permisos de administrador, tal como indica la configuración de este servidor (sesión como root o sudo).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Clear the output shown for this server</source>
        <translation>Limpiar la salida mostrada para este servidor</translation>
    </message>
    <message>
        <source>Connect to this server to run commands.</source>
        <translation>Conéctate a este servidor para ejecutar comandos.</translation>
    </message>
    <message>
        <source>The output of the commands you run appears here.</source>
        <translation>Aquí aparece la salida de los comandos que ejecutes.</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Salida del comando</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ConsoleTranscript</name>
    <message numerus="yes">
        <source>… %Ln older line(s) dropped …</source>
        <comment>console: above the oldest line kept</comment>
        <translation>
            <numerusform>… %Ln línea anterior descartada …</numerusform>
            <numerusform>… %Ln líneas anteriores descartadas …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capataz::ui::CredentialDialog</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>The key %1 is protected. Passphrase:</source>
        <translation>La clave %1 está protegida. Frase de contraseña:</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>Contraseña de sudo</translation>
    </message>
    <message>
        <source>Password that sudo asks for on %1 (user %2):</source>
        <translation>Contraseña que pide sudo en %1 (usuario %2):</translation>
    </message>
    <message>
        <source>Save in the system keychain</source>
        <translation>Guardar en el llavero del sistema</translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept in memory only until Capataz closes.</source>
        <translation>No hay ningún llavero del sistema disponible: el secreto solo se guarda en memoria hasta que se cierre Capataz.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::Dashboard</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Requests now</source>
        <translation>Peticiones ahora</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Peticiones por segundo</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Error rate (5xx)</source>
        <translation>Tasa de errores (5xx)</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>Server (node-exporter)</source>
        <translation>Servidor (node-exporter)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Memoria usada</translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation>Disco usado</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
</context>
<context>
    <name>capataz::ui::EnvPage</name>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Start from .env.example when there is no .env yet</source>
        <translation>Partir de .env.example cuando aún no haya .env</translation>
    </message>
    <message>
        <source>Generate the secrets that are missing, empty or unsafe</source>
        <translation>Generar los secretos que faltan, están vacíos o no son seguros</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Observaciones:</translation>
    </message>
    <message>
        <source>Connect to the server to read its .env file.</source>
        <translation>Conéctate al servidor para leer su archivo .env.</translation>
    </message>
    <message>
        <source>Reading %1 on the server…</source>
        <translation>Leyendo %1 en el servidor…</translation>
    </message>
    <message>
        <source>Could not read the .env file: %1</source>
        <translation>No se pudo leer el archivo .env: %1</translation>
    </message>
    <message>
        <source>%1 as it is on the server.</source>
        <translation>%1 tal como está en el servidor.</translation>
    </message>
    <message>
        <source>%1 does not exist yet: starting from the example file.</source>
        <translation>%1 aún no existe: se parte del archivo de ejemplo.</translation>
    </message>
    <message>
        <source>%1 does not exist yet: starting from an empty file.</source>
        <translation>%1 aún no existe: se parte de un archivo vacío.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Replace the value with a new random one (%1)</source>
        <translation>Sustituir el valor por uno nuevo aleatorio (%1)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línea %2)</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nada que señalar.</translation>
    </message>
    <message>
        <source>The project&apos;s settings live in the .env file next to the compose files. Review and edit the values below; secrets stay hidden unless you tick Show, and Generate draws a new random one the way the deployment guides do. The list beside the table shows what is missing or unsafe. Preview shows the change as a diff (secrets hidden); Apply writes the file readable only by its owner and keeps the previous version.</source>
        <translation>La configuración del proyecto está en el archivo .env, junto a los archivos de compose. Revisa y edita los valores de abajo; los secretos permanecen ocultos salvo que marques Mostrar, y Generar crea uno nuevo aleatorio tal como lo hacen las guías de despliegue. La lista junto a la tabla muestra lo que falta o no es seguro. Vista previa muestra el cambio como un diff (con los secretos ocultos); Aplicar escribe el archivo, legible solo por su propietario, y conserva la versión anterior.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::EnvTableModel</name>
    <message>
        <source>(from the environment)</source>
        <translation>(del entorno)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Show this value</source>
        <translation>Mostrar este valor</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Obligatorio. %1</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>capataz::ui::EnvValueDelegate</name>
    <message>
        <source>Type a new value (leave empty to keep the current one)</source>
        <translation>Escribe un nuevo valor (déjalo vacío para conservar el actual)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::FirewallPage</name>
    <message>
        <source>Firewall</source>
        <translation>Cortafuegos</translation>
    </message>
    <message>
        <source>Turns on the ufw firewall so that only SSH, HTTP (80) and HTTPS (443) are reachable from outside. The SSH port is read from the server&apos;s sshd, never assumed, and allowed before the firewall is enabled. As a safety net, the server itself undoes the change after the waiting time below unless a new SSH login made after enabling succeeds, so a mistake cannot lock you out.</source>
        <translation>Activa el cortafuegos ufw para que solo SSH, HTTP (80) y HTTPS (443) sean accesibles desde fuera. El puerto SSH se lee del sshd del servidor, nunca se supone, y se permite antes de activar el cortafuegos. Como red de seguridad, el propio servidor deshace el cambio una vez pasado el tiempo de espera indicado abajo, salvo que funcione un nuevo inicio de sesión SSH hecho después de activarlo; así, un error no puede dejarte sin acceso.</translation>
    </message>
    <message>
        <source>&amp;SSH ports:</source>
        <translation>Puertos &amp;SSH:</translation>
    </message>
    <message>
        <source>&amp;Also allow:</source>
        <translation>Permitir &amp;también:</translation>
    </message>
    <message>
        <source>&amp;Revert unless confirmed within:</source>
        <translation>&amp;Revertir si no se confirma en:</translation>
    </message>
    <message>
        <source>Read from sshd on the server (recommended)</source>
        <translation>Leídos del sshd del servidor (recomendado)</translation>
    </message>
    <message>
        <source>More rules, separated by spaces, e.g. 8443/tcp 51820/udp</source>
        <translation>Más reglas, separadas por espacios, p. ej., 8443/tcp 51820/udp</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning: ports that Docker publishes (ports: in the compose file, bound to 0.0.0.0) bypass ufw. Bind them to 127.0.0.1 and let nginx serve them.</source>
        <translation>Atención: los puertos que publica Docker (ports: en el archivo de compose, vinculados a 0.0.0.0) eluden ufw. Vincúlalos a 127.0.0.1 y deja que nginx los sirva.</translation>
    </message>
    <message>
        <source>Enable the firewall on “%1”? If the new SSH login that confirms access fails, the server reverts the firewall by itself after %2 seconds.</source>
        <translation>¿Activar el cortafuegos en “%1”? Si falla el nuevo inicio de sesión SSH que confirma el acceso, el servidor revierte el cortafuegos por sí solo al cabo de %2 segundos.</translation>
    </message>
    <message>
        <source>Connect to check which ports of the compose project Docker publishes past the firewall.</source>
        <translation>Conéctate para comprobar qué puertos del proyecto compose publica Docker saltándose el cortafuegos.</translation>
    </message>
    <message>
        <source>Reading the compose files on the server…</source>
        <translation>Leyendo los archivos compose en el servidor…</translation>
    </message>
    <message>
        <source>No compose file in the project directory yet: come back after uploading it to check its ports.</source>
        <translation>Todavía no hay ningún archivo compose en el directorio del proyecto: vuelve después de subirlo para comprobar sus puertos.</translation>
    </message>
    <message>
        <source>No port of the compose project is published on all interfaces: ufw protects them all.</source>
        <translation>Ningún puerto del proyecto compose se publica en todas las interfaces: ufw los protege todos.</translation>
    </message>
    <message>
        <source>These ports bypass ufw: Docker publishes them to every interface ahead of the firewall&apos;s rules. Bind them to 127.0.0.1 in the compose file (e.g. &quot;127.0.0.1:5432:5432&quot;) and let nginx serve what must be public.</source>
        <translation>Estos puertos se saltan ufw: Docker los publica en todas las interfaces antes de las reglas del cortafuegos. Vincúlalos a 127.0.0.1 en el archivo compose (p. ej., &quot;127.0.0.1:5432:5432&quot;) y deja que nginx sirva lo que deba ser público.</translation>
    </message>
    <message>
        <source>Could not read the compose files to check their ports: %1</source>
        <translation>No se pudieron leer los archivos compose para comprobar sus puertos: %1</translation>
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
        <translation>Sin comprobar todavía</translation>
    </message>
    <message>
        <source>All well</source>
        <translation>Todo bien</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No answer since %1</source>
        <translation>Sin respuesta desde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1% usado</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <source>Alerts firing</source>
        <translation>Alertas activas</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last restore test</source>
        <translation>Última prueba de restauración</translation>
    </message>
</context>
<context>
    <name>capataz::ui::FleetView</name>
    <message>
        <source>Checking… No answer: %1. Needs attention: %2. All well: %3.</source>
        <translation>Comprobando… Sin respuesta: %1. Requieren atención: %2. Todo bien: %3.</translation>
    </message>
    <message>
        <source>No answer: %1. Needs attention: %2. All well: %3.</source>
        <translation>Sin respuesta: %1. Requieren atención: %2. Todo bien: %3.</translation>
    </message>
    <message>
        <source>Fleet overview</source>
        <translation>Vista de todos los servidores</translation>
    </message>
    <message>
        <source>Filter by name or description</source>
        <translation>Filtrar por nombre o descripción</translation>
    </message>
    <message>
        <source>&amp;Check all now</source>
        <translation>&amp;Comprobar todos ahora</translation>
    </message>
</context>
<context>
    <name>capataz::ui::GuideDialog</name>
    <message>
        <source>Capataz guide</source>
        <translation>Guía de Capataz</translation>
    </message>
    <message>
        <source>Open the full &amp;manual</source>
        <translation>Abrir el &amp;manual completo</translation>
    </message>
    <message>
        <source>README.md, with every command, answers-file key and test</source>
        <translation>README.md, con cada comando, cada clave del archivo de respuestas y cada prueba</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The server list</source>
        <translation>La lista de servidores</translation>
    </message>
    <message>
        <source>Every server you look after, with how Capataz logs in to it (SSH, nothing is installed on the server) and the role this computer gives it. Add one with Server &gt; Add, or import them from your ~/.ssh/config. Use Test connection in the server dialog to check the login before saving.</source>
        <translation>Cada servidor que cuidas, con cómo entra Capataz en él (SSH, no se instala nada en el servidor) y el rol que le da este equipo. Añade uno con Servidor &gt; Añadir, o impórtalos de tu ~/.ssh/config. Usa Probar la conexión en el diálogo del servidor para comprobar el acceso antes de guardar.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What the server is and how it is doing: system, disk, memory, Docker, the firewall and the services of the project. Nothing on it changes the server.</source>
        <translation>Qué es el servidor y cómo está: sistema, disco, memoria, Docker, el cortafuegos y los servicios del proyecto. Nada de esta pestaña cambia el servidor.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Puesta en marcha</translation>
    </message>
    <message>
        <source>A wizard that sets up a web service step by step: server check, firewall, nginx with a Let&apos;s Encrypt certificate, the .env file with generated secrets, docker compose, and a final verification. Each page has Preview, which shows exactly what would run and every file change (secrets hidden) without changing anything, and Apply, which asks first. A step that fails is rolled back; every file written keeps its previous version.</source>
        <translation>Un asistente que pone en marcha un servicio web paso a paso: comprobación del servidor, cortafuegos, nginx con un certificado de Let&apos;s Encrypt, el archivo .env con secretos generados, docker compose y una verificación final. Cada página tiene Vista previa, que muestra exactamente lo que se ejecutaría y cada cambio de archivo (con los secretos ocultos) sin cambiar nada, y Aplicar, que pregunta antes. Un paso que falla se deshace; cada archivo escrito conserva su versión anterior.</translation>
    </message>
    <message>
        <source>The dead-man switch</source>
        <translation>El interruptor de seguridad</translation>
    </message>
    <message>
        <source>When a firewall change could cut your own SSH access, the server first schedules its own undo, a minute or so later. Capataz then opens a new SSH login: if it works, the undo is cancelled; if it does not, the server puts the previous firewall back by itself and you can log in again.</source>
        <translation>Cuando un cambio del cortafuegos podría cortarte el acceso SSH, el servidor programa antes su propia marcha atrás, más o menos un minuto después. Luego Capataz abre un nuevo inicio de sesión SSH: si funciona, la marcha atrás se cancela; si no, el servidor vuelve solo al cortafuegos anterior y puedes entrar de nuevo.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>Runs one command at a time on the server, in the project&apos;s folder, and shows its output as it comes, with colours. It keeps the newest 200,000 lines and says when older ones were dropped. Commands that look like they carry a secret are not saved in the history.</source>
        <translation>Ejecuta un comando cada vez en el servidor, en la carpeta del proyecto, y muestra su salida según llega, con colores. Guarda las 200 000 líneas más recientes y avisa cuando descarta las anteriores. Los comandos que parecen llevar un secreto no se guardan en el historial.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Administrator: everything. Support: logs and status, no changes and no console. Owner: the status page only. Roles only choose what this computer shows; the server does not enforce them yet, so the login account&apos;s own permissions are what really protect the server.</source>
        <translation>Administrador: todo. Soporte: registros y estado, sin cambios ni consola. Propietario: solo la página de estado. Los roles solo eligen lo que muestra este equipo; el servidor todavía no los hace cumplir, así que lo que de verdad protege el servidor son los permisos de la cuenta con la que se entra.</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Dónde se guardan tus datos</translation>
    </message>
    <message>
        <source>The server list, known host keys, command history and the audit log of every change are kept on this computer, in the data folder shown in File &gt; Settings. Passwords and passphrases go to the system keychain; where there is none, they are kept in memory only until Capataz closes.</source>
        <translation>La lista de servidores, las claves de host conocidas, el historial de comandos y el registro de auditoría de cada cambio se guardan en este equipo, en la carpeta de datos que muestra Archivo &gt; Configuración. Las contraseñas y frases de paso van al llavero del sistema; si no lo hay, se guardan solo en memoria hasta que se cierre Capataz.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::HostKeyDialog</name>
    <message>
        <source>%1 port %2</source>
        <translation>%1, puerto %2</translation>
    </message>
    <message>
        <source>Key type %1, fingerprint:</source>
        <translation>Tipo de clave %1, huella digital:</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s identity has changed</source>
        <translation>Atención: la identidad del servidor ha cambiado</translation>
    </message>
    <message>
        <source>The identity of %1 (%2) has changed!</source>
        <translation>¡La identidad de %1 (%2) ha cambiado!</translation>
    </message>
    <message>
        <source>The server presents a different key from the one recorded at %1, line %2. Someone may be intercepting the connection, or the server was reinstalled. Capataz did not connect.</source>
        <translation>El servidor presenta una clave distinta de la registrada en %1, línea %2. Puede que alguien esté interceptando la conexión o que el servidor se haya reinstalado. Capataz no se ha conectado.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the new fingerprint and compare it with the one above. Only if they match, remove the old key with:
ssh-keygen -R %1 -f %2
and connect again.</source>
        <translation>Pide al administrador del servidor la nueva huella digital y compárala con la de arriba. Solo si coinciden, elimina la clave antigua con:
ssh-keygen -R %1 -f %2
y vuelve a conectarte.</translation>
    </message>
    <message>
        <source>Do not continue. Tell your administrator that the server&apos;s identity changed and give them the fingerprint above.</source>
        <translation>No continúes. Avisa a tu administrador de que la identidad del servidor ha cambiado y dale la huella digital de arriba.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Confirm the server&apos;s identity</source>
        <translation>Confirmar la identidad del servidor</translation>
    </message>
    <message>
        <source>Is this really %1 (%2)?</source>
        <translation>¿Es realmente %1 (%2)?</translation>
    </message>
    <message>
        <source>This is the first connection to this server from Capataz. Compare the fingerprint below with the one your hosting provider or administrator gave you (on the server: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub).</source>
        <translation>Es la primera vez que Capataz se conecta a este servidor. Compara la huella digital de abajo con la que te dio tu proveedor de alojamiento o tu administrador (en el servidor: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub).</translation>
    </message>
    <message>
        <source>If they do not match, cancel: you may be talking to another machine.</source>
        <translation>Si no coinciden, cancela: puede que te estés conectando a otra máquina.</translation>
    </message>
    <message>
        <source>Accept once</source>
        <translation>Aceptar solo esta vez</translation>
    </message>
    <message>
        <source>Accept and remember</source>
        <translation>Aceptar y recordar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>capataz::ui::LogLaneMenu</name>
    <message>
        <source>From: all</source>
        <translation>De: todo</translation>
    </message>
    <message>
        <source>From: %1 of %2</source>
        <translation>De: %1 de %2</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>(notes)</source>
        <translation>(notas)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::LogPanes</name>
    <message>
        <source>%1 — %2 lines</source>
        <translation>%1 — %2 líneas</translation>
    </message>
    <message>
        <source>(notes)</source>
        <translation>(notas)</translation>
    </message>
    <message>
        <source>Nothing to show side by side yet: the columns appear with the first lines of each source.</source>
        <translation>Aún no hay nada que mostrar en columnas: cada columna aparece con las primeras líneas de su fuente.</translation>
    </message>
    <message numerus="yes">
        <source>%n more source(s) not shown: side by side shows %1 at most. Choose which in From.</source>
        <translation>
            <numerusform>%n fuente más sin mostrar: en columnas caben %1 como máximo. Elige cuáles en «De».</numerusform>
            <numerusform>%n fuentes más sin mostrar: en columnas caben %1 como máximo. Elige cuáles en «De».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capataz::ui::LogSourceMenu</name>
    <message>
        <source>all services</source>
        <translation>todos los servicios</translation>
    </message>
    <message>
        <source>Choose what to follow</source>
        <translation>Elige qué seguir</translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a server first</source>
        <translation>Selecciona antes un servidor</translation>
    </message>
    <message>
        <source>Compose services</source>
        <translation>Servicios de compose</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>Looking at what the server has…</source>
        <translation>Mirando qué tiene el servidor…</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s logs: %1</source>
        <translation>No se pudieron listar los registros del servidor: %1</translation>
    </message>
    <message>
        <source>Files on the server</source>
        <translation>Archivos del servidor</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>System journal (journald)</source>
        <translation>Diario del sistema (journald)</translation>
    </message>
    <message>
        <source>Follow a file</source>
        <translation>Seguir un archivo</translation>
    </message>
    <message>
        <source>Full path of a log file on the server (for example /var/log/syslog):</source>
        <translation>Ruta completa de un archivo de registro en el servidor (por ejemplo /var/log/syslog):</translation>
    </message>
    <message>
        <source>“%1” is not a full path on the server. Type one that starts with /, such as /var/log/nginx/error.log.</source>
        <translation>«%1» no es una ruta completa del servidor. Escribe una que empiece por /, como /var/log/nginx/error.log.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>capataz::ui::LogsTab</name>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Fuentes:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historial:</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> líneas</translation>
    </message>
    <message>
        <source>Lines of history read first from each source, then new lines as they are written.</source>
        <translation>Líneas de historial que se leen primero de cada fuente; después, las nuevas según se escriben.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Depuración y superiores</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Información y superiores</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>Alertas y superiores</translation>
    </message>
    <message>
        <source>Errors and above</source>
        <translation>Errores y superiores</translation>
    </message>
    <message>
        <source>Filter: text to find</source>
        <translation>Filtro: texto a buscar</translation>
    </message>
    <message>
        <source>Re&amp;gex</source>
        <translation>Re&amp;gex</translation>
    </message>
    <message>
        <source>Read the filter as a regular expression (PCRE), e.g. timeout|refused</source>
        <translation>Leer el filtro como expresión regular (PCRE), p. ej. timeout|refused</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Mayúsculas</translation>
    </message>
    <message>
        <source>In&amp;vert</source>
        <translation>In&amp;vertir</translation>
    </message>
    <message>
        <source>Show the lines that do NOT contain the text</source>
        <translation>Mostrar las líneas que NO contienen el texto</translation>
    </message>
    <message>
        <source>&amp;Only matches</source>
        <translation>Solo &amp;coincidencias</translation>
    </message>
    <message>
        <source>Show only the lines that match; off: every line, with the matches highlighted</source>
        <translation>Mostrar solo las líneas que coinciden; desactivado: todas las líneas, con las coincidencias resaltadas</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Stop filtering</source>
        <translation>Dejar de filtrar</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>C&amp;onservar:</translation>
    </message>
    <message numerus="yes">
        <source>%n million lines</source>
        <translation>
            <numerusform>%n millón de líneas</numerusform>
            <numerusform>%n millones de líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
    <message>
        <source>The newest lines kept in memory; older ones are dropped. A new value applies when following starts again.</source>
        <translation>Las líneas más recientes que se guardan en memoria; las más antiguas se descartan. Un valor nuevo se aplica al volver a empezar a seguir.</translation>
    </message>
    <message>
        <source>Remove the lines shown so far; following goes on</source>
        <translation>Quitar las líneas mostradas hasta ahora; el seguimiento continúa</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Copiar las líneas seleccionadas (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save the lines shown…</source>
        <translation>Guardar las líneas mostradas…</translation>
    </message>
    <message>
        <source>Save every line kept…</source>
        <translation>Guardar todas las líneas conservadas…</translation>
    </message>
    <message>
        <source>The selected line in full</source>
        <translation>La línea seleccionada, completa</translation>
    </message>
    <message>
        <source>Choose what to follow</source>
        <translation>Elige qué seguir</translation>
    </message>
    <message>
        <source>Which services, files and units to show</source>
        <translation>Qué servicios, archivos y unidades mostrar</translation>
    </message>
    <message>
        <source>The regular expression is not valid near character %1. Check its brackets and special characters, or turn off Regex to find the text as it is.</source>
        <translation>La expresión regular no es válida cerca del carácter %1. Revisa sus paréntesis y caracteres especiales, o desactiva Regex para buscar el texto tal cual.</translation>
    </message>
    <message>
        <source>The regular expression is not valid. Check its brackets and special characters, or turn off Regex to find the text as it is.</source>
        <translation>La expresión regular no es válida. Revisa sus paréntesis y caracteres especiales, o desactiva Regex para buscar el texto tal cual.</translation>
    </message>
    <message>
        <source>Filtering %1 of %2 lines</source>
        <translation>Filtrando %1 de %2 líneas</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>%1 coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2 matching</source>
        <translation>%1 de %2 coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 de %2 líneas</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>No hay ningún servidor seleccionado.</translation>
    </message>
    <message>
        <source>Not connected: connect to the server to read its logs.</source>
        <translation>Sin conexión: conéctate al servidor para leer sus registros.</translation>
    </message>
    <message>
        <source>Reading the project&apos;s secrets so that they are masked…</source>
        <translation>Leyendo los secretos del proyecto para ocultarlos…</translation>
    </message>
    <message numerus="yes">
        <source>Following %n source(s).</source>
        <translation>
            <numerusform>Siguiendo %n fuente.</numerusform>
            <numerusform>Siguiendo %n fuentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the connection to come back.</source>
        <translation>
            <numerusform>%n esperando a que vuelva la conexión.</numerusform>
            <numerusform>%n esperando a que vuelva la conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped with an error: %1</source>
        <translation>
            <numerusform>%n detenida por un error: %1</numerusform>
            <numerusform>%n detenidas por un error: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what to follow in Sources.</source>
        <translation>Elige qué seguir en Fuentes.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Showing the lines around %1 (from %2 to %3). Press “Resume following” to go back to the newest lines.</source>
        <translation>Mostrando las líneas de alrededor de las %1 (de %2 a %3). Pulsa «Seguir el final» para volver a las líneas más recientes.</translation>
    </message>
    <message>
        <source>%1 lines kept, %2 MB</source>
        <translation>%1 líneas conservadas, %2 MB</translation>
    </message>
    <message>
        <source>; %1 older lines dropped (Keep: %2)</source>
        <translation>; %1 líneas antiguas descartadas (Conservar: %2)</translation>
    </message>
    <message>
        <source>Following the end</source>
        <translation>Siguiendo el final</translation>
    </message>
    <message>
        <source>Paused: %1 new lines, resume following</source>
        <translation>En pausa: %1 líneas nuevas, seguir el final</translation>
    </message>
    <message>
        <source>Paused: resume following</source>
        <translation>En pausa: seguir el final</translation>
    </message>
    <message>
        <source>Select a server.</source>
        <translation>Selecciona un servidor.</translation>
    </message>
    <message>
        <source>Connect to the server to read its logs.</source>
        <translation>Conéctate al servidor para leer sus registros.</translation>
    </message>
    <message>
        <source>Choose what to follow in Sources: the compose services, a file on the server or a systemd unit.</source>
        <translation>Elige qué seguir en Fuentes: los servicios de compose, un archivo del servidor o una unidad de systemd.</translation>
    </message>
    <message>
        <source>No line matches the filter.</source>
        <translation>Ninguna línea coincide con el filtro.</translation>
    </message>
    <message>
        <source>Waiting for lines…</source>
        <translation>Esperando líneas…</translation>
    </message>
    <message>
        <source>Save the lines shown</source>
        <translation>Guardar las líneas mostradas</translation>
    </message>
    <message>
        <source>Save every line kept</source>
        <translation>Guardar todas las líneas conservadas</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.log);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved %1 lines to %2.</source>
        <translation>Guardadas %1 líneas en %2.</translation>
    </message>
    <message>
        <source>Could not save to %1 (%2). Choose another folder; nothing was changed there.</source>
        <translation>No se pudo guardar en %1 (%2). Elige otra carpeta; allí no se cambió nada.</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>Guar&amp;dar</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrando…</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>En col&amp;umnas</translation>
    </message>
    <message>
        <source>One column per source; off: every source in one list, merged by time</source>
        <translation>Una columna por fuente; desactivado: todas las fuentes en una sola lista, ordenadas por hora</translation>
    </message>
    <message>
        <source>No line is kept, so the lines from %1 to %2 cannot be shown.</source>
        <translation>No se guarda ninguna línea, así que no se pueden mostrar las líneas de %1 a %2.</translation>
    </message>
    <message>
        <source>No line kept has a time, so the lines from %1 to %2 cannot be found.</source>
        <translation>Ninguna de las líneas guardadas tiene hora, así que no se pueden encontrar las líneas de %1 a %2.</translation>
    </message>
    <message>
        <source>The lines kept begin at %1, after %2: the lines from %2 to %3 are no longer held here. Raise “History” and start reading again to go further back.</source>
        <translation>Las líneas guardadas empiezan a las %1, después de las %2: las líneas de %2 a %3 ya no están aquí. Sube «Historial» y vuelve a empezar la lectura para ir más atrás.</translation>
    </message>
    <message>
        <source>Press “Resume following” to go back to the newest lines.</source>
        <translation>Pulsa «Seguir el final» para volver a las líneas más recientes.</translation>
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
        <translation>Acerca de Capataz</translation>
    </message>
    <message>
        <source>&lt;b&gt;Capataz %1&lt;/b&gt;&lt;br&gt;Sets up, watches and backs up Docker Compose services on your servers over SSH.</source>
        <translation>&lt;b&gt;Capataz %1&lt;/b&gt;&lt;br&gt;Configura, vigila y hace copias de seguridad de los servicios Docker Compose de tus servidores por SSH.</translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation>Buscar servidores</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Añadir un servidor</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected server</source>
        <translation>Editar el servidor seleccionado</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Add a server starting from the selected one</source>
        <translation>Añadir un servidor a partir del seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected server from this list (nothing changes on the server)</source>
        <translation>Quitar el servidor seleccionado de esta lista (no se cambia nada en el servidor)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import servers from ~/.ssh/config</source>
        <translation>Importar servidores desde ~/.ssh/config</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n servidor</numerusform>
            <numerusform>%n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Editar servidor</translation>
    </message>
    <message>
        <source>Duplicate server</source>
        <translation>Duplicar servidor</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Quitar servidor</translation>
    </message>
    <message>
        <source>Remove %1 from this list? Nothing changes on the server itself.</source>
        <translation>¿Quitar %1 de esta lista? No se cambia nada en el propio servidor.</translation>
    </message>
    <message>
        <source>Sandbox server</source>
        <translation>Servidor de pruebas</translation>
    </message>
    <message>
        <source>The local sandbox server is not running. Start it with the command in README.md.</source>
        <translation>El servidor de pruebas local no está en marcha. Inícialo con el comando que aparece en README.md.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>Alert &amp;list…</source>
        <translation>&amp;Lista de alertas…</translation>
    </message>
    <message>
        <source>The selected server&apos;s alerts: their state, and their rules</source>
        <translation>Las alertas del servidor elegido: su estado y sus reglas</translation>
    </message>
    <message>
        <source>An owner profile does not read metrics, so it has no alerts to show</source>
        <translation>Un perfil de propietario no lee métricas, así que no tiene alertas que mostrar</translation>
    </message>
    <message>
        <source>&amp;Fleet overview…</source>
        <translation>&amp;Vista de todos los servidores…</translation>
    </message>
    <message>
        <source>Every server&apos;s status in one table, the worst first</source>
        <translation>El estado de cada servidor en una tabla, el peor primero</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Registro de a&amp;uditoría…</translation>
    </message>
    <message>
        <source>What Capataz did on the servers: commands, changes and their results</source>
        <translation>Lo que Capataz hizo en los servidores: órdenes, cambios y sus resultados</translation>
    </message>
    <message>
        <source>&amp;Give access…</source>
        <translation>&amp;Dar acceso…</translation>
    </message>
    <message>
        <source>Accounts on this server for support staff and owners whose role the server enforces (connect first)</source>
        <translation>Cuentas en este servidor para soporte y propietarios cuyo rol impone el servidor (conéctate antes)</translation>
    </message>
    <message>
        <source>Needs an administrator&apos;s profile that can become root</source>
        <translation>Necesita un perfil de administrador que pueda hacerse root</translation>
    </message>
</context>
<context>
    <name>capataz::ui::MetricsChartView</name>
    <message>
        <source>Show the &amp;logs around %1</source>
        <translation>Ver los &amp;registros en torno a las %1</translation>
    </message>
    <message>
        <source>The lines of every log source from two minutes before to two minutes after</source>
        <translation>Las líneas de todas las fuentes de registros desde dos minutos antes hasta dos minutos después</translation>
    </message>
</context>
<context>
    <name>capataz::ui::MetricsGauge</name>
    <message>
        <source>Within the thresholds</source>
        <translation>Dentro de los umbrales</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
</context>
<context>
    <name>capataz::ui::MetricsPanel</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>No data: %1</source>
        <translation>Sin datos: %1</translation>
    </message>
    <message>
        <source>No data since %1</source>
        <translation>Sin datos desde %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>A las %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a series&apos; name and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <comment>a time, then the value&apos;s state against its thresholds</comment>
        <translation>A las %1: %2</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>alerts about this panel beyond the two shown</comment>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capataz::ui::MetricsTab</name>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>&amp;Zoom out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>Back to the range before the last zoom (or double-click a chart)</source>
        <translation>Vuelve al intervalo de antes del último zoom (o haz doble clic en un gráfico)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>No hay ningún servidor elegido.</translation>
    </message>
    <message>
        <source>Not scraping now (the server is not connected): the charts show what was stored.</source>
        <translation>Sin recoger ahora (el servidor no está conectado): los gráficos muestran lo guardado.</translation>
    </message>
    <message numerus="yes">
        <source>Scraped every %n second(s).</source>
        <translation>
            <numerusform>Recogida cada %n segundo.</numerusform>
            <numerusform>Recogida cada %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoomed in: %1 to %2. %3</source>
        <translation>Ampliado: de %1 a %2. %3</translation>
    </message>
    <message>
        <source>&amp;Scrape every:</source>
        <translation>&amp;Recoger cada:</translation>
    </message>
    <message>
        <source>How often this computer asks the server for its metrics (one request per target each time); the alerts are checked as often. Kept with the server&apos;s profile.</source>
        <translation>Cada cuánto este equipo pide al servidor sus métricas (una petición por destino cada vez); las alertas se comprueban con la misma frecuencia. Se guarda con el perfil del servidor.</translation>
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
        <translation>Cada cuánto este equipo pide al servidor sus métricas. Solo el perfil de un administrador lo cambia.</translation>
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
        <translation>Nginx y SSL</translation>
    </message>
    <message>
        <source>Puts nginx in front of the application: a site generated from the recipe that redirects HTTP to HTTPS and passes requests to the application with the right headers, body size and timeouts. The site is checked with “nginx -t” before nginx reloads; if the check fails the previous files come back and nginx keeps serving. Then certbot gets a free Let&apos;s Encrypt certificate for the domain, which must already point to this server with port 80 open, and renewal is scheduled and tested. Finally the console connects to the site itself to show the certificate visitors receive.</source>
        <translation>Coloca nginx delante de la aplicación: un sitio generado a partir de la receta que redirige HTTP a HTTPS y pasa las peticiones a la aplicación con las cabeceras, el tamaño de cuerpo y los tiempos de espera adecuados. El sitio se comprueba con “nginx -t” antes de recargar nginx; si la comprobación falla, se restauran los archivos anteriores y nginx sigue sirviendo. Después, certbot obtiene un certificado gratuito de Let&apos;s Encrypt para el dominio, que ya debe apuntar a este servidor con el puerto 80 abierto, y se programa y prueba la renovación. Por último, la consola se conecta al propio sitio para mostrar el certificado que reciben los visitantes.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>&amp;Otros nombres:</translation>
    </message>
    <message>
        <source>&amp;E-mail for Let&apos;s Encrypt:</source>
        <translation>Correo &amp;electrónico para Let&apos;s Encrypt:</translation>
    </message>
    <message>
        <source>Application &amp;port:</source>
        <translation>&amp;Puerto de la aplicación:</translation>
    </message>
    <message>
        <source>Largest &amp;upload:</source>
        <translation>Tamaño máximo de s&amp;ubida:</translation>
    </message>
    <message>
        <source>Check the certificate &amp;at:</source>
        <translation>Comprobar el certificado e&amp;n:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Archivo de CA &amp;adicional:</translation>
    </message>
    <message>
        <source>api.example.com (it must point to this server)</source>
        <translation>api.example.com (debe apuntar a este servidor)</translation>
    </message>
    <message>
        <source>Optional, separated by spaces: www.example.com</source>
        <translation>Opcional, separados por espacios: www.example.com</translation>
    </message>
    <message>
        <source>Expiry notices are sent here</source>
        <translation>Los avisos de caducidad se envían aquí</translation>
    </message>
    <message>
        <source>From the recipe</source>
        <translation>El de la receta</translation>
    </message>
    <message>
        <source>nginx size, e.g. 10M</source>
        <translation>Tamaño en formato de nginx, p. ej., 10M</translation>
    </message>
    <message>
        <source>Empty: the domain itself (DNS)</source>
        <translation>Vacío: el propio dominio (DNS)</translation>
    </message>
    <message>
        <source>A private or test CA to trust (PEM), besides the system&apos;s</source>
        <translation>Una CA privada o de pruebas en la que confiar (PEM), además de las del sistema</translation>
    </message>
    <message>
        <source>Pass &amp;WebSocket connections through</source>
        <translation>Dejar pasar las conexiones &amp;WebSocket</translation>
    </message>
    <message>
        <source>&amp;Redirect HTTP to HTTPS</source>
        <translation>&amp;Redirigir HTTP a HTTPS</translation>
    </message>
    <message>
        <source>Check certificate</source>
        <translation>Comprobar certificado</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Renewal: not checked yet (Preview or Apply check it).</source>
        <translation>Renovación: aún no comprobada (Vista previa o Aplicar la comprueban).</translation>
    </message>
    <message>
        <source>Renewal: scheduled, and a test renewal (certbot renew --dry-run) succeeded.</source>
        <translation>Renovación: programada, y una renovación de prueba (certbot renew --dry-run) ha funcionado.</translation>
    </message>
    <message>
        <source>Renewal: not working; see the tls.renewal step in Progress.</source>
        <translation>Renovación: no funciona; consulta el paso tls.renewal en Progreso.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <source>Yes: the chain and the name check out</source>
        <translation>Sí: la cadena y el nombre son correctos</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>No: %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
</context>
<context>
    <name>capataz::ui::OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read this server&apos;s details again</source>
        <translation>Volver a leer los datos de este servidor</translation>
    </message>
    <message>
        <source>Reading the server&apos;s details</source>
        <translation>Leyendo los datos del servidor</translation>
    </message>
    <message>
        <source>Reading the server&apos;s details…</source>
        <translation>Leyendo los datos del servidor…</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Sistema operativo:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nombre de host:</translation>
    </message>
    <message>
        <source>Running for:</source>
        <translation>Encendido desde hace:</translation>
    </message>
    <message>
        <source>Processors:</source>
        <translation>Procesadores:</translation>
    </message>
    <message>
        <source>Disk (/):</source>
        <translation>Disco (/):</translation>
    </message>
    <message>
        <source>Project disk:</source>
        <translation>Disco del proyecto:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memoria:</translation>
    </message>
    <message>
        <source>Swap:</source>
        <translation>Intercambio (swap):</translation>
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
        <translation>Cortafuegos (ufw):</translation>
    </message>
    <message>
        <source>nginx:</source>
        <translation>nginx:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>uptime: days, hours</comment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>uptime: hours, minutes</comment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details (%Ln note(s))</source>
        <translation>
            <numerusform>Detalles (%Ln nota)</numerusform>
            <numerusform>Detalles (%Ln notas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Connect to see this server&apos;s overview.</source>
        <translation>Conéctate para ver el resumen de este servidor.</translation>
    </message>
    <message>
        <source>The details could not be read again; those shown are from the last successful read. %1</source>
        <translation>No se pudieron volver a leer los datos; los que se muestran son de la última lectura correcta. %1</translation>
    </message>
    <message>
        <source>This server&apos;s details could not be read. %1</source>
        <translation>No se pudieron leer los datos de este servidor. %1</translation>
    </message>
    <message>
        <source>Reading this server&apos;s details…</source>
        <translation>Leyendo los datos de este servidor…</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln processor(s)</source>
        <translation>
            <numerusform>%Ln procesador</numerusform>
            <numerusform>%Ln procesadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln processor(s), load %1 · %2 · %3</source>
        <translation>
            <numerusform>%Ln procesador, carga %1 · %2 · %3</numerusform>
            <numerusform>%Ln procesadores, carga %1 · %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Average number of processes running or waiting over the last 1, 5 and 15 minutes. Above the number of processors, the server is busier than it can keep up with.</source>
        <translation>Número medio de procesos en ejecución o en espera durante los últimos 1, 5 y 15 minutos. Si supera el número de procesadores, el servidor tiene más trabajo del que puede atender.</translation>
    </message>
    <message>
        <source>%1 of %2 used (%3%), %4 free</source>
        <translation>%1 de %2 en uso (%3 %), %4 libres</translation>
    </message>
    <message>
        <source>The disk is almost full. Free some space (old images, logs, backups) before services fail.</source>
        <translation>El disco está casi lleno. Libera espacio (imágenes antiguas, registros, copias de seguridad) antes de que fallen los servicios.</translation>
    </message>
    <message>
        <source>The project folder %1 was not found</source>
        <translation>No se encontró la carpeta del proyecto %1</translation>
    </message>
    <message>
        <source>%1 is on the same disk as /</source>
        <translation>%1 está en el mismo disco que /</translation>
    </message>
    <message>
        <source>%1, on the disk mounted at %2</source>
        <translation>%1, en el disco montado en %2</translation>
    </message>
    <message>
        <source>%1 of %2 in use, %3 available</source>
        <translation>%1 de %2 en uso, %3 disponibles</translation>
    </message>
    <message>
        <source>Little memory is left. Services may be slow or stopped by the system.</source>
        <translation>Queda poca memoria. Los servicios pueden ir lentos o el sistema puede detenerlos.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 de %2 en uso</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <source>Installed, version unknown</source>
        <translation>Instalado, versión desconocida</translation>
    </message>
    <message>
        <source>%1 (the Docker service is not running)</source>
        <translation>%1 (el servicio Docker no está en marcha)</translation>
    </message>
    <message>
        <source>%1 (the Docker service does not answer this user)</source>
        <translation>%1 (el servicio Docker no responde a este usuario)</translation>
    </message>
    <message>
        <source>The login user is not in the docker group and the details were read without sudo, or the Docker service is not running.</source>
        <translation>El usuario de la conexión no está en el grupo docker y los datos se leyeron sin sudo, o el servicio Docker no está en marcha.</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>%1 (docker compose plugin)</source>
        <translation>%1 (complemento docker compose)</translation>
    </message>
    <message>
        <source>%1 (standalone docker-compose)</source>
        <translation>%1 (docker-compose independiente)</translation>
    </message>
    <message>
        <source>%1 (podman-compose)</source>
        <translation>%1 (podman-compose)</translation>
    </message>
    <message>
        <source>Installed, not active</source>
        <translation>Instalado, no activo</translation>
    </message>
    <message numerus="yes">
        <source>Active, %Ln rule(s)</source>
        <translation>
            <numerusform>Activo, %Ln regla</numerusform>
            <numerusform>Activo, %Ln reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown: sudo refused administrator rights</source>
        <translation>Desconocido: sudo negó los permisos de administrador</translation>
    </message>
    <message>
        <source>Unknown: reading it needs administrator rights</source>
        <translation>Desconocido: para leerlo hacen falta permisos de administrador</translation>
    </message>
    <message>
        <source>Unknown: see the details below</source>
        <translation>Desconocido: consulta los detalles más abajo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation>%1, en marcha</translation>
    </message>
    <message>
        <source>%1, installed but not running</source>
        <translation>%1, instalado pero detenido</translation>
    </message>
</context>
<context>
    <name>capataz::ui::PlanPreviewView</name>
    <message>
        <source>already done: nothing to change</source>
        <translation>ya hecho: nada que cambiar</translation>
    </message>
    <message>
        <source>will be applied</source>
        <translation>se aplicará</translation>
    </message>
    <message>
        <source>New file %1</source>
        <translation>Archivo nuevo %1</translation>
    </message>
    <message>
        <source>%1 (no change)</source>
        <translation>%1 (sin cambios)</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Cambios en %1</translation>
    </message>
</context>
<context>
    <name>capataz::ui::PlanRunView</name>
    <message>
        <source>Output of the commands (secrets are shown as ••••••):</source>
        <translation>Salida de los comandos (los secretos se muestran como ••••••):</translation>
    </message>
</context>
<context>
    <name>capataz::ui::RestoreConfirmDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Restoring %1 replaces the data of %2 with the backup&apos;s. Capataz makes a safety backup first and puts it back if the restore fails.

Type %2 to confirm:</source>
        <translation>Restaurar %1 reemplaza los datos de %2 por los de la copia. Capataz hace antes una copia de resguardo y la repone si la restauración falla.

Escribe %2 para confirmar:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ScheduleDialog</name>
    <message>
        <source>Backup schedule</source>
        <translation>Programación de copias</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Ahora en el servidor</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Nueva programación</translation>
    </message>
    <message>
        <source>&amp;Time of day (server clock, UTC):</source>
        <translation>&amp;Hora del día (reloj del servidor, UTC):</translation>
    </message>
    <message>
        <source>Back up:</source>
        <translation>Copiar:</translation>
    </message>
    <message>
        <source>&amp;Keep every backup younger than:</source>
        <translation>Conservar &amp;todas las copias de menos de:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep at &amp;least, of each:</source>
        <translation>Conservar al &amp;menos, de cada una:</translation>
    </message>
    <message>
        <source> good backups</source>
        <translation> copias buenas</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Write the script and the cron entry shown below on the server, as root.</source>
        <translation>Escribe en el servidor, como root, el script y la entrada de cron que se muestran abajo.</translation>
    </message>
    <message>
        <source>Re&amp;move schedule</source>
        <translation>&amp;Quitar la programación</translation>
    </message>
    <message>
        <source>Take the script and the cron entry off the server; the backups stay.</source>
        <translation>Quita del servidor el script y la entrada de cron; las copias se quedan.</translation>
    </message>
    <message>
        <source>Writing the schedule on the server...</source>
        <translation>Escribiendo la programación en el servidor...</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Schedule installed. The next run is at %1 (the server&apos;s clock, UTC).</source>
        <translation>Programación instalada. La próxima ejecución es el %1 (reloj del servidor, UTC).</translation>
    </message>
    <message>
        <source>The server already had this schedule; nothing changed. The next run is at %1 (the server&apos;s clock, UTC).</source>
        <translation>El servidor ya tenía esta programación; no cambió nada. La próxima ejecución es el %1 (reloj del servidor, UTC).</translation>
    </message>
    <message>
        <source>Taking the schedule off the server...</source>
        <translation>Quitando la programación del servidor...</translation>
    </message>
    <message>
        <source>The schedule is off the server: nothing backs this project up by itself any more. The backups already made stay.</source>
        <translation>La programación se quitó del servidor: ya nada hace copias de este proyecto por sí solo. Las copias ya hechas se quedan.</translation>
    </message>
    <message>
        <source>Not connected: the schedule on the server cannot be read.</source>
        <translation>Sin conexión: no se puede leer la programación del servidor.</translation>
    </message>
    <message>
        <source>Reading the schedule on the server...</source>
        <translation>Leyendo la programación del servidor...</translation>
    </message>
    <message>
        <source>No schedule is installed: nothing backs this project up by itself.</source>
        <translation>No hay ninguna programación instalada: nada hace copias de este proyecto por sí solo.</translation>
    </message>
    <message>
        <source>The schedule is incomplete on the server (its cron entry or its script is missing), so it does not run. Apply writes both again.</source>
        <translation>La programación está incompleta en el servidor (falta su entrada de cron o su script), así que no se ejecuta. Aplicar vuelve a escribir las dos.</translation>
    </message>
    <message>
        <source>Runs every day at %1 (the server&apos;s clock, UTC).</source>
        <translation>Se ejecuta todos los días a las %1 (reloj del servidor, UTC).</translation>
    </message>
    <message>
        <source>Backs up: %1.</source>
        <translation>Copia: %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>Keeps every backup younger than %n day(s)</source>
        <translation>
            <numerusform>Conserva todas las copias de menos de %n día</numerusform>
            <numerusform>Conserva todas las copias de menos de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and at least %n good backup(s) of each.</source>
        <translation>
            <numerusform>y al menos %n copia buena de cada una.</numerusform>
            <numerusform>y al menos %n copias buenas de cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>LATE: the schedule was written %1, but no scheduled run has recorded a result since. Check that cron runs on the server.</source>
        <translation>CON RETRASO: la programación se escribió el %1, pero desde entonces ninguna ejecución programada ha registrado un resultado. Comprueba que cron funciona en el servidor.</translation>
    </message>
    <message>
        <source>No scheduled run has recorded a result yet; the first is due at %1 (the server&apos;s clock, UTC).</source>
        <translation>Ninguna ejecución programada ha registrado aún un resultado; la primera toca el %1 (reloj del servidor, UTC).</translation>
    </message>
    <message>
        <source>the retention step</source>
        <translation>el paso de retención</translation>
    </message>
    <message>
        <source>The last scheduled run FAILED: it started %1 and ended with exit status %2. What failed: %3. The server&apos;s log: /var/log/capataz-backup-%4.log.</source>
        <translation>La última ejecución programada FALLÓ: empezó el %1 y terminó con el código de salida %2. Lo que falló: %3. El registro del servidor: /var/log/capataz-backup-%4.log.</translation>
    </message>
    <message numerus="yes">
        <source>The last scheduled run, %1, succeeded and made %n backup(s).</source>
        <translation>
            <numerusform>La última ejecución programada, el %1, salió bien e hizo %n copia.</numerusform>
            <numerusform>La última ejecución programada, el %1, salió bien e hizo %n copias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention deleted %n old backup(s).</source>
        <translation>
            <numerusform>La retención borró %n copia antigua.</numerusform>
            <numerusform>La retención borró %n copias antiguas.</numerusform>
        </translation>
    </message>
    <message>
        <source>LATE: the last scheduled run was %1, more than a day ago: the schedule seems to have stopped. Check that cron runs on the server.</source>
        <translation>CON RETRASO: la última ejecución programada fue el %1, hace más de un día: parece que la programación se ha detenido. Comprueba que cron funciona en el servidor.</translation>
    </message>
    <message>
        <source>Choose at least one thing to back up.</source>
        <translation>Elige al menos una cosa que copiar.</translation>
    </message>
    <message>
        <source>This schedule cannot be written: %1</source>
        <translation>Esta programación no se puede escribir: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>con cambios</translation>
    </message>
    <message>
        <source>Apply writes these two files on the server, as root; nothing else changes:</source>
        <translation>Aplicar escribe estos dos archivos en el servidor, como root; no cambia nada más:</translation>
    </message>
    <message>
        <source>%1: Capataz&apos;s block for this project</source>
        <translation>%1: el bloque de Capataz para este proyecto</translation>
    </message>
    <message numerus="yes">
        <source>%1: the script cron runs, %n line(s)</source>
        <translation>
            <numerusform>%1: el script que ejecuta cron, %n línea</numerusform>
            <numerusform>%1: el script que ejecuta cron, %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>The server already runs exactly this schedule: Apply would change nothing.</source>
        <translation>El servidor ya ejecuta exactamente esta programación: Aplicar no cambiaría nada.</translation>
    </message>
    <message>
        <source>the volume %1</source>
        <translation>el volumen %1</translation>
    </message>
    <message>
        <source>the files in %1</source>
        <translation>los archivos de %1</translation>
    </message>
    <message>
        <source>the %1 database named by %2 in the .env</source>
        <translation>la base de datos %1 que indica %2 en el .env</translation>
    </message>
    <message>
        <source>the %1 database %2</source>
        <translation>la base de datos %1 %2</translation>
    </message>
    <message>
        <source>every %1 database</source>
        <translation>todas las bases de datos %1</translation>
    </message>
    <message>
        <source>(service %1)</source>
        <translation>(servicio %1)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ServerCheckPage</name>
    <message>
        <source>Server check</source>
        <translation>Comprobación del servidor</translation>
    </message>
    <message>
        <source>Checks that the server can run the project: a supported Debian or Ubuntu system, administrator rights (sudo), Docker with compose, and the tools the next pages use (ufw, nginx, certbot). Whatever is missing can be installed with the system&apos;s packages. Finally the project directory must exist with its compose files; if it does not, it can be cloned from git or uploaded from this computer.</source>
        <translation>Comprueba que el servidor puede ejecutar el proyecto: un sistema Debian o Ubuntu compatible, permisos de administrador (sudo), Docker con compose y las herramientas que usan las páginas siguientes (ufw, nginx, certbot). Lo que falte se puede instalar con los paquetes del sistema. Por último, el directorio del proyecto debe existir con sus archivos de compose; si no existe, se puede clonar desde git o subir desde este equipo.</translation>
    </message>
    <message>
        <source>Install what is missing with the system&apos;s packages (apt-get)</source>
        <translation>Instalar lo que falte con los paquetes del sistema (apt-get)</translation>
    </message>
    <message>
        <source>If the project directory does not exist on the server yet, get it from:</source>
        <translation>Si el directorio del proyecto aún no existe en el servidor, obtenerlo de:</translation>
    </message>
    <message>
        <source>&amp;Git repository:</source>
        <translation>Repositorio &amp;Git:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Rama:</translation>
    </message>
    <message>
        <source>Or &amp;upload this folder:</source>
        <translation>O s&amp;ubir esta carpeta:</translation>
    </message>
    <message>
        <source>https://example.com/team/project.git (optional)</source>
        <translation>https://example.com/team/project.git (opcional)</translation>
    </message>
    <message>
        <source>The repository&apos;s default branch</source>
        <translation>La rama predeterminada del repositorio</translation>
    </message>
    <message>
        <source>A folder on this computer (optional)</source>
        <translation>Una carpeta de este equipo (opcional)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ServerDialog</name>
    <message>
        <source>Choose a private key</source>
        <translation>Elegir una clave privada</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Añadir un servidor</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Editar servidor</translation>
    </message>
    <message>
        <source>Duplicate server</source>
        <translation>Duplicar servidor</translation>
    </message>
    <message>
        <source>e.g. ranch-production</source>
        <translation>p. ej., rancho-produccion</translation>
    </message>
    <message>
        <source>e.g. deploy</source>
        <translation>p. ej., deploy</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>p. ej., ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Keyboard-interactive (password prompts)</source>
        <translation>Interactivo por teclado (el servidor pide la contraseña)</translation>
    </message>
    <message>
        <source>None (never act as administrator)</source>
        <translation>Ninguno (nunca actuar como administrador)</translation>
    </message>
    <message>
        <source>Logs in as root</source>
        <translation>Inicia sesión como root</translation>
    </message>
    <message>
        <source>sudo without password</source>
        <translation>sudo sin contraseña</translation>
    </message>
    <message>
        <source>sudo with password</source>
        <translation>sudo con contraseña</translation>
    </message>
    <message>
        <source>Administrator: everything</source>
        <translation>Administrador: todo</translation>
    </message>
    <message>
        <source>Owner: status page only</source>
        <translation>Propietario: solo la página de estado</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2…</source>
        <translation>Entrando en %1 como %2…</translation>
    </message>
    <message>
        <source>Logged in as %1 on %2.</source>
        <translation>Has entrado como %1 en %2.</translation>
    </message>
    <message>
        <source>Stop &amp;test</source>
        <translation>Detener la &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Log in to the server with the values above, without saving them. Nothing is changed on the server.</source>
        <translation>Entra en el servidor con los datos de arriba, sin guardarlos. No se cambia nada en el servidor.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Log &amp;in with:</source>
        <translation>&amp;Entrar con:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>Servidor de sa&amp;lto:</translation>
    </message>
    <message>
        <source>A&amp;dministrator rights:</source>
        <translation>Permisos de a&amp;dministrador:</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Carpeta del pro&amp;yecto:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>The name this server has in Capataz&apos;s list. It is only used on this computer.</source>
        <translation>El nombre de este servidor en la lista de Capataz. Solo se usa en este equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s host name or IP address, as you would give it to ssh.</source>
        <translation>El nombre o la dirección IP del servidor, como se lo darías a ssh.</translation>
    </message>
    <message>
        <source>The port the server&apos;s SSH service listens on; usually 22.</source>
        <translation>El puerto en el que escucha el servicio SSH del servidor; normalmente el 22.</translation>
    </message>
    <message>
        <source>The account on the server that Capataz logs in with.</source>
        <translation>La cuenta del servidor con la que entra Capataz.</translation>
    </message>
    <message>
        <source>How to prove who you are: an SSH agent that already holds your key, a private key file on this computer, or the account&apos;s password. Passwords and passphrases are asked for when needed and kept in the system keychain, never in Capataz&apos;s settings.</source>
        <translation>Cómo demuestras quién eres: un agente SSH que ya tiene tu clave, un archivo de clave privada en este equipo o la contraseña de la cuenta. Las contraseñas y frases de paso se piden cuando hacen falta y se guardan en el llavero del sistema, nunca en la configuración de Capataz.</translation>
    </message>
    <message>
        <source>The private key file (not the .pub one) whose public half is in the server&apos;s ~/.ssh/authorized_keys.</source>
        <translation>El archivo de clave privada (no el .pub) cuya mitad pública está en ~/.ssh/authorized_keys del servidor.</translation>
    </message>
    <message>
        <source>A server you connect through first, when this one cannot be reached directly (a bastion). Several are separated by commas. Leave it empty to connect directly.</source>
        <translation>Un servidor por el que pasas primero cuando a este no se llega directamente (un bastión). Si son varios, sepáralos con comas. Déjalo vacío para conectar directamente.</translation>
    </message>
    <message>
        <source>The folder on the server where the system&apos;s docker-compose.yml lives.</source>
        <translation>La carpeta del servidor donde está el docker-compose.yml del sistema.</translation>
    </message>
    <message>
        <source>What this computer shows and offers for this server. See the note below.</source>
        <translation>Lo que este equipo muestra y ofrece para este servidor. Mira la nota de abajo.</translation>
    </message>
    <message>
        <source>e.g. server.example.com or 203.0.113.10</source>
        <translation>p. ej. servidor.ejemplo.com o 203.0.113.10</translation>
    </message>
    <message>
        <source>optional, e.g. bastion or admin@bastion.example.com:22</source>
        <translation>opcional, p. ej. bastion o admin@bastion.ejemplo.com:22</translation>
    </message>
    <message>
        <source>e.g. /srv/app</source>
        <translation>p. ej. /srv/app</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Support: logs and status, no changes</source>
        <translation>Soporte: registros y estado, sin cambios</translation>
    </message>
    <message>
        <source>This owner may also read the &amp;logs</source>
        <translation>Este propietario también puede leer los re&amp;gistros</translation>
    </message>
    <message>
        <source>Reading logs changes nothing on the server. Secrets stay masked.</source>
        <translation>Leer los registros no cambia nada en el servidor. Los secretos siguen ocultos.</translation>
    </message>
    <message>
        <source>How Capataz gets administrator (root) rights on the server for changes such as the firewall or nginx: never, by logging in as root, or with sudo, with or without a password. An access account that an administrator gave you (Server › Give access) can only do what its role allows, and the server enforces it.</source>
        <translation>Cómo obtiene Capataz derechos de administrador (root) en el servidor para cambios como el cortafuegos o nginx: nunca, entrando como root o con sudo, con o sin contraseña. Una cuenta de acceso que te dio un administrador (Servidor › Dar acceso) solo puede hacer lo que permite su rol, y lo impone el servidor.</translation>
    </message>
    <message>
        <source>Capataz access account (the server enforces the role)</source>
        <translation>Cuenta de acceso de Capataz (el servidor impone el rol)</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>support</source>
        <translation>soporte</translation>
    </message>
    <message>
        <source>The server confirms it is an access account with the %1 role.</source>
        <translation>El servidor confirma que es una cuenta de acceso con el rol de %1.</translation>
    </message>
    <message>
        <source>The server gives this access account the %1 role, not the one chosen above: choose %1 so that this computer shows what the account may do.</source>
        <translation>El servidor da a esta cuenta de acceso el rol de %1, no el elegido arriba: elija %1 para que este equipo muestre lo que la cuenta puede hacer.</translation>
    </message>
    <message>
        <source>With the administrator role this computer shows and offers everything for this server, changes included; the login account&apos;s own permissions on the server are what protect it.</source>
        <translation>Con el rol de administrador este equipo muestra y ofrece todo para este servidor, cambios incluidos; lo que lo protege son los permisos propios de la cuenta con la que se entra en el servidor.</translation>
    </message>
    <message>
        <source>With the support role this computer shows logs and status and offers no changes and no console.</source>
        <translation>Con el rol de soporte este equipo muestra registros y estado, y no ofrece cambios ni consola.</translation>
    </message>
    <message>
        <source>With the owner role this computer shows only the status page, and the logs if you tick the box above.</source>
        <translation>Con el rol de propietario este equipo muestra solo la página de estado, y los registros si marca la casilla de arriba.</translation>
    </message>
    <message>
        <source>The server enforces this role: the profile logs in with a Capataz access account, whose every request the server checks.</source>
        <translation>El servidor hace cumplir este rol: el perfil entra con una cuenta de acceso de Capataz, y el servidor comprueba cada una de sus peticiones.</translation>
    </message>
    <message>
        <source>Without an access account the role only chooses what this computer shows: for the server to enforce it, an administrator gives this person an access account (Server › Give access) and this profile uses it.</source>
        <translation>Sin una cuenta de acceso el rol solo elige lo que muestra este equipo: para que el servidor lo haga cumplir, un administrador da a esta persona una cuenta de acceso (Servidor › Dar acceso) y este perfil la usa.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::ServerListModel</name>
    <message>
        <source>Not connected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
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
            <numerusform>%n alerta saltando: %1. Alertas › Lista de alertas la muestra.</numerusform>
            <numerusform>%n alertas saltando: %1. Alertas › Lista de alertas las muestra.</numerusform>
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
        <translation>%1@%2, puerto %3 · %4</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>capataz::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Apariencia:</translation>
    </message>
    <message>
        <source>Follows the system&apos;s light or dark theme.</source>
        <translation>Sigue el tema claro u oscuro del sistema.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Passwords:</source>
        <translation>Contraseñas:</translation>
    </message>
    <message>
        <source>Saved in the system keychain when you ask for it.</source>
        <translation>Se guardan en el llavero del sistema cuando lo pides.</translation>
    </message>
    <message>
        <source>No system keychain is available: passwords are kept in memory only until Capataz closes.</source>
        <translation>No hay ningún llavero del sistema disponible: las contraseñas solo se guardan en memoria hasta que se cierre Capataz.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>capataz::ui::SetupTab</name>
    <message>
        <source>Setup</source>
        <translation>Puesta en marcha</translation>
    </message>
    <message>
        <source>Select a server on the left to set it up.</source>
        <translation>Selecciona un servidor a la izquierda para configurarlo.</translation>
    </message>
    <message>
        <source>Not connected: Preview shows the steps without checking the server. Connect to check the server and apply.</source>
        <translation>Desconectado: Vista previa muestra los pasos sin comprobar el servidor. Conéctate para comprobar el servidor y aplicar.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::SetupWizard</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>A run is in progress: wait for it to finish or cancel it before changing page.</source>
        <translation>Hay una ejecución en curso: espera a que termine o cancélala antes de cambiar de página.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::SshImportDialog</name>
    <message>
        <source>Import from SSH config</source>
        <translation>Importar desde la configuración de SSH</translation>
    </message>
    <message>
        <source>No servers were found in %1.</source>
        <translation>No se encontraron servidores en %1.</translation>
    </message>
    <message>
        <source>Servers found in %1. Choose the ones to add:</source>
        <translation>Servidores encontrados en %1. Elige los que quieras añadir:</translation>
    </message>
    <message>
        <source>%1 — %2@%3</source>
        <translation>%1 — %2@%3</translation>
    </message>
    <message>
        <source>(your user)</source>
        <translation>(tu usuario)</translation>
    </message>
    <message>
        <source>(already in the list)</source>
        <translation>(ya está en la lista)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>No se omitió nada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) could not be imported.</source>
        <translation>
            <numerusform>No se pudo importar %n servidor.</numerusform>
            <numerusform>No se pudieron importar %n servidores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>capataz::ui::StatusSettingsDialog</name>
    <message>
        <source>Status page settings</source>
        <translation>Ajustes de la página de estado</translation>
    </message>
    <message>
        <source>What the system is for, e.g. &quot;Cattle weighing system&quot;</source>
        <translation>Para qué es el sistema, p. ej. &quot;Sistema de pesaje de ganado&quot;</translation>
    </message>
    <message>
        <source>What the owner reads meanwhile, e.g. &quot;Changing the disk; back by 18:00&quot;</source>
        <translation>Lo que lee el dueño mientras tanto, p. ej. &quot;Cambiando el disco; vuelve a las 18:00&quot;</translation>
    </message>
    <message>
        <source>&amp;Maintenance under way (replaces the alarms)</source>
        <translation>&amp;Mantenimiento en curso (sustituye a las alarmas)</translation>
    </message>
    <message>
        <source>Show the server&apos;s host name or &amp;address to owners</source>
        <translation>Mostrar a &amp;los dueños el nombre o la dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nombre de contacto:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <source>Maintenance n&amp;ote:</source>
        <translation>N&amp;ota de mantenimiento:</translation>
    </message>
    <message>
        <source>Maintenance &amp;until:</source>
        <translation>Mantenimiento &amp;hasta:</translation>
    </message>
    <message>
        <source>What the owner&apos;s status page says about this server. Nothing here is sent to the server.</source>
        <translation>Lo que dice de este servidor la página de estado del dueño. Nada de esto se envía al servidor.</translation>
    </message>
    <message>
        <source>Write a maintenance note for the owner, or untick maintenance.</source>
        <translation>Escribe una nota de mantenimiento para el dueño, o desmarca el mantenimiento.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::StatusTab</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Edit this page…</source>
        <translation>&amp;Editar esta página…</translation>
    </message>
    <message>
        <source>The description, whom to call, maintenance, and whether owners see the address</source>
        <translation>La descripción, a quién llamar, el mantenimiento y si los dueños ven la dirección</translation>
    </message>
    <message>
        <source>Status of %1, %2</source>
        <translation>Estado de %1, %2</translation>
    </message>
    <message>
        <source>Save the status as PDF</source>
        <translation>Guardar el estado como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::StatusView</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Sin comprobar todavía.</translation>
    </message>
    <message>
        <source>Connect to the server to see how the system is doing.</source>
        <translation>Conéctate al servidor para ver cómo va el sistema.</translation>
    </message>
    <message>
        <source>Checked at %1. The page checks again by itself.</source>
        <translation>Comprobado a las %1. La página vuelve a comprobar por sí sola.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>El servicio</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Sin comprobar todavía</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Last answer at %1.</source>
        <translation>Última respuesta a las %1.</translation>
    </message>
    <message>
        <source>Does not answer</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>Partly stopped</source>
        <translation>Detenido en parte</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Funcionando</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Working without a break since %1 (%2).</source>
        <translation>Funcionando sin interrupción desde %1 (%2).</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Sin configurar todavía</translation>
    </message>
    <message>
        <source>Ask your administrator to set up backups.</source>
        <translation>Pide a tu administrador que configure las copias de seguridad.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última copia: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Todavía no hay copias</translation>
    </message>
    <message>
        <source>Last restore test that worked: %1.</source>
        <translation>Última prueba de restauración que funcionó: %1.</translation>
    </message>
    <message>
        <source>No restore has been tested yet.</source>
        <translation>Todavía no se ha probado ninguna restauración.</translation>
    </message>
    <message>
        <source>Security certificate of the web address</source>
        <translation>Certificado de seguridad de la dirección web</translation>
    </message>
    <message>
        <source>Unknown while the server does not answer</source>
        <translation>Desconocido mientras el servidor no responda</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>No se usa</translation>
    </message>
    <message>
        <source>This server has no certificate of its own.</source>
        <translation>Este servidor no tiene certificado propio.</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Caducó el %1</translation>
    </message>
    <message>
        <source>Browsers warn visitors.</source>
        <translation>Los navegadores avisan a los visitantes.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válido hasta el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left. It renews by itself.</source>
        <translation>
            <numerusform>Queda %n día. Se renueva solo.</numerusform>
            <numerusform>Quedan %n días. Se renueva solo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espacio en disco</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>%1% used of %2.</source>
        <translation>%1% usado de %2.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Alarms are paused until %1.</source>
        <translation>Las alarmas están en pausa hasta %1.</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation>Problemas recientes</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation>¿Dudas? %1</translation>
    </message>
    <message>
        <source>If this goes on, call your administrator.</source>
        <translation>Si sigue así, llama a tu administrador.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::StepStatusModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Already done (skipped)</source>
        <translation>Ya hecho (omitido)</translation>
    </message>
    <message>
        <source>Would be applied</source>
        <translation>Se aplicaría</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Rollback failed: check the server</source>
        <translation>Error al revertir: revisa el servidor</translation>
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
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Choose what to set up on this server: a recipe describes the system (its compose files, profiles, environment variables, domain and health checks). The next pages use these values; nothing is changed on the server from this page.</source>
        <translation>Elige qué configurar en este servidor: una receta describe el sistema (sus archivos de compose, perfiles, variables de entorno, dominio y comprobaciones de salud). Las páginas siguientes usan estos valores; desde esta página no se cambia nada en el servidor.</translation>
    </message>
    <message>
        <source>Open recipe file…</source>
        <translation>Abrir archivo de receta…</translation>
    </message>
    <message>
        <source>&amp;Recipe:</source>
        <translation>&amp;Receta:</translation>
    </message>
    <message>
        <source>Project &amp;directory:</source>
        <translation>&amp;Directorio del proyecto:</translation>
    </message>
    <message>
        <source>Compose &amp;files:</source>
        <translation>&amp;Archivos de compose:</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Perfiles:</translation>
    </message>
    <message>
        <source>&amp;Environment file:</source>
        <translation>Archivo de &amp;entorno:</translation>
    </message>
    <message>
        <source>Compose &amp;command:</source>
        <translation>&amp;Comando de compose:</translation>
    </message>
    <message>
        <source>Absolute path on the server, e.g. /opt/app</source>
        <translation>Ruta absoluta en el servidor, p. ej., /opt/app</translation>
    </message>
    <message>
        <source>In order, separated by spaces: docker-compose.yml docker-compose.prod.yml</source>
        <translation>En orden, separados por espacios: docker-compose.yml docker-compose.prod.yml</translation>
    </message>
    <message>
        <source>Only the services without a profile</source>
        <translation>Solo los servicios sin perfil</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid recipe:</source>
        <translation>%1 no es una receta válida:</translation>
    </message>
    <message>
        <source>Open recipe file</source>
        <translation>Abrir archivo de receta</translation>
    </message>
    <message>
        <source>Recipes (*.yaml *.yml)</source>
        <translation>Recetas (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Checks that everything works, without changing anything: the health endpoints on the server itself (through the SSH connection) and through the public HTTPS name, and which ports can be reached from this computer compared with the intended ones (SSH, 80 and 443). The summary can be copied into a ticket.</source>
        <translation>Comprueba que todo funciona, sin cambiar nada: los endpoints de salud en el propio servidor (a través de la conexión SSH) y a través del nombre HTTPS público, y qué puertos son accesibles desde este equipo en comparación con los previstos (SSH, 80 y 443). El resumen se puede copiar en un ticket.</translation>
    </message>
    <message>
        <source>Public &amp;domain:</source>
        <translation>&amp;Dominio público:</translation>
    </message>
    <message>
        <source>Connect to &amp;address:</source>
        <translation>&amp;Conectar a la dirección:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Archivo de CA &amp;adicional:</translation>
    </message>
    <message>
        <source>&amp;Timeout per check:</source>
        <translation>&amp;Tiempo de espera por comprobación:</translation>
    </message>
    <message>
        <source>Empty: only the checks through SSH</source>
        <translation>Vacío: solo las comprobaciones a través de SSH</translation>
    </message>
    <message>
        <source>Empty: resolve the domain (DNS)</source>
        <translation>Vacío: resolver el dominio (DNS)</translation>
    </message>
    <message>
        <source>A private or test CA to trust (PEM), besides the system&apos;s</source>
        <translation>Una CA privada o de pruebas en la que confiar (PEM), además de las del sistema</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copiar resumen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Health endpoints</source>
        <translation>Endpoints de salud</translation>
    </message>
    <message>
        <source>through SSH</source>
        <translation>a través de SSH</translation>
    </message>
    <message>
        <source>public</source>
        <translation>público</translation>
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
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Ports from this computer (%1)</source>
        <translation>Puertos desde este equipo (%1)</translation>
    </message>
    <message>
        <source>should be open</source>
        <translation>debería estar abierto</translation>
    </message>
    <message>
        <source>should be closed</source>
        <translation>debería estar cerrado</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Everything works</source>
        <translation>Todo funciona</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>comprobado</translation>
    </message>
    <message>
        <source>problem found</source>
        <translation>problema encontrado</translation>
    </message>
    <message>
        <source>Verification: everything works.</source>
        <translation>Verificación: todo funciona.</translation>
    </message>
    <message>
        <source>Verification found problems:</source>
        <translation>La verificación encontró problemas:</translation>
    </message>
    <message>
        <source>open</source>
        <comment>port state</comment>
        <translation>abierto</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>port state</comment>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>port state: no answer</comment>
        <translation>filtrado (sin respuesta)</translation>
    </message>
</context>
<context>
    <name>capataz::ui::WelcomePage</name>
    <message>
        <source>Welcome to Capataz</source>
        <translation>Te damos la bienvenida a Capataz</translation>
    </message>
    <message>
        <source>Capataz sets up, watches and backs up the services on your servers over SSH. Nothing is installed on the servers. Start by adding a server.</source>
        <translation>Capataz configura, vigila y hace copias de seguridad de los servicios de tus servidores por SSH. No se instala nada en los servidores. Empieza por añadir un servidor.</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Añadir un servidor…</translation>
    </message>
    <message>
        <source>Import servers from SSH config…</source>
        <translation>Importar servidores desde la configuración de SSH…</translation>
    </message>
    <message>
        <source>A local practice server is running on this computer. Use it to try Capataz without touching a real server.</source>
        <translation>Hay un servidor de pruebas local en marcha en este equipo. Úsalo para probar Capataz sin tocar un servidor real.</translation>
    </message>
    <message>
        <source>Use the local sandbox server</source>
        <translation>Usar el servidor de pruebas local</translation>
    </message>
</context>
<context>
    <name>capataz::ui::WizardPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Check the server and show exactly what would run, without changing anything</source>
        <translation>Comprobar el servidor y mostrar exactamente lo que se ejecutaría, sin cambiar nada</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Aplicar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Fix the target on the first page first:</source>
        <translation>Primero corrige el destino en la primera página:</translation>
    </message>
    <message>
        <source>Some answers need attention:</source>
        <translation>Algunas respuestas necesitan atención:</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Apply these changes to the server “%1”? The Preview tab shows exactly what will run. If a step fails, what was already changed is rolled back.</source>
        <translation>¿Aplicar estos cambios en el servidor “%1”? La pestaña Vista previa muestra exactamente lo que se ejecutará. Si un paso falla, se revierte lo que ya se haya cambiado.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Cancelling: the current step finishes, then what was changed is rolled back…</source>
        <translation>Cancelando: el paso actual termina y después se revierte lo que se haya cambiado…</translation>
    </message>
    <message>
        <source>Not connected: the steps are shown without checking the server, so some may turn out to be already done.</source>
        <translation>Desconectado: los pasos se muestran sin comprobar el servidor, así que puede que algunos ya estén hechos.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Comprobando el servidor…</translation>
    </message>
    <message>
        <source>Preview ready: nothing was changed on the server.</source>
        <translation>Vista previa lista: no se ha cambiado nada en el servidor.</translation>
    </message>
    <message>
        <source>Applied, but the audit log could not be written.</source>
        <translation>Aplicado, pero no se pudo escribir el registro de auditoría.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Aplicado.</translation>
    </message>
    <message>
        <source>Cancelled. What this run had changed was rolled back (see Progress).</source>
        <translation>Cancelado. Se ha revertido lo que esta ejecución había cambiado (consulta Progreso).</translation>
    </message>
    <message>
        <source>The connection to the server closed during the run (the server was disconnected, edited or removed), so the run stopped at once and nothing could be rolled back. Connect again and use Preview to see the state the server was left in.</source>
        <translation>La conexión con el servidor se cerró durante la ejecución (el servidor se desconectó, se editó o se eliminó), así que la ejecución se detuvo en el acto y no se pudo revertir nada. Vuelve a conectarte y usa Vista previa para ver en qué estado quedó el servidor.</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Ejecutar comprobaciones</translation>
    </message>
    <message>
        <source>Run every check now; nothing is changed on the server</source>
        <translation>Ejecuta ahora todas las comprobaciones; no se cambia nada en el servidor</translation>
    </message>
    <message>
        <source>Checks done: everything passed, and nothing was changed on the server.</source>
        <translation>Comprobaciones hechas: todo está bien y no se cambió nada en el servidor.</translation>
    </message>
</context>
<context>
    <name>capataz::ui::audittext</name>
    <message>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulación</translation>
    </message>
    <message>
        <source>check</source>
        <translation>comprobación</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>aplicación</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verificación</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>step result</source>
        <translation>resultado del paso</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Ya hecho</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation>Falló al deshacer</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
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
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Quién: %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Paso: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Acción: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>Exit code of the last command: %1</source>
        <translation>Código de salida de la última orden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
</context>
</TS>
