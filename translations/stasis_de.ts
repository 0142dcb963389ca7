<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckpointName</name>
    <message>
        <location filename="../app/engine/checkpointname.cpp" line="15"/>
        <source>&apos;%1&apos; is not a valid checkpoint name: use at least two characters, letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit and not ending with &apos;.&apos;.</source>
        <translation>&apos;%1&apos; ist kein gültiger Checkpoint-Name: Verwenden Sie mindestens zwei Zeichen aus Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer und nicht endend mit &apos;.&apos;.</translation>
    </message>
</context>
<context>
    <name>EngineCapabilities</name>
    <message>
        <location filename="../app/engine/enginecapabilities.cpp" line="14"/>
        <source>This engine runs %1 containers; checkpoints need a Linux engine with CRIU. Connect to a Linux engine.</source>
        <translation>Diese Engine führt %1-Container aus; Checkpoints benötigen eine Linux-Engine mit CRIU. Verbinden Sie sich mit einer Linux-Engine.</translation>
    </message>
    <message>
        <location filename="../app/engine/enginecapabilities.cpp" line="19"/>
        <source>Checkpoints are off: the engine runs without experimental mode. Add &quot;experimental&quot;: true to /etc/docker/daemon.json (or start dockerd with --experimental), restart the engine, then reconnect.</source>
        <translation>Checkpoints sind deaktiviert: Die Engine läuft ohne experimentellen Modus. Fügen Sie &quot;experimental&quot;: true zu /etc/docker/daemon.json hinzu (oder starten Sie dockerd mit --experimental), starten Sie die Engine neu und verbinden Sie sich dann erneut.</translation>
    </message>
</context>
<context>
    <name>SocketProbe</name>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="70"/>
        <source>%1 accepted no connection within %2 seconds; the engine may be overloaded or hung.</source>
        <translation>%1 hat innerhalb von %2 Sekunden keine Verbindung angenommen; die Engine ist möglicherweise überlastet oder hängt.</translation>
    </message>
</context>
<context>
    <name>Stasis</name>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="32"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="37"/>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="40"/>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="48"/>
        <source>Cannot read %1 %2: %3.</source>
        <translation>%1 %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="61"/>
        <source>%1 %2 holds no PEM certificate.</source>
        <translation>%1 %2 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="78"/>
        <source>%1 %2 holds no private key Stasis can read (an RSA, EC or DSA key in PEM, not encrypted).</source>
        <translation>%1 %2 enthält keinen privaten Schlüssel, den Stasis lesen kann (einen unverschlüsselten RSA-, EC- oder DSA-Schlüssel im PEM-Format).</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="37"/>
        <source>The engine sent invalid JSON: %1.</source>
        <translation>Die Engine hat ungültiges JSON gesendet: %1.</translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="26"/>
        <source>There is no engine socket at %1. Start the Docker engine (for example: sudo systemctl start docker), or choose another engine with --host or DOCKER_HOST.</source>
        <translation>Unter %1 gibt es keinen Engine-Socket. Starten Sie die Docker-Engine (zum Beispiel: sudo systemctl start docker) oder wählen Sie mit --host oder DOCKER_HOST eine andere Engine.</translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="31"/>
        <source>Permission denied on %1. Add your user to the socket&apos;s group (usually: sudo usermod -aG docker $USER, then log in again), or run as a user who may use the engine.</source>
        <translation>Zugriff auf %1 verweigert. Fügen Sie Ihren Benutzer der Gruppe des Sockets hinzu (meist: sudo usermod -aG docker $USER, danach neu anmelden) oder führen Sie Stasis als ein Benutzer aus, der die Engine verwenden darf.</translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="36"/>
        <source>Nothing answers on %1 (connection refused): the engine is stopped or has crashed. Start it again (for example: sudo systemctl start docker).</source>
        <translation>Unter %1 antwortet nichts (Verbindung abgelehnt): Die Engine ist gestoppt oder abgestürzt. Starten Sie sie erneut (zum Beispiel: sudo systemctl start docker).</translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="40"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="41"/>
        <source>The engine did not say the id and image of %1.</source>
        <translation>Die Engine hat ID und Image von %1 nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="26"/>
        <source>The container has a terminal (TTY) that CRIU cannot take over: restore into a container created without a TTY (-t), or start it again.</source>
        <translation>Der Container hat ein Terminal (TTY), das CRIU nicht übernehmen kann: Stellen Sie ihn in einem Container wieder her, der ohne TTY (-t) erstellt wurde, oder starten Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="28"/>
        <source>CRIU could not suspend the container&apos;s seccomp filter: run the container with --security-opt seccomp=unconfined, or use a kernel with CONFIG_CHECKPOINT_RESTORE.</source>
        <translation>CRIU konnte den seccomp-Filter des Containers nicht aussetzen: Führen Sie den Container mit --security-opt seccomp=unconfined aus oder verwenden Sie einen Kernel mit CONFIG_CHECKPOINT_RESTORE.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="31"/>
        <source>The engine host&apos;s CRIU is too old for its kernel: update CRIU until `criu check` says &quot;Looks good.&quot;.</source>
        <translation>CRIU auf dem Host der Engine ist zu alt für dessen Kernel: Aktualisieren Sie CRIU, bis `criu check` &quot;Looks good.&quot; meldet.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="33"/>
        <source>The container&apos;s files differ from when the checkpoint was taken (a file is gone or changed size): restore into a container with the same image and files, or take a new checkpoint.</source>
        <translation>Die Dateien des Containers unterscheiden sich von denen zum Zeitpunkt des Checkpoints (eine Datei fehlt oder hat eine andere Größe): Stellen Sie ihn in einem Container mit demselben Image und denselben Dateien wieder her oder erstellen Sie einen neuen Checkpoint.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="35"/>
        <source>CRIU reported a generic failure; the cause is in the Error lines of its log.</source>
        <translation>CRIU hat einen allgemeinen Fehler gemeldet; die Ursache steht in den Error-Zeilen seines Protokolls.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulogfetcher.cpp" line="36"/>
        <source>The engine sent an unreadable archive of %1.</source>
        <translation>Die Engine hat ein unlesbares Archiv von %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointDialog</name>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="24"/>
        <source>&amp;Leave the container running</source>
        <translation>Container &amp;weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="28"/>
        <source>Checkpoint %1</source>
        <translation>Checkpoint für %1</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="46"/>
        <source>Without this, the container stops once its state is saved.</source>
        <translation>Ohne diese Option wird der Container gestoppt, sobald sein Zustand gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="47"/>
        <source>the engine&apos;s default folder</source>
        <translation>Standardordner der Engine</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="48"/>
        <source>A folder on the engine&apos;s host. The engine cannot restore from a custom folder directly.</source>
        <translation>Ein Ordner auf dem Host der Engine. Aus einem benutzerdefinierten Ordner kann die Engine nicht direkt wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="49"/>
        <source>&amp;Checkpoint</source>
        <translation>&amp;Checkpoint erstellen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="52"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="56"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="97"/>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="101"/>
        <source>You can still try: if it fails, the job&apos;s error details show CRIU&apos;s own lines.</source>
        <translation>Sie können es trotzdem versuchen: Schlägt es fehl, zeigen die Fehlerdetails des Auftrags die Zeilen von CRIU selbst.</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointModel</name>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="16"/>
        <location filename="../models/checkpointmodel.cpp" line="25"/>
        <location filename="../models/checkpointmodel.cpp" line="222"/>
        <location filename="../models/checkpointmodel.cpp" line="223"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="30"/>
        <source>engine default</source>
        <translation>Engine-Standard</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="183"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="186"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="186"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="221"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="223"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="224"/>
        <source>Checkpoint %1
