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
        <source>Everything went fine.</source>
        <translation>Todo salió bien.</translation>
    </message>
    <message>
        <source>Some of the values given are not valid. Check them and try again.</source>
        <translation>Algunos de los valores indicados no son válidos. Revísalos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the host name, or use its IP address.</source>
        <translation>No se encontró el nombre del servidor. Revisa el nombre de host o usa su dirección IP.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the port and that the SSH service is running on it.</source>
        <translation>El servidor rechazó la conexión. Revisa el puerto y que el servicio SSH esté en marcha en él.</translation>
    </message>
    <message>
        <source>The server cannot be reached from this computer. Check your network or VPN.</source>
        <translation>No se puede llegar al servidor desde este equipo. Revisa tu red o tu VPN.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Try again; if it keeps happening, check the network.</source>
        <translation>El servidor tardó demasiado en responder. Vuelve a intentarlo; si sigue pasando, revisa la red.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Reconnect when the server is reachable again.</source>
        <translation>Se perdió la conexión con el servidor. Vuelve a conectarte cuando el servidor esté accesible de nuevo.</translation>
    </message>
    <message>
        <source>The SSH conversation with the server failed. Check that the port belongs to an SSH server.</source>
        <translation>Falló la comunicación SSH con el servidor. Comprueba que el puerto sea el de un servidor SSH.</translation>
    </message>
    <message>
        <source>This server&apos;s identity is not known yet. Compare its fingerprint with the one your provider gave you before accepting it.</source>
        <translation>Todavía no se conoce la identidad de este servidor. Antes de aceptarla, compara su huella digital con la que te dio tu proveedor.</translation>
    </message>
    <message>
        <source>The server&apos;s identity has changed since the last connection. This can mean someone is intercepting the connection. Do not continue until the server&apos;s administrator confirms the new fingerprint.</source>
        <translation>La identidad del servidor ha cambiado desde la última conexión. Esto puede significar que alguien está interceptando la conexión. No continúes hasta que el administrador del servidor confirme la nueva huella digital.</translation>
    </message>
    <message>
        <source>The server&apos;s identity was not accepted, so no connection was made.</source>
        <translation>No se aceptó la identidad del servidor, así que no se estableció la conexión.</translation>
    </message>
    <message>
        <source>The server did not accept the login. Check the user name and the key or password.</source>
        <translation>El servidor no aceptó el inicio de sesión. Revisa el nombre de usuario y la clave SSH o la contraseña.</translation>
    </message>
    <message>
        <source>The server does not allow this way of logging in. Choose another authentication method in the server&apos;s settings.</source>
        <translation>El servidor no permite esta forma de iniciar sesión. Elige otro método de autenticación en la configuración del servidor.</translation>
    </message>
    <message>
        <source>The key file could not be read. Check its path and that it is a private key.</source>
        <translation>No se pudo leer el archivo de clave. Revisa la ruta y que sea una clave privada.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key. Type it again.</source>
        <translation>La frase de contraseña no abre la clave. Vuelve a escribirla.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase. Type the passphrase to use it.</source>
        <translation>La clave está protegida con una frase de contraseña. Escríbela para poder usarla.</translation>
    </message>
    <message>
        <source>A password is needed to log in to this server.</source>
        <translation>Hace falta una contraseña para iniciar sesión en este servidor.</translation>
    </message>
    <message>
        <source>The server refuses this RSA key&apos;s old signature type. Create an ed25519 key (ssh-keygen -t ed25519), install it on the server (ssh-copy-id) and use it instead.</source>
        <translation>El servidor rechaza el tipo de firma antiguo de esta clave RSA. Crea una clave ed25519 (ssh-keygen -t ed25519), instálala en el servidor (ssh-copy-id) y úsala en su lugar.</translation>
    </message>
    <message>
        <source>No SSH agent is running. Start one and add your key (ssh-add), or choose a key file in the server&apos;s settings.</source>
        <translation>No hay ningún agente SSH en marcha. Inicia uno y añade tu clave (ssh-add), o elige un archivo de clave en la configuración del servidor.</translation>
    </message>
    <message>
        <source>The server refused to run the command. It may be limiting sessions; try again in a moment.</source>
        <translation>El servidor se negó a ejecutar el comando. Puede que esté limitando las sesiones; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Too many operations are running on this server at once. Wait for some to finish.</source>
        <translation>Hay demasiadas operaciones en marcha a la vez en este servidor. Espera a que terminen algunas.</translation>
    </message>
    <message>
        <source>sudo did not accept the password. Check the sudo password saved for this server.</source>
        <translation>sudo no aceptó la contraseña. Revisa la contraseña de sudo guardada para este servidor.</translation>
    </message>
    <message>
        <source>This needs administrator rights, and the server&apos;s settings give no way to get them. Set the sudo mode in the server&apos;s settings.</source>
        <translation>Esto requiere permisos de administrador y la configuración del servidor no indica cómo obtenerlos. Elige el modo de sudo en la configuración del servidor.</translation>
    </message>
    <message>
        <source>The command failed on the server. See the details for its message.</source>
        <translation>El comando falló en el servidor. Consulta los detalles para ver su mensaje.</translation>
    </message>
    <message>
        <source>The file transfer failed. See the details for the server&apos;s message.</source>
        <translation>Falló la transferencia del archivo. Consulta los detalles para ver el mensaje del servidor.</translation>
    </message>
    <message>
        <source>The file or folder does not exist on the server.</source>
        <translation>El archivo o la carpeta no existe en el servidor.</translation>
    </message>
    <message>
        <source>The server denied access to that file. Use a user with the right permissions, or run it as administrator.</source>
        <translation>El servidor denegó el acceso a ese archivo. Usa un usuario con los permisos adecuados o ejecútalo como administrador.</translation>
    </message>
    <message>
        <source>A file on this computer could not be read or written. Check the path and free space.</source>
        <translation>No se pudo leer o escribir un archivo en este equipo. Revisa la ruta y el espacio libre.</translation>
    </message>
    <message>
        <source>The server could not reach that service. Check that it is running and listening on that port.</source>
        <translation>El servidor no pudo comunicarse con ese servicio. Comprueba que esté en marcha y escuchando en ese puerto.</translation>
    </message>
    <message>
        <source>The service answered with an error.</source>
        <translation>El servicio respondió con un error.</translation>
    </message>
    <message>
        <source>Capataz&apos;s own database could not be used. See the details; your servers&apos; data is not affected.</source>
        <translation>No se pudo usar la base de datos propia de Capataz. Consulta los detalles; los datos de tus servidores no se ven afectados.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so secrets are kept in memory only until Capataz closes.</source>
        <translation>El llavero del sistema no está disponible, así que los secretos solo se guardan en memoria hasta que se cierre Capataz.</translation>
    </message>
    <message>
        <source>It was not found.</source>
        <translation>No se encontró.</translation>
    </message>
    <message>
        <source>Something with that name already exists. Choose another name.</source>
        <translation>Ya existe algo con ese nombre. Elige otro nombre.</translation>
    </message>
    <message>
        <source>The data could not be understood. See the details.</source>
        <translation>No se pudieron interpretar los datos. Consulta los detalles.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Something went wrong inside Capataz. Please report it with the details.</source>
        <translation>Algo salió mal dentro de Capataz. Por favor, informa del problema e incluye los detalles.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
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
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Log in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Archivo de clave:</translation>
    </message>
    <message>
        <source>Jump host:</source>
        <translation>Host de salto:</translation>
    </message>
    <message>
        <source>Administrator rights:</source>
        <translation>Permisos de administrador:</translation>
    </message>
    <message>
        <source>Project folder:</source>
        <translation>Carpeta del proyecto:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>e.g. ranch-production</source>
        <translation>p. ej., rancho-produccion</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nombre de host o dirección IP</translation>
    </message>
    <message>
        <source>e.g. deploy</source>
        <translation>p. ej., deploy</translation>
    </message>
    <message>
        <source>optional: another server&apos;s name, or user@host:port</source>
        <translation>opcional: el nombre de otro servidor, o usuario@host:puerto</translation>
    </message>
    <message>
        <source>e.g. /srv/app, where docker-compose.yml lives</source>
        <translation>p. ej., /srv/app, donde está docker-compose.yml</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>p. ej., ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
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
        <source>Support: read-only</source>
        <translation>Soporte: solo lectura</translation>
    </message>
    <message>
        <source>Owner: status page only</source>
        <translation>Propietario: solo la página de estado</translation>
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
</TS>
