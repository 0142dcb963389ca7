<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CheckpointName</name>
    <message>
        <location filename="../app/engine/checkpointname.cpp" line="15"/>
        <source>&apos;%1&apos; is not a valid checkpoint name: use at least two characters, letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit and not ending with &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineCapabilities</name>
    <message>
        <location filename="../app/engine/enginecapabilities.cpp" line="14"/>
        <source>This engine runs %1 containers; checkpoints need a Linux engine with CRIU. Connect to a Linux engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/enginecapabilities.cpp" line="19"/>
        <source>Checkpoints are off: the engine runs without experimental mode. Add &quot;experimental&quot;: true to /etc/docker/daemon.json (or start dockerd with --experimental), restart the engine, then reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketProbe</name>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="70"/>
        <source>%1 accepted no connection within %2 seconds; the engine may be overloaded or hung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis</name>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="32"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="37"/>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="40"/>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="48"/>
        <source>Cannot read %1 %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="61"/>
        <source>%1 %2 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="78"/>
        <source>%1 %2 holds no private key Stasis can read (an RSA, EC or DSA key in PEM, not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="37"/>
        <source>The engine sent invalid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="26"/>
        <source>There is no engine socket at %1. Start the Docker engine (for example: sudo systemctl start docker), or choose another engine with --host or DOCKER_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="31"/>
        <source>Permission denied on %1. Add your user to the socket&apos;s group (usually: sudo usermod -aG docker $USER, then log in again), or run as a user who may use the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="36"/>
        <source>Nothing answers on %1 (connection refused): the engine is stopped or has crashed. Start it again (for example: sudo systemctl start docker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="40"/>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointDialog</name>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="21"/>
        <source>&amp;Leave the container running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="25"/>
        <source>Checkpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="32"/>
        <source>Without this, the container stops once its state is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="33"/>
        <source>the engine&apos;s default folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="34"/>
        <source>A folder on the engine&apos;s host. The engine cannot restore from a custom folder directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="35"/>
        <source>&amp;Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="38"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="41"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointModel</name>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="16"/>
        <location filename="../models/checkpointmodel.cpp" line="25"/>
        <location filename="../models/checkpointmodel.cpp" line="206"/>
        <location filename="../models/checkpointmodel.cpp" line="207"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="30"/>
        <source>engine default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="205"/>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="207"/>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="208"/>
        <source>Checkpoint %1
Taken: %2
Size: %3
Folder: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="218"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="220"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="222"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="224"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointTimelineView</name>
    <message>
        <location filename="../widgets/checkpointtimelineview.cpp" line="46"/>
        <source>Checkpoint timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/checkpointtimelineview.cpp" line="477"/>
        <source>No checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::ContainerModel</name>
    <message>
        <location filename="../models/containermodel.cpp" line="55"/>
        <source>%1
id %2
image %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="115"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="117"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="119"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="121"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="123"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="125"/>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="127"/>
        <source>Last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::CreateCheckpointJob</name>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="21"/>
        <source>Checkpointing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="21"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="39"/>
        <source>The engine hit its known transient error (%1); retrying in %2 ms (attempt %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="54"/>
        <source>Cannot checkpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="62"/>
        <source>The container is no longer running; start it again, or restore an earlier checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::DockerContextStore</name>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="99"/>
        <source>The Docker configuration cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="109"/>
        <source>The Docker configuration %1 is malformed: currentContext is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="123"/>
        <source>The Docker context &apos;%1&apos; cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="127"/>
        <source>There is no Docker context &apos;%1&apos;: %2 does not exist (`docker context ls` lists the contexts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="130"/>
        <source>The Docker context &apos;%1&apos; is malformed: %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="135"/>
        <source>Endpoints is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="139"/>
        <source>The Docker context &apos;%1&apos; has no docker endpoint in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="142"/>
        <source>Endpoints.docker is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="146"/>
        <source>Endpoints.docker.Host is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="150"/>
        <source>Endpoints.docker.SkipTLSVerify is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::EngineClient</name>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="92"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="94"/>
        <source>The engine at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="98"/>
        <source>The engine at %1 sent an invalid reply: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="102"/>
        <source>Lost the connection to the engine at %1 (%2). Check that it runs, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="163"/>
        <source>The engine at %1 closed the stream: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="237"/>
        <source>The engine at %1 does not say which API it speaks; it is older than Stasis supports (API %2 or newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="243"/>
        <source>The engine at %1 speaks API %2; Stasis needs %3 or newer (Docker 19.03 or later). Update the engine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::EngineEndpoint</name>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="102"/>
        <source>The engine address is empty; use unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="106"/>
        <source>&apos;%1&apos; is not an engine address; write unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="114"/>
        <source>&apos;%1&apos; does not name an absolute socket path; write it as unix:///path/to/docker.sock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="120"/>
        <source>&apos;%1&apos;: ssh:// engine addresses are not supported yet. Forward the engine&apos;s socket instead, e.g. `ssh -NL /tmp/docker.sock:/var/run/docker.sock user@host`, then use unix:///tmp/docker.sock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="125"/>
        <source>&apos;%1&apos;: write tcp://host:port instead of %2://; TLS comes from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, or from the Docker context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="131"/>
        <source>&apos;%1&apos;: unknown scheme &apos;%2&apos;; the engine address must be unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="138"/>
        <source>&apos;%1&apos;: a tcp:// address takes no path; write tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="148"/>
        <source>&apos;%1&apos;: the IPv6 address lacks its closing bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="153"/>
        <source>&apos;%1&apos;: expected &apos;:port&apos; after the IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="161"/>
        <source>&apos;%1&apos;: write an IPv6 address in brackets, e.g. tcp://[::1]:2376.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="167"/>
        <source>&apos;%1&apos; names no host; write tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="170"/>
        <source>&apos;%1&apos; has no port; write tcp://host:port, e.g. port 2376 for TLS or 2375 without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="174"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a valid port; ports run from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="179"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a valid host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="189"/>
        <source>Give either an engine address (%1) or a Docker context (%2), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="207"/>
        <source>The current context of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="230"/>
        <source>The Docker context &apos;%1&apos; (%2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="247"/>
        <source>The Docker context &apos;%1&apos;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="256"/>
        <source>%1 needs TLS, but this Qt has no working TLS backend (OpenSSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="263"/>
        <source>the TLS CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="276"/>
        <source>The TLS client key %1 is missing; the client certificate %2 needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="279"/>
        <source>The TLS client certificate %1 is missing; the client key %2 needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="282"/>
        <source>the TLS client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="286"/>
        <source>the TLS client key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::EngineError</name>
    <message>
        <location filename="../app/engine/engineerror.cpp" line="49"/>
        <source>The engine does not offer checkpoints (%1). Enable experimental mode: add &quot;experimental&quot;: true to /etc/docker/daemon.json and restart the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineerror.cpp" line="53"/>
        <source>Nothing to do: the container is already in that state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineerror.cpp" line="58"/>
        <source>The engine answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::EventStream</name>
    <message>
        <location filename="../app/engine/eventstream.cpp" line="124"/>
        <source>The engine at %1 closed the event stream.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::HelperContainer</name>
    <message>
        <location filename="../app/checkpoints/helpercontainer.cpp" line="64"/>
        <source>The engine created a helper container but did not say its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkpoints/helpercontainer.cpp" line="86"/>
        <source>The engine sent no readable file information for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::ListRun</name>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="80"/>
        <source>The engine did not say the id and image of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="90"/>
        <source>The engine did not say where its data root is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="102"/>
        <source>Cannot read when the checkpoints of %1 were taken: creating a helper container failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="128"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="147"/>
        <source>Could not remove the helper container %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::LogPane</name>
    <message>
        <location filename="../widgets/logpane.cpp" line="44"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="49"/>
        <source>Keep the newest lines in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="52"/>
        <source>Search the log (Enter or F3: next, Shift+F3: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="55"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="62"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="65"/>
        <source>Remove the lines shown so far; new lines keep coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="260"/>
        <source>No container selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="266"/>
        <source>opening the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="269"/>
        <source>following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="272"/>
        <source>container stopped — waiting for it to run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="275"/>
        <source>cannot follow the log: %1 Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="276"/>
        <source>cannot follow the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="279"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::LogStream</name>
    <message>
        <location filename="../app/engine/logstream.cpp" line="156"/>
        <source>The engine sent a log stream Stasis cannot read (broken framing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64"/>
        <source>With checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="66"/>
        <source>&amp;Checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="68"/>
        <source>Stasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="81"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="87"/>
        <source>The engine: a unix:// or tcp:// address. Type another and press Enter to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="107"/>
        <source>Filter containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="111"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="148"/>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="149"/>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="211"/>
        <source>● reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="213"/>
        <source>● connected · Docker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="233"/>
        <source>● connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="255"/>
        <source>Checkpoint the selected containers (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="258"/>
        <source>&lt;h3&gt;Docker %1&lt;/h3&gt;&lt;p&gt;API %2 (Stasis speaks %3) · %4 · kernel %5 · %6&lt;/p&gt;&lt;p&gt;Data root: %7&lt;/p&gt;&lt;p&gt;Checkpointing: &lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="269"/>
        <location filename="../widgets/mainwindow.cpp" line="270"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="269"/>
        <location filename="../widgets/mainwindow.cpp" line="270"/>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="270"/>
        <source>Engine ready · checkpointing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="277"/>
        <source>● not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="278"/>
        <source>Not connected. Fix the problem above, then Reconnect (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="339"/>
        <source>Cannot list the checkpoints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="367"/>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="395"/>
        <source>Checkpoint %1 of %2 taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="397"/>
        <source>Checkpointing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stasis::RestoreJob</name>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="22"/>
        <source>Restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="22"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="39"/>
        <source>The engine hit its known transient error (%1); retrying in %2 ms (attempt %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="48"/>
        <source>Cannot restore %1 from checkpoint %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/stasis/main.cpp" line="22"/>
        <source>Checkpoint and restore Docker containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="26"/>
        <source>The engine to connect to (default: DOCKER_HOST, then the default socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="29"/>
        <source>Save a PNG of the main window once it is loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="32"/>
        <source>The Docker context to use (overrides DOCKER_HOST and the current context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="35"/>
        <source>Select this container (name or id) once it is listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