Taken: %2
Size: %3
Folder: %4</source>
        <translation>Checkpoint %1
Erstellt: %2
Größe: %3
Ordner: %4</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="227"/>
        <source>Dump took %1 ms; container %2; Docker %3, Stasis %4</source>
        <translation>Dump dauerte %1 ms; Container %2; Docker %3, Stasis %4</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="229"/>
        <source>left running</source>
        <translation>weiterlaufen gelassen</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="229"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="241"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="243"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="245"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="247"/>
        <source>Dump time</source>
        <translation>Dump-Dauer</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="249"/>
        <source>Left running</source>
        <translation>Weiterlaufen gelassen</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="251"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointRisks</name>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="95"/>
        <source>has a terminal (TTY, docker run -t)</source>
        <translation>hat ein Terminal (TTY, docker run -t)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="98"/>
        <source>keeps its standard input open (docker run -i)</source>
        <translation>hält seine Standardeingabe offen (docker run -i)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="101"/>
        <source>runs an init process (docker run --init)</source>
        <translation>läuft mit einem Init-Prozess (docker run --init)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="104"/>
        <source>is privileged (docker run --privileged)</source>
        <translation>ist privilegiert (docker run --privileged)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="107"/>
        <source>runs without a seccomp profile (seccomp=unconfined)</source>
        <translation>läuft ohne seccomp-Profil (seccomp=unconfined)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="110"/>
        <source>has a tmpfs mount (docker run --tmpfs)</source>
        <translation>hat ein tmpfs-Mount (docker run --tmpfs)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="113"/>
        <source>runs as a user other than root (docker run --user)</source>
        <translation>läuft als anderer Benutzer als root (docker run --user)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="121"/>
        <source>Check “Leave the container running” so it keeps working if CRIU fails, or recreate the container without -t/-i.</source>
        <translation>Wählen Sie „Container weiterlaufen lassen“, damit er weiterarbeitet, falls CRIU scheitert, oder erstellen Sie den Container ohne -t/-i neu.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="124"/>
        <source>Check “Leave the container running” so it keeps working, and keep another way back; or recreate the container without --init.</source>
        <translation>Wählen Sie „Container weiterlaufen lassen“, damit er weiterarbeitet, und halten Sie einen anderen Weg zurück bereit; oder erstellen Sie den Container ohne --init neu.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="127"/>
        <source>Recreate the container to run as root (without --user) if it must be checkpointed; it keeps running after the failed attempt.</source>
        <translation>Erstellen Sie den Container so neu, dass er als root läuft (ohne --user), wenn er gesichert werden muss; nach dem gescheiterten Versuch läuft er weiter.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="129"/>
        <source>Check “Leave the container running” so it keeps working if CRIU fails, or recreate the container without this option.</source>
        <translation>Wählen Sie „Container weiterlaufen lassen“, damit er weiterarbeitet, falls CRIU scheitert, oder erstellen Sie den Container ohne diese Option neu.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="151"/>
        <source>The container %1.</source>
        <translation>Der Container %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="161"/>
        <source>A checkpoint of a container with this option failed on this engine (Docker %1) %n time(s), last on %2: “%3”.</source>
        <translation>
            <numerusform>Ein Checkpoint eines Containers mit dieser Option ist auf dieser Engine (Docker %1) %n Mal gescheitert, zuletzt am %2: „%3“.</numerusform>
            <numerusform>Ein Checkpoint eines Containers mit dieser Option ist auf dieser Engine (Docker %1) %n Mal gescheitert, zuletzt am %2: „%3“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="165"/>
        <source>Restoring a container with this option failed on this engine (Docker %1) %n time(s), last on %2: “%3”.</source>
        <translation>
            <numerusform>Die Wiederherstellung eines Containers mit dieser Option ist auf dieser Engine (Docker %1) %n Mal gescheitert, zuletzt am %2: „%3“.</numerusform>
            <numerusform>Die Wiederherstellung eines Containers mit dieser Option ist auf dieser Engine (Docker %1) %n Mal gescheitert, zuletzt am %2: „%3“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="174"/>
        <source>That container also %1; either may have been the cause.</source>
        <translation>Jener Container %1 außerdem; beides kann die Ursache gewesen sein.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="174"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="184"/>
        <source>On this engine&apos;s version (Docker %1, measured with CRIU 4.1.1) the checkpoint fails: “%2”.</source>
        <translation>Mit der Version dieser Engine (Docker %1, gemessen mit CRIU 4.1.1) scheitert der Checkpoint: „%2“.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="185"/>
        <source>On Docker %1 with CRIU 4.1.1 the checkpoint failed: “%2”; this engine (Docker %3) may behave differently.</source>
        <translation>Mit Docker %1 und CRIU 4.1.1 scheiterte der Checkpoint: „%2“; diese Engine (Docker %3) kann sich anders verhalten.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="188"/>
        <source>On this engine&apos;s version (Docker %1, measured with CRIU 4.1.1) the checkpoint is taken, but restoring it fails: “%2”.</source>
        <translation>Mit der Version dieser Engine (Docker %1, gemessen mit CRIU 4.1.1) wird der Checkpoint erstellt, aber die Wiederherstellung scheitert: „%2“.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="190"/>
        <source>On Docker %1 with CRIU 4.1.1 the checkpoint was taken, but restoring it failed: “%2”; this engine (Docker %3) may behave differently.</source>
        <translation>Mit Docker %1 und CRIU 4.1.1 wurde der Checkpoint erstellt, aber die Wiederherstellung scheiterte: „%2“; diese Engine (Docker %3) kann sich anders verhalten.</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointTimelineView</name>
    <message>
        <location filename="../widgets/checkpointtimelineview.cpp" line="46"/>
        <source>Checkpoint timeline</source>
        <translation>Checkpoint-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointtimelineview.cpp" line="477"/>
        <source>No checkpoints</source>
        <translation>Keine Checkpoints</translation>
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
        <translation>%1
ID %2
Image %3
%4</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="115"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="117"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="119"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="121"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="123"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="125"/>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="127"/>
        <source>Last checkpoint</source>
        <translation>Letzter Checkpoint</translation>
    </message>
</context>
<context>
    <name>Stasis::CopyRun</name>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="74"/>
        <source>%1 already has a checkpoint named %2; remove it first, or restore under another name.</source>
        <translation>%1 hat bereits einen Checkpoint namens %2; entfernen Sie ihn zuerst oder stellen Sie unter einem anderen Namen wieder her.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="110"/>
        <source>The engine did not say where its data root is.</source>
        <translation>Die Engine hat nicht angegeben, wo sich ihr Datenverzeichnis befindet.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="133"/>
        <source>Cannot copy checkpoint %1: creating a helper container failed: %2</source>
        <translation>Checkpoint %1 kann nicht kopiert werden: Das Erstellen eines Hilfscontainers ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="163"/>
        <source>There is no checkpoint %1 in %2.</source>
        <translation>Es gibt keinen Checkpoint %1 in %2.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="214"/>
        <source>Copied checkpoint %1, but could not remove a helper container: %2</source>
        <translation>Checkpoint %1 wurde kopiert, aber ein Hilfscontainer konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="224"/>
        <source>the checkpoints of %1</source>
        <translation>den Checkpoints von %1</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="229"/>
        <source>Cannot copy checkpoint %1 from %2 to %3: %4</source>
        <translation>Checkpoint %1 kann nicht von %2 nach %3 kopiert werden: %4</translation>
    </message>
</context>
<context>
    <name>Stasis::CreateCheckpointJob</name>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="33"/>
        <source>Checkpointing %1</source>
        <translation>Checkpoint für %1 wird erstellt</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="33"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>The engine hit its known transient error (%1); retrying in %2 ms (attempt %3 of %4).</source>
        <translation type="vanished">Bei der Engine ist ihr bekannter vorübergehender Fehler aufgetreten (%1); neuer Versuch in %2 ms (Versuch %3 von %4).</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="87"/>
        <source>Cannot checkpoint %1: it is not running (%2). Only a running container can be checkpointed: start it, or restore one of its checkpoints.</source>
        <translation>Checkpoint für %1 kann nicht erstellt werden: Der Container läuft nicht (%2). Nur von einem laufenden Container kann ein Checkpoint erstellt werden: Starten Sie ihn oder stellen Sie einen seiner Checkpoints wieder her.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="89"/>
        <source>Cannot checkpoint %1: %2</source>
        <translation>Checkpoint für %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="91"/>
        <source>Cannot checkpoint %1: the engine went away (%2): it stopped or restarted. Start it again, then retry this job and check the container&apos;s state.</source>
        <translation>Checkpoint von %1 nicht möglich: Die Engine ist weg (%2), sie wurde beendet oder neu gestartet. Starten Sie sie wieder, wiederholen Sie dann diesen Auftrag und prüfen Sie den Zustand des Containers.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="104"/>
        <source>The container is no longer running; start it again, or restore an earlier checkpoint.</source>
        <translation>Der Container läuft nicht mehr; starten Sie ihn erneut oder stellen Sie einen früheren Checkpoint wieder her.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="126"/>
        <source>Cancelled: the request was aborted, but the engine may still finish or abort the dump. Checking %1…</source>
        <translation>Abgebrochen: Die Anfrage wurde abgebrochen, aber die Engine kann die Sicherung noch beenden oder abbrechen. %1 wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="136"/>
        <source>After cancelling: the state of %1 is unknown (%2).</source>
        <translation>Nach dem Abbruch: Der Zustand von %1 ist unbekannt (%2).</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="140"/>
        <source>%1 is running.</source>
        <translation>%1 läuft.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="141"/>
        <source>%1 is stopped (%2): start it again, or restore a checkpoint.</source>
        <translation>%1 ist gestoppt (%2): Starten Sie ihn wieder oder stellen Sie einen Checkpoint wieder her.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="147"/>
        <source>After cancelling: %1 Checkpoint %2 exists (it may be incomplete: remove it if in doubt).</source>
        <translation>Nach dem Abbruch: %1 Checkpoint %2 existiert (er kann unvollständig sein: entfernen Sie ihn im Zweifel).</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="148"/>
        <source>After cancelling: %1 Checkpoint %2 was not created.</source>
        <translation>Nach dem Abbruch: %1 Checkpoint %2 wurde nicht erstellt.</translation>
    </message>
</context>
<context>
    <name>Stasis::CriuLog</name>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="76"/>
        <source>CRIU&apos;s errors:</source>
        <translation>Fehler von CRIU:</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="79"/>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="82"/>
        <source>CRIU&apos;s log:</source>
        <translation>Protokoll von CRIU:</translation>
    </message>
</context>
<context>
    <name>Stasis::DockerContextStore</name>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="99"/>
        <source>The Docker configuration cannot be used: %1.</source>
        <translation>Die Docker-Konfiguration kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="109"/>
        <source>The Docker configuration %1 is malformed: currentContext is not a string.</source>
        <translation>Die Docker-Konfiguration %1 ist fehlerhaft: currentContext ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="123"/>
        <source>The Docker context &apos;%1&apos; cannot be used: %2.</source>
        <translation>Der Docker-Kontext &apos;%1&apos; kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="127"/>
        <source>There is no Docker context &apos;%1&apos;: %2 does not exist (`docker context ls` lists the contexts).</source>
        <translation>Es gibt keinen Docker-Kontext &apos;%1&apos;: %2 existiert nicht (`docker context ls` listet die Kontexte auf).</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="130"/>
        <source>The Docker context &apos;%1&apos; is malformed: %2 in %3.</source>
        <translation>Der Docker-Kontext &apos;%1&apos; ist fehlerhaft: %2 in %3.</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="135"/>
        <source>Endpoints is not an object</source>
        <translation>Endpoints ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="139"/>
        <source>The Docker context &apos;%1&apos; has no docker endpoint in %2.</source>
        <translation>Der Docker-Kontext &apos;%1&apos; hat in %2 keinen docker-Endpunkt.</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="142"/>
        <source>Endpoints.docker is not an object</source>
        <translation>Endpoints.docker ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="146"/>
        <source>Endpoints.docker.Host is not a string</source>
        <translation>Endpoints.docker.Host ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="150"/>
        <source>Endpoints.docker.SkipTLSVerify is not true or false</source>
        <translation>Endpoints.docker.SkipTLSVerify ist weder true noch false</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineClient</name>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="92"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="94"/>
        <source>The engine at %1 did not answer in time.</source>
        <translation>Die Engine unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="98"/>
        <source>The engine at %1 sent an invalid reply: %2.</source>
        <translation>Die Engine unter %1 hat eine ungültige Antwort gesendet: %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="102"/>
        <source>Lost the connection to the engine at %1 (%2). Check that it runs, then try again.</source>
        <translation>Die Verbindung zur Engine unter %1 wurde unterbrochen (%2). Prüfen Sie, ob sie läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="163"/>
        <source>The engine at %1 closed the stream: %2.</source>
        <translation>Die Engine unter %1 hat den Datenstrom geschlossen: %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="237"/>
        <source>The engine at %1 does not say which API it speaks; it is older than Stasis supports (API %2 or newer).</source>
        <translation>Die Engine unter %1 gibt nicht an, welche API sie spricht; sie ist älter, als Stasis unterstützt (API %2 oder neuer).</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="243"/>
        <source>The engine at %1 speaks API %2; Stasis needs %3 or newer (Docker 19.03 or later). Update the engine.</source>
        <translation>Die Engine unter %1 spricht API %2; Stasis benötigt %3 oder neuer (Docker 19.03 oder neuer). Aktualisieren Sie die Engine.</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineEndpoint</name>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="102"/>
        <source>The engine address is empty; use unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation>Die Engine-Adresse ist leer; verwenden Sie unix:///path/to/docker.sock oder tcp://host:port.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="106"/>
        <source>&apos;%1&apos; is not an engine address; write unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation>&apos;%1&apos; ist keine Engine-Adresse; schreiben Sie unix:///path/to/docker.sock oder tcp://host:port.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="114"/>
        <source>&apos;%1&apos; does not name an absolute socket path; write it as unix:///path/to/docker.sock.</source>
        <translation>&apos;%1&apos; gibt keinen absoluten Socket-Pfad an; schreiben Sie ihn als unix:///path/to/docker.sock.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="120"/>
        <source>&apos;%1&apos;: ssh:// engine addresses are not supported yet. Forward the engine&apos;s socket instead, e.g. `ssh -NL /tmp/docker.sock:/var/run/docker.sock user@host`, then use unix:///tmp/docker.sock.</source>
        <translation>&apos;%1&apos;: Engine-Adressen mit ssh:// werden noch nicht unterstützt. Leiten Sie stattdessen den Socket der Engine weiter, z. B. `ssh -NL /tmp/docker.sock:/var/run/docker.sock user@host`, und verwenden Sie dann unix:///tmp/docker.sock.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="125"/>
        <source>&apos;%1&apos;: write tcp://host:port instead of %2://; TLS comes from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, or from the Docker context.</source>
        <translation>&apos;%1&apos;: Schreiben Sie tcp://host:port statt %2://; TLS wird über DOCKER_TLS_VERIFY und DOCKER_CERT_PATH oder über den Docker-Kontext festgelegt.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="131"/>
        <source>&apos;%1&apos;: unknown scheme &apos;%2&apos;; the engine address must be unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation>&apos;%1&apos;: unbekanntes Schema &apos;%2&apos;; die Engine-Adresse muss unix:///path/to/docker.sock oder tcp://host:port lauten.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="138"/>
        <source>&apos;%1&apos;: a tcp:// address takes no path; write tcp://host:port.</source>
        <translation>&apos;%1&apos;: Eine tcp://-Adresse enthält keinen Pfad; schreiben Sie tcp://host:port.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="148"/>
        <source>&apos;%1&apos;: the IPv6 address lacks its closing bracket.</source>
        <translation>&apos;%1&apos;: Der IPv6-Adresse fehlt die schließende Klammer.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="153"/>
        <source>&apos;%1&apos;: expected &apos;:port&apos; after the IPv6 address.</source>
        <translation>&apos;%1&apos;: Nach der IPv6-Adresse wurde &apos;:port&apos; erwartet.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="161"/>
        <source>&apos;%1&apos;: write an IPv6 address in brackets, e.g. tcp://[::1]:2376.</source>
        <translation>&apos;%1&apos;: Schreiben Sie eine IPv6-Adresse in eckigen Klammern, z. B. tcp://[::1]:2376.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="167"/>
        <source>&apos;%1&apos; names no host; write tcp://host:port.</source>
        <translation>&apos;%1&apos; gibt keinen Host an; schreiben Sie tcp://host:port.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="170"/>
        <source>&apos;%1&apos; has no port; write tcp://host:port, e.g. port 2376 for TLS or 2375 without.</source>
        <translation>&apos;%1&apos; hat keinen Port; schreiben Sie tcp://host:port, z. B. Port 2376 mit TLS oder 2375 ohne.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="174"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a valid port; ports run from 1 to 65535.</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; ist kein gültiger Port; Ports reichen von 1 bis 65535.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="179"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a valid host name or address.</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; ist kein gültiger Hostname und keine gültige Adresse.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="189"/>
        <source>Give either an engine address (%1) or a Docker context (%2), not both.</source>
        <translation>Geben Sie entweder eine Engine-Adresse (%1) oder einen Docker-Kontext (%2) an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="207"/>
        <source>The current context of %1: </source>
        <translation>Der aktuelle Kontext von %1: </translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="230"/>
        <source>The Docker context &apos;%1&apos; (%2): </source>
        <translation>Der Docker-Kontext &apos;%1&apos; (%2): </translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="247"/>
        <source>The Docker context &apos;%1&apos;: </source>
        <translation>Der Docker-Kontext &apos;%1&apos;: </translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="256"/>
        <source>%1 needs TLS, but this Qt has no working TLS backend (OpenSSL).</source>
        <translation>%1 benötigt TLS, aber diese Qt-Installation hat kein funktionierendes TLS-Backend (OpenSSL).</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="263"/>
        <source>the TLS CA certificate</source>
        <translation>das TLS-CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="276"/>
        <source>The TLS client key %1 is missing; the client certificate %2 needs it.</source>
        <translation>Der TLS-Client-Schlüssel %1 fehlt; das Client-Zertifikat %2 benötigt ihn.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="279"/>
        <source>The TLS client certificate %1 is missing; the client key %2 needs it.</source>
        <translation>Das TLS-Client-Zertifikat %1 fehlt; der Client-Schlüssel %2 benötigt es.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="282"/>
        <source>the TLS client certificate</source>
        <translation>das TLS-Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="286"/>
        <source>the TLS client key</source>
        <translation>der TLS-Client-Schlüssel</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineError</name>
    <message>
        <location filename="../app/engine/engineerror.cpp" line="49"/>
        <source>The engine does not offer checkpoints (%1). Enable experimental mode: add &quot;experimental&quot;: true to /etc/docker/daemon.json and restart the engine.</source>
        <translation>Die Engine bietet keine Checkpoints an (%1). Aktivieren Sie den experimentellen Modus: Fügen Sie &quot;experimental&quot;: true zu /etc/docker/daemon.json hinzu und starten Sie die Engine neu.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineerror.cpp" line="53"/>
        <source>Nothing to do: the container is already in that state.</source>
        <translation>Nichts zu tun: Der Container ist bereits in diesem Zustand.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineerror.cpp" line="58"/>
        <source>The engine answered %1: %2</source>
        <translation>Die Engine antwortete %1: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::EventStream</name>
    <message>
        <location filename="../app/engine/eventstream.cpp" line="124"/>
        <source>The engine at %1 closed the event stream.</source>
        <translation>Die Engine unter %1 hat den Ereignisstrom geschlossen.</translation>
    </message>
</context>
<context>
    <name>Stasis::FetchRun</name>
    <message>
        <location filename="../app/checkpoints/criulogfetcher.cpp" line="80"/>
        <source>Cannot read CRIU&apos;s log %1/%2 (it may be gone already): %3</source>
        <translation>Das Protokoll von CRIU %1/%2 kann nicht gelesen werden (es ist möglicherweise bereits gelöscht): %3</translation>
    </message>
</context>
<context>
    <name>Stasis::HelperContainer</name>
    <message>
        <location filename="../app/checkpoints/helpercontainer.cpp" line="62"/>
        <source>The engine created a helper container but did not say its id.</source>
        <translation>Die Engine hat einen Hilfscontainer erstellt, aber dessen ID nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/helpercontainer.cpp" line="78"/>
        <source>The engine sent no readable file information for %1.</source>
        <translation>Die Engine hat keine lesbaren Dateiinformationen für %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>Stasis::JobModel</name>
    <message>
        <location filename="../models/jobmodel.cpp" line="46"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="48"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="50"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="52"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="54"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="65"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="205"/>
        <source>Queued at %1</source>
        <translation>In Warteschlange seit %1</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="207"/>
        <source>Started at %1</source>
        <translation>Gestartet um %1</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="210"/>
        <source>Ended at %1</source>
        <translation>Beendet um %1</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="231"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="233"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="235"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="237"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="239"/>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <location filename="../models/jobmodel.cpp" line="241"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Stasis::JobNotifier</name>
    <message>
        <location filename="../widgets/jobnotifier.cpp" line="38"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/jobnotifier.cpp" line="39"/>
        <source>Took %1.</source>
        <translation>Dauerte %1.</translation>
    </message>
</context>
<context>
    <name>Stasis::JobProgressDelegate</name>
    <message>
        <location filename="../widgets/jobprogressdelegate.cpp" line="28"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../widgets/jobprogressdelegate.cpp" line="52"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Stasis::JobQueue</name>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="56"/>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="66"/>
        <source>Cancelled while running.</source>
        <translation>Während der Ausführung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="106"/>
        <source>Queued again.</source>
        <translation>Erneut in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="182"/>
        <source>1 job running</source>
        <translation>1 Auftrag läuft</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="182"/>
        <source>%1 jobs running</source>
        <translation>%1 Aufträge laufen</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="185"/>
        <source>%1 queued</source>
        <translation>%1 in Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="188"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="190"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="241"/>
        <source>Could not start “%1”: there is nothing to run.</source>
        <translation>„%1“ konnte nicht gestartet werden: Es gibt nichts auszuführen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="261"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="292"/>
        <source>Error code %1.</source>
        <translation>Fehlercode %1.</translation>
    </message>
</context>
<context>
    <name>Stasis::JobsPanel</name>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="34"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="35"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="36"/>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="49"/>
        <source>Cancel the selected job: a queued job is dropped, a running one stopped</source>
        <translation>Ausgewählten Auftrag abbrechen: Ein wartender Auftrag wird verworfen, ein laufender gestoppt</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="51"/>
        <source>Run the selected failed or cancelled job again</source>
        <translation>Ausgewählten fehlgeschlagenen oder abgebrochenen Auftrag erneut ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="53"/>
        <source>Remove the jobs that ended from the list</source>
        <translation>Beendete Aufträge aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="57"/>
        <source>Select a job to see its messages and error details.</source>
        <translation>Wählen Sie einen Auftrag aus, um seine Meldungen und Fehlerdetails zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="113"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="115"/>
        <source>Container: %1</source>
        <translation>Container: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="117"/>
        <source>Queued: %1</source>
        <translation>In Warteschlange: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="119"/>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="122"/>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="125"/>
        <source>Runs: %1</source>
        <translation>Durchläufe: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="135"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Stasis::ListRun</name>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="95"/>
        <source>The engine did not say the id and image of %1.</source>
        <translation>Die Engine hat ID und Image von %1 nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="105"/>
        <source>The engine did not say where its data root is.</source>
        <translation>Die Engine hat nicht angegeben, wo sich ihr Datenverzeichnis befindet.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="117"/>
        <source>Cannot read when the checkpoints of %1 were taken: creating a helper container failed: %2</source>
        <translation>Der Erstellungszeitpunkt der Checkpoints von %1 kann nicht ermittelt werden: Das Erstellen eines Hilfscontainers ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="143"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="202"/>
        <source>Could not remove the helper container %1: %2</source>
        <translation>Der Hilfscontainer %1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::LogPane</name>
    <message>
        <location filename="../widgets/logpane.cpp" line="44"/>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="49"/>
        <source>Keep the newest lines in view</source>
        <translation>Die neuesten Zeilen sichtbar halten</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="52"/>
        <source>Search the log (Enter or F3: next, Shift+F3: previous)</source>
        <translation>Protokoll durchsuchen (Eingabetaste oder F3: nächster Treffer, Umschalt+F3: vorheriger)</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="55"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="62"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="65"/>
        <source>Remove the lines shown so far; new lines keep coming</source>
        <translation>Bisher angezeigte Zeilen entfernen; neue Zeilen werden weiterhin angezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="260"/>
        <source>No container selected.</source>
        <translation>Kein Container ausgewählt.</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="266"/>
        <source>opening the log…</source>
        <translation>Protokoll wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="269"/>
        <source>following</source>
        <translation>wird verfolgt</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="272"/>
        <source>container stopped — waiting for it to run again</source>
        <translation>Container gestoppt — es wird gewartet, bis er wieder läuft</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="275"/>
        <source>cannot follow the log: %1 Trying again in %2 s.</source>
        <translation>Protokoll kann nicht verfolgt werden: %1 Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="276"/>
        <source>cannot follow the log: %1</source>
        <translation>Protokoll kann nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="279"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Stasis::LogStream</name>
    <message>
        <location filename="../app/engine/logstream.cpp" line="156"/>
        <source>The engine sent a log stream Stasis cannot read (broken framing).</source>
        <translation>Die Engine hat einen Protokolldatenstrom gesendet, den Stasis nicht lesen kann (fehlerhaftes Framing).</translation>
    </message>
</context>
<context>
    <name>Stasis::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="75"/>
        <source>With checkpoints</source>
        <translation>Mit Checkpoints</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="76"/>
        <source>&amp;Reconnect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="77"/>
        <source>&amp;Checkpoint…</source>
        <translation>&amp;Checkpoint erstellen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="78"/>
        <location filename="../widgets/mainwindow.cpp" line="572"/>
        <location filename="../widgets/mainwindow.cpp" line="690"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="79"/>
        <source>Re&amp;move Checkpoints…</source>
        <translation>Checkpoints en&amp;tfernen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="80"/>
        <source>Restore &amp;Into…</source>
        <translation>Wiederherstellen &amp;in …</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="81"/>
        <source>Checkpoint &amp;Folder…</source>
        <translation>Checkpoint-&amp;Ordner …</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="85"/>
        <source>Stasis</source>
        <translation>Stasis</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="102"/>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="108"/>
        <source>The engine: a unix:// or tcp:// address. Type another and press Enter to switch.</source>
        <translation>Die Engine: eine unix://- oder tcp://-Adresse. Geben Sie eine andere ein und drücken Sie die Eingabetaste, um zu wechseln.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="136"/>
        <source>List the checkpoints of the selected container in a custom folder on the engine&apos;s host (Ctrl+Shift+F)</source>
        <translation>Die Checkpoints des gewählten Containers in einem eigenen Ordner auf dem Rechner der Engine auflisten (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="143"/>
        <source>Filter containers</source>
        <translation>Container filtern</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="147"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="193"/>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="194"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="195"/>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="258"/>
        <source>● reconnecting…</source>
        <translation>● Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="260"/>
        <source>● connected · Docker %1</source>
        <translation>● verbunden · Docker %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="283"/>
        <source>● connecting…</source>
        <translation>● Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="471"/>
        <source>Checkpoint %1 as %2</source>
        <translation>Checkpoint von %1 als %2 erstellen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="497"/>
        <source>Restore %1 from %2 in %3</source>
        <translation>%1 aus %2 in %3 wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="508"/>
        <source>Restore %1 from %2</source>
        <translation>%1 aus %2 wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="515"/>
        <source>Rewind %1</source>
        <translation>%1 zurückspulen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="516"/>
        <source>%1 is running. Stop it, then restore it from %2? What it did since that checkpoint is lost.</source>
        <translation>%1 läuft. Container stoppen und dann aus %2 wiederherstellen? Was er seit diesem Checkpoint getan hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="520"/>
        <source>&amp;Stop, then Restore</source>
        <translation>&amp;Stoppen, dann wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="531"/>
        <source>Rewind %1 to %2</source>
        <translation>%1 auf %2 zurückspulen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="558"/>
        <source>Restore into another container</source>
        <translation>In einen anderen Container wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="559"/>
        <source>There is no stopped container to restore into. Create one with the same image and command as the source (docker create), then try again.</source>
        <translation>Es gibt keinen gestoppten Container, in den wiederhergestellt werden kann. Erstellen Sie einen mit demselben Image und Befehl wie die Quelle (docker create) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="567"/>
        <source>Restore %1 into…</source>
        <translation>%1 wiederherstellen in …</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="568"/>
        <source>Restore checkpoint %1 into this stopped container. It should have the same image and command as the source; it starts from the checkpoint&apos;s state.</source>
        <translation>Checkpoint %1 in diesen gestoppten Container wiederherstellen. Er sollte dasselbe Image und denselben Befehl wie die Quelle haben; er startet mit dem Zustand des Checkpoints.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="576"/>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="586"/>
        <source>Restore %1 into %2</source>
        <translation>%1 in %2 wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="601"/>
        <source>Checkpoint folder</source>
        <translation>Checkpoint-Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="602"/>
        <source>List checkpoints from this folder on the engine&apos;s host (leave empty for the engine&apos;s default folder):</source>
        <translation>Checkpoints aus diesem Ordner auf dem Rechner der Engine auflisten (leer lassen für den Standardordner der Engine):</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="638"/>
        <source>Remove checkpoints</source>
        <translation>Checkpoints entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="639"/>
        <source>Remove %1? Their files are deleted from the engine&apos;s host; this cannot be undone.</source>
        <translation>%1 entfernen? Die Dateien werden vom Host der Engine gelöscht; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="643"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="656"/>
        <source>Remove checkpoint %1</source>
        <translation>Checkpoint %1 entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="680"/>
        <source>Not connected to an engine.</source>
        <translation>Nicht mit einer Engine verbunden.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="688"/>
        <source>Checkpoint the selected containers (Ctrl+K)</source>
        <translation>Checkpoints der ausgewählten Container erstellen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="690"/>
        <source>&amp;Rewind…</source>
        <translation>&amp;Zurückspulen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="692"/>
        <source>Stop the running container, then restore it from the selected checkpoint (Ctrl+R)</source>
        <translation>Laufenden Container stoppen und dann aus dem ausgewählten Checkpoint wiederherstellen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="693"/>
        <source>Start the container from the selected checkpoint (Ctrl+R)</source>
        <translation>Container aus dem ausgewählten Checkpoint starten (Strg+R)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="696"/>
        <source>Restore the selected checkpoint into another, stopped container (Ctrl+Shift+R)</source>
        <translation>Den gewählten Checkpoint in einen anderen, gestoppten Container wiederherstellen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="698"/>
        <source>Remove the selected checkpoints (Delete)</source>
        <translation>Ausgewählte Checkpoints entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="323"/>
        <source>&lt;h3&gt;Docker %1&lt;/h3&gt;&lt;p&gt;API %2 (Stasis speaks %3) · %4 · kernel %5 · %6&lt;/p&gt;&lt;p&gt;Data root: %7&lt;/p&gt;&lt;p&gt;Checkpointing: &lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Docker %1&lt;/h3&gt;&lt;p&gt;API %2 (Stasis spricht %3) · %4 · Kernel %5 · %6&lt;/p&gt;&lt;p&gt;Datenverzeichnis: %7&lt;/p&gt;&lt;p&gt;Checkpoints: &lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="334"/>
        <location filename="../widgets/mainwindow.cpp" line="335"/>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="334"/>
        <location filename="../widgets/mainwindow.cpp" line="335"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="335"/>
        <source>Engine ready · checkpointing %1</source>
        <translation>Engine bereit · Checkpoints %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="342"/>
        <source>● not connected</source>
        <translation>● nicht verbunden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="343"/>
        <source>Not connected. Fix the problem above, then Reconnect (F5).</source>
        <translation>Nicht verbunden. Beheben Sie das oben genannte Problem und verbinden Sie dann neu (F5).</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="406"/>
        <source>Cannot list the checkpoints: %1</source>
        <translation>Checkpoints können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="434"/>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Checkpoint %1 of %2 taken.</source>
        <translation type="vanished">Checkpoint %1 von %2 erstellt.</translation>
    </message>
    <message>
        <source>Checkpointing %1…</source>
        <translation type="vanished">Checkpoint für %1 wird erstellt…</translation>
    </message>
</context>
<context>
    <name>Stasis::RemoveCheckpointJob</name>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="24"/>
        <source>Removing checkpoint %1 of %2</source>
        <translation>Checkpoint %1 von %2 wird entfernt</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="24"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="38"/>
        <source>Cannot remove checkpoint %1 of %2: %3</source>
        <translation>Checkpoint %1 von %2 kann nicht entfernt werden: %3</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="41"/>
        <source>Refresh the list of checkpoints: the container or the checkpoint no longer exists.</source>
        <translation>Aktualisieren Sie die Liste der Checkpoints: Der Container oder der Checkpoint existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="44"/>
        <source>Container: %1</source>
        <translation>Container: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="44"/>
        <source>Checkpoint: %1</source>
        <translation>Checkpoint: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="46"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="48"/>
        <source>Engine status: %1</source>
        <translation>Engine-Status: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="49"/>
        <source>Engine message: %1</source>
        <translation>Engine-Meldung: %1</translation>
    </message>
</context>
<context>
    <name>Stasis::RestoreFromJob</name>
    <message>
        <location filename="../app/jobs/restorefromjob.cpp" line="21"/>
        <source>Restoring %1</source>
        <translation>%1 wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorefromjob.cpp" line="21"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorefromjob.cpp" line="21"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorefromjob.cpp" line="27"/>
        <source>Copying checkpoint %1 into %2</source>
        <translation>Checkpoint %1 wird in %2 kopiert</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorefromjob.cpp" line="58"/>
        <source>Restored %1, but could not remove the copy of checkpoint %2: %3</source>
        <translation>%1 wurde wiederhergestellt, aber die Kopie von Checkpoint %2 konnte nicht entfernt werden: %3</translation>
    </message>
</context>
<context>
    <name>Stasis::RestoreJob</name>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="28"/>
        <source>Restoring %1</source>
        <translation>%1 wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="28"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="49"/>
        <source>Cannot restore %1 from checkpoint %2: the engine went away (%3): it stopped or restarted. Start it again, then retry this job.</source>
        <translation>%1 kann nicht aus Checkpoint %2 wiederhergestellt werden: Die Engine ist weg (%3), sie wurde beendet oder neu gestartet. Starten Sie sie wieder und wiederholen Sie dann diesen Auftrag.</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="54"/>
        <source>Cannot restore %1 from checkpoint %2: the engine refuses checkpoints (%3). Enable experimental mode: add &quot;experimental&quot;: true to /etc/docker/daemon.json and restart the engine.</source>
        <translation>%1 kann nicht aus Checkpoint %2 wiederhergestellt werden: Die Engine verweigert Checkpoints (%3). Schalten Sie den experimentellen Modus ein: Tragen Sie &quot;experimental&quot;: true in /etc/docker/daemon.json ein und starten Sie die Engine neu.</translation>
    </message>
    <message>
        <source>The engine hit its known transient error (%1); retrying in %2 ms (attempt %3 of %4).</source>
        <translation type="vanished">Bei der Engine ist ihr bekannter vorübergehender Fehler aufgetreten (%1); neuer Versuch in %2 ms (Versuch %3 von %4).</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="58"/>
        <source>Cannot restore %1 from checkpoint %2: the container is running. Stop it first, or rewind it (stop, then restore).</source>
        <translation>%1 kann nicht aus Checkpoint %2 wiederhergestellt werden: Der Container läuft. Stoppen Sie ihn zuerst oder spulen Sie ihn zurück (stoppen, dann wiederherstellen).</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="61"/>
        <source>Cannot restore %1 from checkpoint %2: %3</source>
        <translation>%1 kann nicht aus Checkpoint %2 wiederhergestellt werden: %3</translation>
    </message>
</context>
<context>
    <name>Stasis::RewindJob</name>
    <message>
        <location filename="../app/jobs/rewindjob.cpp" line="20"/>
        <source>Rewinding %1</source>
        <translation>%1 wird zurückgespult</translation>
    </message>
    <message>
        <location filename="../app/jobs/rewindjob.cpp" line="20"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/jobs/rewindjob.cpp" line="26"/>
        <source>Stopping %1</source>
        <translation>%1 wird gestoppt</translation>
    </message>
    <message>
        <location filename="../app/jobs/rewindjob.cpp" line="33"/>
        <source>Cannot rewind %1: stopping it failed: %2</source>
        <translation>%1 kann nicht zurückgespult werden: Das Stoppen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/rewindjob.cpp" line="46"/>
        <source>%1 The container stays stopped.</source>
        <translation>%1 Der Container bleibt gestoppt.</translation>
    </message>
</context>
<context>
    <name>Stasis::WriteRun</name>
    <message>
        <location filename="../app/checkpoints/checkpointmetadatawriter.cpp" line="79"/>
        <source>The checkpoint name %1 is too long for the archive.</source>
        <translation>Der Checkpoint-Name %1 ist zu lang für das Archiv.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointmetadatawriter.cpp" line="103"/>
        <source>Cannot write %1 into checkpoint %2: %3</source>
        <translation>%1 kann nicht in Checkpoint %2 geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>TransientRetry</name>
    <message>
        <location filename="../app/jobs/transientretry.cpp" line="19"/>
        <source>The engine hit its known transient error (%1); retrying in %2 ms (attempt %3 of %4).</source>
        <translation>Bei der Engine ist ihr bekannter vorübergehender Fehler aufgetreten (%1); neuer Versuch in %2 ms (Versuch %3 von %4).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/stasis/main.cpp" line="29"/>
        <source>Checkpoint and restore Docker containers.</source>
        <translation>Checkpoints von Docker-Containern erstellen und wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="33"/>
        <source>The engine to connect to (default: DOCKER_HOST, then the default socket).</source>
        <translation>Die Engine, mit der verbunden werden soll (Standard: DOCKER_HOST, dann der Standard-Socket).</translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="36"/>
        <source>Save a PNG of the main window once it is loaded, then exit.</source>
        <translation>Ein PNG des Hauptfensters speichern, sobald es geladen ist, und dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="39"/>
        <source>The Docker context to use (overrides DOCKER_HOST and the current context).</source>
        <translation>Der zu verwendende Docker-Kontext (hat Vorrang vor DOCKER_HOST und dem aktuellen Kontext).</translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="42"/>
        <source>Select this container (name or id) once it is listed.</source>
        <translation>Diesen Container (Name oder ID) auswählen, sobald er aufgeführt ist.</translation>
    </message>
</context>
</TS>
