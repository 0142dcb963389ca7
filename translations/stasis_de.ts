<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Stasis</name>
    <message>
        <location filename="../app/engine/tlsfailure.cpp" line="43"/>
        <source>The engine at %1 presented a TLS certificate that the CA certificate %2 did not sign (%3). Use the ca.pem of the CA that signed this engine&apos;s certificate.</source>
        <translation>Die Engine unter %1 legte ein TLS-Zertifikat vor, das das CA-Zertifikat %2 nicht signiert hat (%3). Verwenden Sie die ca.pem der CA, die das Zertifikat dieser Engine signiert hat.</translation>
    </message>
    <message>
        <location filename="../app/engine/tlsfailure.cpp" line="49"/>
        <source>The TLS certificate of the engine at %1 expired on %2; renew it on the engine&apos;s host.</source>
        <translation>Das TLS-Zertifikat der Engine unter %1 ist am %2 abgelaufen; erneuern Sie es auf dem Rechner der Engine.</translation>
    </message>
    <message>
        <location filename="../app/engine/tlsfailure.cpp" line="52"/>
        <source>The TLS certificate of the engine at %1 is valid only from %2; check the clocks of both machines.</source>
        <translation>Das TLS-Zertifikat der Engine unter %1 gilt erst ab %2; prüfen Sie die Uhren beider Rechner.</translation>
    </message>
    <message>
        <location filename="../app/engine/tlsfailure.cpp" line="55"/>
        <source>The TLS certificate of the engine at %1 is not issued for %2; connect with a name the certificate holds, or reissue it.</source>
        <translation>Das TLS-Zertifikat der Engine unter %1 ist nicht für %2 ausgestellt; verbinden Sie sich mit einem Namen, den das Zertifikat enthält, oder stellen Sie es neu aus.</translation>
    </message>
    <message>
        <location filename="../app/engine/tlsfailure.cpp" line="58"/>
        <source>The TLS certificate of the engine at %1 cannot be trusted: %2.</source>
        <translation>Dem TLS-Zertifikat der Engine unter %1 kann nicht vertraut werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/tlsfailure.cpp" line="85"/>
        <source>The engine at %1 requires a TLS client certificate, and Stasis had none: put cert.pem and key.pem, signed by the engine&apos;s CA, in %2.</source>
        <translation>Die Engine unter %1 verlangt ein TLS-Client-Zertifikat, und Stasis hatte keines: legen Sie cert.pem und key.pem, signiert von der CA der Engine, in %2 ab.</translation>
    </message>
    <message>
        <location filename="../app/engine/tlsfailure.cpp" line="89"/>
        <source>The engine at %1 refused the TLS client certificate %2: it has expired. Ask for a new one signed by the engine&apos;s CA.</source>
        <translation>Die Engine unter %1 hat das TLS-Client-Zertifikat %2 abgelehnt: es ist abgelaufen. Fordern Sie ein neues an, signiert von der CA der Engine.</translation>
    </message>
    <message>
        <location filename="../app/engine/tlsfailure.cpp" line="97"/>
        <source>The engine at %1 refused the TLS client certificate %2 (%3): the engine&apos;s CA did not sign it. Use a certificate its CA signed.</source>
        <translation>Die Engine unter %1 hat das TLS-Client-Zertifikat %2 abgelehnt (%3): die CA der Engine hat es nicht signiert. Verwenden Sie ein Zertifikat, das ihre CA signiert hat.</translation>
    </message>
</context>
<context>
    <name>Stasis::ApplyFileSystemJob</name>
    <message>
        <location filename="../app/jobs/applyfilesystemjob.cpp" line="34"/>
        <source>Cannot read %1 again: %2</source>
        <translation>%1 kann nicht erneut gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/jobs/applyfilesystemjob.cpp" line="41"/>
        <source>Writing the file system changes into %1: %n entries with %2, %3 deleted paths…</source>
        <translation>
            <numerusform>Die Dateisystemänderungen werden in %1 geschrieben: %n Eintrag mit %2, %3 gelöschte Pfade…</numerusform>
            <numerusform>Die Dateisystemänderungen werden in %1 geschrieben: %n Einträge mit %2, %3 gelöschte Pfade…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/applyfilesystemjob.cpp" line="57"/>
        <source>Cannot write the file system changes into %1: %2</source>
        <translation>Die Dateisystemänderungen können nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::ArchiveActions</name>
    <message>
        <source>Zstandard-compressed tar (*.tar.zst)</source>
        <translation type="vanished">Zstandard-komprimiertes tar (*.tar.zst)</translation>
    </message>
    <message>
        <source>Gzip-compressed tar (*.tar.gz)</source>
        <translation type="vanished">Gzip-komprimiertes tar (*.tar.gz)</translation>
    </message>
    <message>
        <source>XZ-compressed tar (*.tar.xz)</source>
        <translation type="vanished">XZ-komprimiertes tar (*.tar.xz)</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation type="vanished">Zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../widgets/archiveactions.cpp" line="37"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/archiveactions.cpp" line="38"/>
        <source>&amp;Import…</source>
        <translation>Im&amp;portieren…</translation>
    </message>
    <message>
        <location filename="../widgets/archiveactions.cpp" line="46"/>
        <source>Not connected to an engine.</source>
        <translation>Nicht mit einer Engine verbunden.</translation>
    </message>
    <message>
        <location filename="../widgets/archiveactions.cpp" line="62"/>
        <source>Write the selected checkpoint into one archive file, to import it here or on another host (Ctrl+E)</source>
        <translation>Den ausgewählten Checkpoint in eine Archivdatei schreiben, um ihn hier oder auf einem anderen Host zu importieren (Strg+E)</translation>
    </message>
    <message>
        <location filename="../widgets/archiveactions.cpp" line="64"/>
        <source>Import a checkpoint archive into a container (Ctrl+I); you can also drop the file onto a container</source>
        <translation>Ein Checkpoint-Archiv in einen Container importieren (Strg+I); Sie können die Datei auch auf einen Container ziehen</translation>
    </message>
    <message>
        <source>Export checkpoint %1 of %2</source>
        <translation type="vanished">Checkpoint %1 von %2 exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/archiveactions.cpp" line="150"/>
        <source>Export %1 of %2 to %3</source>
        <translation>%1 von %2 nach %3 exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/archiveactions.cpp" line="157"/>
        <source>Import a checkpoint archive</source>
        <translation>Checkpoint-Archiv importieren</translation>
    </message>
    <message>
        <location filename="../widgets/archiveactions.cpp" line="162"/>
        <source>Checkpoint archives (*.tar.zst *.tzst *.tar.gz *.tgz *.tar.xz *.txz *.zip)</source>
        <translation>Checkpoint-Archive (*.tar.zst *.tzst *.tar.gz *.tgz *.tar.xz *.txz *.zip)</translation>
    </message>
    <message>
        <location filename="../widgets/archiveactions.cpp" line="162"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/archiveactions.cpp" line="209"/>
        <source>Import %1 into a new container %2</source>
        <translation>%1 in einen neuen Container %2 importieren</translation>
    </message>
    <message>
        <location filename="../widgets/archiveactions.cpp" line="210"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
</context>
<context>
    <name>Stasis::ArchiveImageSource</name>
    <message>
        <location filename="../app/checkpoints/archiveimagesource.cpp" line="21"/>
        <source>from the archive %1</source>
        <translation>aus dem Archiv %1</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/archiveimagesource.cpp" line="29"/>
        <source>Cannot read %1 again: %2</source>
        <translation>%1 kann nicht erneut gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::ArchiveInspector</name>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="31"/>
        <source>Checkpoint:</source>
        <translation>Checkpoint:</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="32"/>
        <source>Taken:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="33"/>
        <source>Container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="34"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="35"/>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="36"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="37"/>
        <source>Memory pages:</source>
        <translation>Speicherseiten:</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="38"/>
        <source>Processes:</source>
        <translation>Prozesse:</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="39"/>
        <source>File system:</source>
        <translation>Dateisystem:</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="40"/>
        <source>Volumes:</source>
        <translation>Volumes:</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="41"/>
        <source>Made by:</source>
        <translation>Erzeugt mit:</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="52"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="52"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="52"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="52"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="64"/>
        <source>Checking the archive… %1 of %2</source>
        <translation>Archiv wird geprüft… %1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="65"/>
        <source>Checking the archive…</source>
        <translation>Archiv wird geprüft…</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="70"/>
        <source>✔ Valid: every file is present with the size and SHA-256 the manifest declares.</source>
        <translation>✔ Gültig: Jede Datei ist mit der Größe und der SHA-256-Summe vorhanden, die das Manifest angibt.</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="76"/>
        <source>✘ Refused: %1</source>
        <translation>✘ Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="102"/>
        <location filename="../widgets/archiveinspector.cpp" line="103"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="105"/>
        <source>%1, inside the archive (%2)</source>
        <translation>%1, im Archiv enthalten (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="107"/>
        <source>%1, not inside: the target engine needs it</source>
        <translation>%1, nicht enthalten: die Ziel-Engine braucht es</translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="110"/>
        <source>Docker %1, API %2, %3/%4, kernel %5</source>
        <translation>Docker %1, API %2, %3/%4, Kernel %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/archiveinspector.cpp" line="112"/>
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/archiveinspector.cpp" line="117"/>
        <source>%n changed entries with %1, %2 deleted paths</source>
        <translation>
            <numerusform>%n geänderter Eintrag mit %1, %2 gelöschte Pfade</numerusform>
            <numerusform>%n geänderte Einträge mit %1, %2 gelöschte Pfade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="120"/>
        <source>not in the archive: the image&apos;s files only</source>
        <translation>nicht im Archiv: nur die Dateien des Images</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/archiveinspector.cpp" line="124"/>
        <source>%1 at %2: %n entries with %3</source>
        <translation>
            <numerusform>%1 unter %2: %n Eintrag mit %3</numerusform>
            <numerusform>%1 unter %2: %n Einträge mit %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/archiveinspector.cpp" line="127"/>
        <source>none inside</source>
        <translation>keine enthalten</translation>
    </message>
</context>
<context>
    <name>Stasis::ArchiveManifest</name>
    <message>
        <location filename="../app/archives/archivemanifest.cpp" line="196"/>
        <source>The manifest is not a JSON object (%1 at byte %2).</source>
        <translation>Das Manifest ist kein JSON-Objekt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../app/archives/archivemanifest.cpp" line="197"/>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <location filename="../app/archives/archivemanifest.cpp" line="204"/>
        <location filename="../app/archives/archivemanifest.cpp" line="252"/>
        <source>The manifest is malformed: %1</source>
        <translation>Das Manifest ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../app/archives/archivemanifest.cpp" line="207"/>
        <source>The archive has format version %1, this Stasis reads version %2 at most: open it with a newer Stasis.</source>
        <translation>Das Archiv hat die Formatversion %1, diese Stasis-Version liest höchstens Version %2: Öffnen Sie es mit einer neueren Stasis-Version.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivemanifest.cpp" line="240"/>
        <source>a volume name: a letter or digit, then letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>ein Volume-Name: ein Buchstabe oder eine Ziffer, dann Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/archives/archivemanifest.cpp" line="247"/>
        <source>a volume listed once</source>
        <translation>ein nur einmal aufgeführtes Volume</translation>
    </message>
    <message>
        <location filename="../app/archives/archivemanifest.cpp" line="69"/>
        <source>64 lowercase hexadecimal digits</source>
        <translation>64 hexadezimale Ziffern in Kleinschreibung</translation>
    </message>
</context>
<context>
    <name>Stasis::ArchivePath</name>
    <message>
        <location filename="../app/archives/archivepath.cpp" line="79"/>
        <source>An archive entry has an empty name.</source>
        <translation>Ein Archiveintrag hat einen leeren Namen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivepath.cpp" line="82"/>
        <source>The archive entry &quot;%1&quot; has a NUL character in its name.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat ein NUL-Zeichen im Namen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivepath.cpp" line="86"/>
        <source>The archive entry &quot;%1&quot; has a name that is not valid UTF-8.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat einen Namen, der kein gültiges UTF-8 ist.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivepath.cpp" line="90"/>
        <source>The archive entry &quot;%1&quot; has a control character in its name.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat ein Steuerzeichen im Namen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivepath.cpp" line="93"/>
        <source>The archive entry &quot;%1&quot; has an absolute path.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat einen absoluten Pfad.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivepath.cpp" line="100"/>
        <source>The archive entry &quot;%1&quot; has a name longer than %2 bytes.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat einen Namen, der länger als %2 Bytes ist.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivepath.cpp" line="105"/>
        <source>The archive entry &quot;%1&quot; has an empty path component.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat eine leere Pfadkomponente.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivepath.cpp" line="108"/>
        <source>The archive entry &quot;%1&quot; has a &quot;%2&quot; path component.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat eine Pfadkomponente &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivepath.cpp" line="112"/>
        <source>The archive entry &quot;%1&quot; is nested deeper than %2 folders.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist tiefer als %2 Ordner verschachtelt.</translation>
    </message>
</context>
<context>
    <name>Stasis::ArchiveReader</name>
    <message>
        <location filename="../app/archives/archivereader.cpp" line="45"/>
        <source>Could not open &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivereader.cpp" line="94"/>
        <source>The archive expands more than %1 times (at &quot;%2&quot;); it looks like a decompression bomb.</source>
        <translation>Das Archiv dehnt sich beim Entpacken auf mehr als das %1-Fache aus (bei &quot;%2&quot;); es sieht nach einer Dekompressionsbombe aus.</translation>
    </message>
    <message>
        <location filename="../app/archives/tararchivereader.cpp" line="72"/>
        <source>The archive&apos;s compressed data is damaged before its first entry.</source>
        <translation>Die komprimierten Daten des Archivs sind vor dem ersten Eintrag beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/archives/tararchivereader.cpp" line="73"/>
        <source>The archive&apos;s compressed data is damaged (in or after &quot;%1&quot;).</source>
        <translation>Die komprimierten Daten des Archivs sind beschädigt (in oder nach &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/archives/tararchivereader.cpp" line="67"/>
        <source>The archive&apos;s compressed data is truncated before its first entry.</source>
        <translation>Die komprimierten Daten des Archivs enden vorzeitig vor dem ersten Eintrag.</translation>
    </message>
    <message>
        <location filename="../app/archives/tararchivereader.cpp" line="48"/>
        <source>Could not read &quot;%1&quot; as %2.</source>
        <translation>&quot;%1&quot; konnte nicht als %2 gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/archives/tararchivereader.cpp" line="63"/>
        <source>The archive has %1 bytes after the end of its compressed stream (another stream or other data).</source>
        <translation>Das Archiv hat %1 Bytes nach dem Ende seines komprimierten Datenstroms (ein weiterer Strom oder andere Daten).</translation>
    </message>
    <message>
        <location filename="../app/archives/tararchivereader.cpp" line="68"/>
        <source>The archive&apos;s compressed data is truncated (in or after &quot;%1&quot;).</source>
        <translation>Die komprimierten Daten des Archivs enden vorzeitig (in oder nach &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/archives/tararchivereader.cpp" line="90"/>
        <source>The archive has more than 1 MiB of padding after its end.</source>
        <translation>Das Archiv hat nach seinem Ende mehr als 1 MiB Füllbytes.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="79"/>
        <source>The zip archive is truncated: it has no end of central directory.</source>
        <translation>Das Zip-Archiv ist abgeschnitten: Ihm fehlt der Endeintrag des zentralen Verzeichnisses.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="84"/>
        <location filename="../app/archives/ziparchivereader.cpp" line="235"/>
        <location filename="../app/archives/ziparchivereader.cpp" line="269"/>
        <source>Could not read &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="92"/>
        <source>The zip archive is truncated or damaged: it has no end of central directory.</source>
        <translation>Das Zip-Archiv ist abgeschnitten oder beschädigt: Ihm fehlt der Endeintrag des zentralen Verzeichnisses.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="105"/>
        <source>The zip archive uses zip64, which is not supported.</source>
        <translation>Das Zip-Archiv verwendet zip64, was nicht unterstützt wird.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="109"/>
        <source>The zip archive spans several disks, which is not supported.</source>
        <translation>Das Zip-Archiv erstreckt sich über mehrere Datenträger, was nicht unterstützt wird.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="113"/>
        <source>The archive has more than %1 entries (%2).</source>
        <translation>Das Archiv hat mehr als %1 Einträge (%2).</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="117"/>
        <source>The zip archive&apos;s central directory is damaged (it does not end where the end record starts).</source>
        <translation>Das zentrale Verzeichnis des Zip-Archivs ist beschädigt (es endet nicht dort, wo der Endeintrag beginnt).</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="240"/>
        <source>The zip archive&apos;s central directory is truncated.</source>
        <translation>Das zentrale Verzeichnis des Zip-Archivs ist abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="128"/>
        <location filename="../app/archives/ziparchivereader.cpp" line="136"/>
        <source>The zip archive&apos;s central directory is damaged (entry %1).</source>
        <translation>Das zentrale Verzeichnis des Zip-Archivs ist beschädigt (Eintrag %1).</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="45"/>
        <source>The zip entry &quot;%1&quot; has malformed extra fields.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; hat fehlerhafte Zusatzfelder.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="49"/>
        <location filename="../app/archives/ziparchivereader.cpp" line="154"/>
        <source>The zip entry &quot;%1&quot; uses zip64, which is not supported.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; verwendet zip64, was nicht unterstützt wird.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="52"/>
        <source>The zip entry &quot;%1&quot; has a second (Unicode path) name, which is not allowed.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; hat einen zweiten Namen (Unicode-Pfad), was nicht erlaubt ist.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="94"/>
        <source>The zip archive has %1 bytes after its end of central directory (a comment or other data).</source>
        <translation>Das Zip-Archiv hat %1 Bytes nach dem Ende seines zentralen Verzeichnisses (ein Kommentar oder andere Daten).</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="162"/>
        <source>The zip entry &quot;%1&quot; is encrypted.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; ist verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="166"/>
        <source>The zip entry &quot;%1&quot; uses compression method %2; only stored and deflated entries are supported.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; verwendet die Kompressionsmethode %2; nur unkomprimierte (stored) und mit Deflate komprimierte Einträge werden unterstützt.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="171"/>
        <source>The zip entry &quot;%1&quot; lies on another disk.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; liegt auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="188"/>
        <source>The zip entry &quot;%1&quot; is a symbolic link; only regular files and folders are allowed.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; ist ein symbolischer Link; nur reguläre Dateien und Ordner sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="192"/>
        <source>The zip entry &quot;%1&quot; is a special file; only regular files and folders are allowed.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; ist eine Spezialdatei; nur reguläre Dateien und Ordner sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="196"/>
        <source>The zip entry &quot;%1&quot; is marked both as a file and as a folder.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; ist sowohl als Datei als auch als Ordner gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="204"/>
        <source>The zip entry &quot;%1&quot; is a folder whose name does not end with &apos;/&apos; (or the reverse).</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; ist ein Ordner, dessen Name nicht mit &apos;/&apos; endet (oder umgekehrt).</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="211"/>
        <source>The zip entry &quot;%1&quot; is a folder with a size.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; ist ein Ordner mit einer Größe.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="215"/>
        <source>The zip entry &quot;%1&quot; is stored with two different sizes.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; ist mit zwei verschiedenen Größen gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="219"/>
        <source>The archive entry &quot;%1&quot; is larger than the limit of %2 bytes.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist größer als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="254"/>
        <source>The archive&apos;s content exceeds the limit of %1 bytes (at &quot;%2&quot;).</source>
        <translation>Der Inhalt des Archivs überschreitet die Grenze von %1 Bytes (bei &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="258"/>
        <source>The zip entry &quot;%1&quot; is out of order or overlaps another one.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; steht außer der Reihe oder überlappt einen anderen.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="265"/>
        <source>The zip archive&apos;s central directory has data after its last entry.</source>
        <translation>Das zentrale Verzeichnis des Zip-Archivs hat Daten nach seinem letzten Eintrag.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="281"/>
        <source>The zip entry &quot;%1&quot; does not start where the previous one ends (hidden or overlapping data).</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; beginnt nicht dort, wo der vorherige endet (versteckte oder überlappende Daten).</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="286"/>
        <source>The zip entry &quot;%1&quot; has no valid local header.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; hat keinen gültigen lokalen Header.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="299"/>
        <source>The zip entry &quot;%1&quot; has a truncated local header.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; hat einen abgeschnittenen lokalen Header.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="303"/>
        <source>The zip entry &quot;%1&quot; has another name (&quot;%2&quot;) in its local header.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; hat in seinem lokalen Header einen anderen Namen (&quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="307"/>
        <source>The zip entry &quot;%1&quot; has other flags or another method in its local header.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; hat in seinem lokalen Header andere Flags oder eine andere Methode.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="314"/>
        <source>The zip entry &quot;%1&quot; has other sizes or another CRC in its local header.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; hat in seinem lokalen Header andere Größen oder eine andere CRC.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="329"/>
        <source>Could not start decompressing the zip entry &quot;%1&quot;.</source>
        <translation>Das Dekomprimieren des Zip-Eintrags &quot;%1&quot; konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="435"/>
        <source>The zip archive has hidden data before its central directory.</source>
        <translation>Das Zip-Archiv hat versteckte Daten vor seinem zentralen Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="347"/>
        <location filename="../app/archives/ziparchivereader.cpp" line="367"/>
        <source>The zip archive is truncated in the entry &quot;%1&quot;.</source>
        <translation>Das Zip-Archiv ist im Eintrag &quot;%1&quot; abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="362"/>
        <source>The zip entry &quot;%1&quot; has truncated compressed data.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; hat abgeschnittene komprimierte Daten.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="378"/>
        <source>The zip entry &quot;%1&quot; has damaged compressed data.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; hat beschädigte komprimierte Daten.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="384"/>
        <source>The zip entry &quot;%1&quot; holds more data than its declared size.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; enthält mehr Daten als seine angegebene Größe.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="389"/>
        <source>The zip entry &quot;%1&quot; has data after its compressed stream.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; hat Daten nach seinem komprimierten Datenstrom.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="393"/>
        <source>The zip entry &quot;%1&quot; holds less data than its declared size.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; enthält weniger Daten als seine angegebene Größe.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="404"/>
        <source>The zip entry &quot;%1&quot; is damaged: its CRC-32 does not match.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; ist beschädigt: Seine CRC-32 stimmt nicht überein.</translation>
    </message>
    <message>
        <location filename="../app/archives/ziparchivereader.cpp" line="416"/>
        <source>The zip entry &quot;%1&quot; has a data descriptor that does not match its central directory record.</source>
        <translation>Der Zip-Eintrag &quot;%1&quot; hat einen Datendeskriptor, der nicht zu seinem Eintrag im zentralen Verzeichnis passt.</translation>
    </message>
</context>
<context>
    <name>Stasis::ArchiveValidator</name>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="36"/>
        <source>The archive entry &quot;%1&quot; has a character other than the letters A-Z and a-z, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; and &apos;-&apos; in its name.</source>
        <translation>Der Archiveintrag &quot;%1&quot; enthält im Namen ein anderes Zeichen als die Buchstaben A-Z und a-z, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="67"/>
        <source>The manifest lists more than %1 files.</source>
        <translation>Das Manifest führt mehr als %1 Dateien auf.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="75"/>
        <source>The manifest lists an invalid file name: %1</source>
        <translation>Das Manifest führt einen ungültigen Dateinamen auf: %1</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="76"/>
        <source>&quot;%1&quot; ends with &apos;/&apos;.</source>
        <translation>&quot;%1&quot; endet mit &apos;/&apos;.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="83"/>
        <source>The archive entry &quot;%1&quot; has a name too long to repack: a tar header holds at most 100 bytes after the last &apos;/&apos; and 155 before it, and the import puts the checkpoint&apos;s files under a folder of %2 bytes.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat einen Namen, der zu lang zum Neupacken ist: Ein tar-Kopf fasst höchstens 100 Bytes nach dem letzten &apos;/&apos; und 155 davor, und der Import legt die Dateien des Checkpoints in einen Ordner von %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="90"/>
        <source>The manifest lists &quot;%1&quot; twice (or twice differing only in case).</source>
        <translation>Das Manifest führt &quot;%1&quot; doppelt auf (oder doppelt mit Unterschied nur in der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="94"/>
        <source>The manifest lists &quot;%1&quot; both as a file and as the folder of other files.</source>
        <translation>Das Manifest führt &quot;%1&quot; zugleich als Datei und als Ordner anderer Dateien.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="97"/>
        <source>The manifest&apos;s file &quot;%1&quot; is larger than the limit of %2 bytes.</source>
        <translation>Die Datei &quot;%1&quot; des Manifests ist größer als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="100"/>
        <location filename="../app/archives/archivevalidator.cpp" line="126"/>
        <source>The manifest&apos;s file &quot;%1&quot; is larger than the limit of %2 bytes for it.</source>
        <translation>Die Datei &quot;%1&quot; des Manifests ist größer als die Grenze von %2 Bytes für sie.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="104"/>
        <location filename="../app/archives/archivevalidator.cpp" line="130"/>
        <source>The manifest&apos;s files exceed the limit of %1 bytes in total.</source>
        <translation>Die Dateien des Manifests überschreiten die Grenze von insgesamt %1 Bytes.</translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot; beside %2, where only %3 and %4 may be.</source>
        <translation type="vanished">Das Manifest führt &quot;%1&quot; neben %2 auf, wo nur %3 und %4 stehen dürfen.</translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot; beside %2, where only %3, %4, %5, %6 and %7 may be.</source>
        <translation type="vanished">Das Manifest führt &quot;%1&quot; neben %2 auf, wo nur %3, %4, %5, %6 und %7 liegen dürfen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="111"/>
        <source>The manifest lists &quot;%1&quot; beside %2, where only %3, %4, %5, %6, %7 and %8 may be.</source>
        <translation>Das Manifest führt &quot;%1&quot; neben %2 auf, wo nur %3, %4, %5, %6, %7 und %8 liegen dürfen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="122"/>
        <source>The manifest lists &quot;%1&quot; twice.</source>
        <translation>Das Manifest führt &quot;%1&quot; zweimal auf.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="136"/>
        <source>The manifest&apos;s file system part is incomplete: it needs %1 and %2 beside it and its &quot;fileSystem&quot; summary, or none of them.</source>
        <translation>Der Dateisystemteil des Manifests ist unvollständig: Er braucht %1 und %2 neben dem Manifest und dessen Zusammenfassung &quot;fileSystem&quot;, oder nichts davon.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="144"/>
        <source>The manifest lists &quot;%1&quot; beside itself, but no such volume.</source>
        <translation>Das Manifest führt &quot;%1&quot; neben sich auf, aber kein solches Volume.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="150"/>
        <source>The manifest lists the volume %1, but not its %2.</source>
        <translation>Das Manifest führt das Volume %1 auf, aber nicht seine Datei %2.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="222"/>
        <source>The archive&apos;s %1 is refused: %2</source>
        <translation>%1 des Archivs wird abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="246"/>
        <source>Checking the archive was cancelled.</source>
        <translation>Die Prüfung des Archivs wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="256"/>
        <source>The archive is empty: it has no %1.</source>
        <translation>Das Archiv ist leer: Es enthält kein %1.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="261"/>
        <location filename="../app/archives/archivevalidator.cpp" line="267"/>
        <source>The file &quot;%1&quot; listed in the manifest is missing from the archive.</source>
        <translation>Die im Manifest aufgeführte Datei &quot;%1&quot; fehlt im Archiv.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="279"/>
        <source>The archive&apos;s first entry must be %1, not &quot;%2&quot;.</source>
        <translation>Der erste Eintrag des Archivs muss %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="283"/>
        <source>The archive&apos;s %1 is larger than %2 bytes.</source>
        <translation>%1 im Archiv ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="296"/>
        <source>The archive entry &quot;%1&quot; appears twice.</source>
        <translation>Der Archiveintrag &quot;%1&quot; kommt doppelt vor.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="300"/>
        <source>The archive entry &quot;%1&quot; differs only in case from &quot;%2&quot;.</source>
        <translation>Der Archiveintrag &quot;%1&quot; unterscheidet sich nur in der Groß-/Kleinschreibung von &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="305"/>
        <source>The archive entry &quot;%1&quot; must be a file.</source>
        <translation>Der Archiveintrag &quot;%1&quot; muss eine Datei sein.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="334"/>
        <source>The archive entry &quot;%1&quot; is outside the folder &quot;%2&quot;.</source>
        <translation>Der Archiveintrag &quot;%1&quot; liegt außerhalb des Ordners &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="338"/>
        <source>The archive entry &quot;%1&quot; must be a folder.</source>
        <translation>Der Archiveintrag &quot;%1&quot; muss ein Ordner sein.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="345"/>
        <source>The archive entry &quot;%1&quot; lies under the file &quot;%2&quot;.</source>
        <translation>Der Archiveintrag &quot;%1&quot; liegt unterhalb der Datei &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="355"/>
        <source>The archive entry &quot;%1&quot; is a folder, the manifest says it is a file.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein Ordner, laut Manifest ist er eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="231"/>
        <source>The archive&apos;s %1 has %2 entries with %3 bytes of files, the manifest says %4 with %5.</source>
        <translation>%1 des Archivs hat %2 Einträge mit %3 Bytes an Dateien, das Manifest nennt %4 mit %5.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="445"/>
        <source>The archive&apos;s %1 lists %2 paths, the manifest says %3.</source>
        <translation>%1 des Archivs führt %2 Pfade auf, das Manifest nennt %3.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="470"/>
        <source>The archive changed since it was checked: %1 Check it again, then import it again.</source>
        <translation>Das Archiv hat sich seit der Prüfung geändert: %1 Prüfen Sie es erneut und importieren Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="330"/>
        <location filename="../app/archives/archivevalidator.cpp" line="364"/>
        <source>The archive entry &quot;%1&quot; is not listed in the manifest.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist nicht im Manifest aufgeführt.</translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot; beside %2, where only %3, %4, %5 and %6 may be.</source>
        <translation type="vanished">Das Manifest führt &quot;%1&quot; neben %2 auf, wo nur %3, %4, %5 und %6 liegen dürfen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="309"/>
        <location filename="../app/archives/archivevalidator.cpp" line="368"/>
        <source>The archive entry &quot;%1&quot; has %2 bytes, the manifest says %3.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat %2 Bytes, laut Manifest sind es %3.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="398"/>
        <source>The archive&apos;s &quot;%1&quot; is unusable: %2</source>
        <translation>Die Datei &quot;%1&quot; des Archivs ist unbrauchbar: %2</translation>
    </message>
    <message>
        <location filename="../app/archives/archivevalidator.cpp" line="415"/>
        <source>The archive entry &quot;%1&quot; does not match the SHA-256 in the manifest.</source>
        <translation>Der Archiveintrag &quot;%1&quot; stimmt nicht mit der SHA-256-Summe im Manifest überein.</translation>
    </message>
</context>
<context>
    <name>Stasis::ArchiveWriter</name>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="106"/>
        <source>Cannot export to %1: the folder %2 does not exist. Choose an existing folder.</source>
        <translation>Export nach %1 nicht möglich: Der Ordner %2 existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="109"/>
        <source>Cannot export to %1: it is a folder. Choose a file name.</source>
        <translation>Export nach %1 nicht möglich: Das ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="115"/>
        <source>Cannot export to %1: %2 is in the way, and it is not a file an export left. Remove it, or choose another file name.</source>
        <translation>Export nach %1 nicht möglich: %2 ist im Weg und ist keine Datei, die ein Export hinterlassen hat. Entfernen Sie es oder wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="129"/>
        <source>Another export to %1 is running. Wait until it ends, or choose another file name.</source>
        <translation>Ein anderer Export nach %1 läuft. Warten Sie, bis er beendet ist, oder wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="131"/>
        <location filename="../app/archives/archivewriter.cpp" line="137"/>
        <source>Cannot create a file in %1: %2. Choose a folder you can write to.</source>
        <translation>In %1 kann keine Datei erstellt werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="140"/>
        <source>Cannot make %1 private (mode 0600): %2. Choose another folder.</source>
        <translation>%1 kann nicht privat gemacht werden (Modus 0600): %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="153"/>
        <source>Cannot start the archive %1: %2</source>
        <translation>Das Archiv %1 kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="163"/>
        <source>Internal error: the manifest was written at the wrong moment.</source>
        <translation>Interner Fehler: Das Manifest wurde zum falschen Zeitpunkt geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="186"/>
        <source>Internal error: %1 is not a file that may lie beside the manifest.</source>
        <translation>Interner Fehler: %1 ist keine Datei, die neben dem Manifest liegen darf.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="221"/>
        <source>Internal error: a file was started at the wrong moment.</source>
        <translation>Interner Fehler: Eine Datei wurde zum falschen Zeitpunkt begonnen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="224"/>
        <source>Internal error: %1 is not a relative path.</source>
        <translation>Interner Fehler: %1 ist kein relativer Pfad.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="241"/>
        <source>Internal error: %1 has a negative size.</source>
        <translation>Interner Fehler: %1 hat eine negative Größe.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="228"/>
        <source>The checkpoint holds &quot;%1&quot;, a name Stasis does not import (only letters A-Z and a-z, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; and &apos;-&apos;): rename or remove that file in the checkpoint folder, then export again.</source>
        <translation>Der Checkpoint enthält &quot;%1&quot;, einen Namen, den Stasis nicht importiert (nur Buchstaben A-Z und a-z, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; und &apos;-&apos;): Benennen Sie diese Datei im Checkpoint-Ordner um oder entfernen Sie sie, dann exportieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="213"/>
        <source>Internal error: a file beside the manifest was started at the wrong moment.</source>
        <translation>Interner Fehler: Eine Datei neben dem Manifest wurde zum falschen Zeitpunkt begonnen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="245"/>
        <source>%1 is larger than 4 GiB, more than a zip archive can hold here: export as .tar.zst instead.</source>
        <translation>%1 ist größer als 4 GiB und damit größer, als ein Zip-Archiv hier aufnehmen kann: Exportieren Sie stattdessen als .tar.zst.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="246"/>
        <source>%1 is larger than 8 GiB, more than a tar archive can hold here.</source>
        <translation>%1 ist größer als 8 GiB und damit größer, als ein tar-Archiv hier aufnehmen kann.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="261"/>
        <source>Internal error: data was written outside a file.</source>
        <translation>Interner Fehler: Daten wurden außerhalb einer Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="264"/>
        <source>Internal error: more data for %1 than its size of %2 bytes.</source>
        <translation>Interner Fehler: mehr Daten für %1 als seine Größe von %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="295"/>
        <source>Internal error: a file was ended that was not started.</source>
        <translation>Interner Fehler: Eine Datei wurde beendet, die nicht begonnen wurde.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="301"/>
        <source>%1 ended after %2 of its %3 bytes.</source>
        <translation>%1 endete nach %2 von %3 Bytes.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="313"/>
        <source>Internal error: the archive was finished in the middle of a file.</source>
        <translation>Interner Fehler: Das Archiv wurde mitten in einer Datei abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="314"/>
        <source>Internal error: the archive was finished without being open.</source>
        <translation>Interner Fehler: Das Archiv wurde abgeschlossen, ohne geöffnet zu sein.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="317"/>
        <source>Internal error: the archive was finished without a manifest.</source>
        <translation>Interner Fehler: Das Archiv wurde ohne Manifest abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="342"/>
        <source>Cannot save %1: %2. Remove or rename what is there, or choose another file name.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Entfernen oder benennen Sie das Vorhandene um oder wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="399"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="402"/>
        <source>Writing %1 failed: %2. Free some space on that disk or choose another folder, then export again.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2. Schaffen Sie Platz auf diesem Datenträger oder wählen Sie einen anderen Ordner und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/archives/archivewriter.cpp" line="404"/>
        <source>Writing %1 failed: %2. Check that the folder has free space and can be written to, then export again.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2. Prüfen Sie, ob der Ordner freien Speicherplatz hat und beschreibbar ist, und exportieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Stasis::CaptureVolumeJob</name>
    <message>
        <location filename="../app/jobs/capturevolumejob.cpp" line="33"/>
        <source>The volume %1</source>
        <translation>Das Volume %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/capturevolumejob.cpp" line="60"/>
        <source>Reading the volume %1 of %2…</source>
        <translation>Das Volume %1 von %2 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/jobs/capturevolumejob.cpp" line="66"/>
        <source>Cannot look up %1: %2</source>
        <translation>%1 kann nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/capturevolumejob.cpp" line="73"/>
        <source>%1 does not use the volume %2 (any more).</source>
        <translation>%1 verwendet das Volume %2 nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointActions</name>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="36"/>
        <source>&amp;Checkpoint…</source>
        <translation>&amp;Checkpoint erstellen…</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="37"/>
        <location filename="../widgets/checkpointactions.cpp" line="71"/>
        <location filename="../widgets/checkpointactions.cpp" line="194"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="38"/>
        <source>Re&amp;move Checkpoints…</source>
        <translation>Checkpoints en&amp;tfernen…</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="39"/>
        <source>Restore &amp;Into…</source>
        <translation>Wiederherstellen &amp;in …</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="40"/>
        <source>Checkpoint &amp;Folder…</source>
        <translation>Checkpoint-&amp;Ordner …</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="53"/>
        <source>List the checkpoints of the selected container in a custom folder on the engine&apos;s host (Ctrl+Shift+F)</source>
        <translation>Die Checkpoints des gewählten Containers in einem eigenen Ordner auf dem Rechner der Engine auflisten (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="111"/>
        <source>Checkpoint %1 as %2</source>
        <translation>Checkpoint von %1 als %2 erstellen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="132"/>
        <source>Restore %1 from %2 in %3</source>
        <translation>%1 aus %2 in %3 wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="131"/>
        <source>Restore %1 from %2</source>
        <translation>%1 aus %2 wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="140"/>
        <source>Rewind %1</source>
        <translation>%1 zurückspulen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="141"/>
        <source>%1 is running. Stop it, then restore it from %2? What it did since that checkpoint is lost.</source>
        <translation>%1 läuft. Container stoppen und dann aus %2 wiederherstellen? Was er seit diesem Checkpoint getan hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="145"/>
        <source>&amp;Stop, then Restore</source>
        <translation>&amp;Stoppen, dann wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="151"/>
        <source>Rewind %1 to %2</source>
        <translation>%1 auf %2 zurückspulen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="177"/>
        <source>Restore into another container</source>
        <translation>In einen anderen Container wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="178"/>
        <source>There is no stopped container to restore into. Create one with the same image and command as the source (docker create), then try again.</source>
        <translation>Es gibt keinen gestoppten Container, in den wiederhergestellt werden kann. Erstellen Sie einen mit demselben Image und Befehl wie die Quelle (docker create) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="189"/>
        <source>Restore %1 into…</source>
        <translation>%1 wiederherstellen in …</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="190"/>
        <source>Restore checkpoint %1 into this stopped container. It should have the same image and command as the source; it starts from the checkpoint&apos;s state.</source>
        <translation>Checkpoint %1 in diesen gestoppten Container wiederherstellen. Er sollte dasselbe Image und denselben Befehl wie die Quelle haben; er startet mit dem Zustand des Checkpoints.</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="198"/>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="202"/>
        <source>Restore %1 into %2</source>
        <translation>%1 in %2 wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="216"/>
        <source>Checkpoint folder</source>
        <translation>Checkpoint-Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="217"/>
        <source>List checkpoints from this folder on the engine&apos;s host (leave empty for the engine&apos;s default folder):</source>
        <translation>Checkpoints aus diesem Ordner auf dem Rechner der Engine auflisten (leer lassen für den Standardordner der Engine):</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="244"/>
        <source>Remove checkpoints</source>
        <translation>Checkpoints entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="245"/>
        <source>Remove %1? Their files are deleted from the engine&apos;s host; this cannot be undone.</source>
        <translation>%1 entfernen? Die Dateien werden vom Host der Engine gelöscht; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="249"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="256"/>
        <source>Remove checkpoint %1</source>
        <translation>Checkpoint %1 entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="69"/>
        <source>Checkpoint the selected containers (Ctrl+K)</source>
        <translation>Checkpoints der ausgewählten Container erstellen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="71"/>
        <source>&amp;Rewind…</source>
        <translation>&amp;Zurückspulen…</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="73"/>
        <source>Stop the running container, then restore it from the selected checkpoint (Ctrl+R)</source>
        <translation>Laufenden Container stoppen und dann aus dem ausgewählten Checkpoint wiederherstellen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="74"/>
        <source>Start the container from the selected checkpoint (Ctrl+R)</source>
        <translation>Container aus dem ausgewählten Checkpoint starten (Strg+R)</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="78"/>
        <source>Restore the selected checkpoint into another, stopped container (Ctrl+Shift+R)</source>
        <translation>Den gewählten Checkpoint in einen anderen, gestoppten Container wiederherstellen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointactions.cpp" line="76"/>
        <source>Remove the selected checkpoints (Delete)</source>
        <translation>Ausgewählte Checkpoints entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointCatalog</name>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="86"/>
        <source>Cannot read when the checkpoints of %1 were taken: creating a helper container failed: %2</source>
        <translation>Der Erstellungszeitpunkt der Checkpoints von %1 kann nicht ermittelt werden: Das Erstellen eines Hilfscontainers ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="116"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="148"/>
        <source>%1 is too large (%2 bytes, at most %3)</source>
        <translation>%1 ist zu groß (%2 Bytes, höchstens %3)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcatalog.cpp" line="205"/>
        <source>Could not remove the helper container %1: %2</source>
        <translation>Der Hilfscontainer %1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointCopy</name>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="60"/>
        <source>%1 already has a checkpoint named %2; remove it first, or restore under another name.</source>
        <translation>%1 hat bereits einen Checkpoint namens %2; entfernen Sie ihn zuerst oder stellen Sie unter einem anderen Namen wieder her.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="100"/>
        <source>Cannot copy checkpoint %1: creating a helper container failed: %2</source>
        <translation>Checkpoint %1 kann nicht kopiert werden: Das Erstellen eines Hilfscontainers ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="121"/>
        <source>There is no checkpoint %1 in %2.</source>
        <translation>Es gibt keinen Checkpoint %1 in %2.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="148"/>
        <source>listing its files failed (exit status %1): %2</source>
        <translation>das Auflisten seiner Dateien schlug fehl (Exit-Status %1): %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="202"/>
        <source>Copied checkpoint %1, but could not remove a helper container: %2</source>
        <translation>Checkpoint %1 wurde kopiert, aber ein Hilfscontainer konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="211"/>
        <source>the checkpoints of %1</source>
        <translation>den Checkpoints von %1</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="216"/>
        <source>Copying checkpoint %1 to %2 was cancelled.</source>
        <translation>Das Kopieren von Checkpoint %1 nach %2 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="181"/>
        <location filename="../app/checkpoints/checkpointcopy.cpp" line="221"/>
        <source>Cannot copy checkpoint %1 from %2 to %3: %4</source>
        <translation>Checkpoint %1 kann nicht von %2 nach %3 kopiert werden: %4</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointCopySource</name>
    <message>
        <location filename="../app/checkpoints/checkpointcopysource.cpp" line="51"/>
        <source>Reading checkpoint %1 failed: %2</source>
        <translation>Das Lesen des Checkpoints %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopysource.cpp" line="54"/>
        <source>Checkpoint %1 changed while it was copied: %2 is missing.</source>
        <translation>Checkpoint %1 hat sich beim Kopieren geändert: %2 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointcopysource.cpp" line="66"/>
        <source>Checkpoint %1 changed while it was copied: %2 is not what it was.</source>
        <translation>Checkpoint %1 hat sich beim Kopieren geändert: %2 ist nicht mehr, was es war.</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointDialog</name>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="25"/>
        <source>&amp;Leave the container running</source>
        <translation>Container &amp;weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointdialog.cpp" line="29"/>
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
    <name>Stasis::CheckpointFolder</name>
    <message>
        <location filename="../app/checkpoints/checkpointfolder.cpp" line="20"/>
        <source>The engine did not say the id and image of %1.</source>
        <translation>Die Engine hat ID und Image von %1 nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointfolder.cpp" line="25"/>
        <source>The engine did not say where it keeps its data (DockerRootDir is empty in its /info), so the checkpoint folder of %1 is unknown. Check the engine&apos;s data-root setting, or use a custom checkpoint folder.</source>
        <translation>Die Engine hat nicht angegeben, wo sie ihre Daten ablegt (DockerRootDir ist in ihrer /info-Antwort leer), daher ist der Checkpoint-Ordner von %1 unbekannt. Prüfen Sie die data-root-Einstellung der Engine oder verwenden Sie einen eigenen Checkpoint-Ordner.</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointListing</name>
    <message>
        <location filename="../app/checkpoints/checkpointlisting.cpp" line="29"/>
        <source>The checkpoint folder lists more than %1 files.</source>
        <translation>Der Checkpoint-Ordner führt mehr als %1 Dateien auf.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointlisting.cpp" line="38"/>
        <source>The checkpoint folder&apos;s listing has a line without a size: %1</source>
        <translation>Die Auflistung des Checkpoint-Ordners hat eine Zeile ohne Größe: %1</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointlisting.cpp" line="42"/>
        <source>The checkpoint folder&apos;s listing is refused: %1</source>
        <translation>Die Auflistung des Checkpoint-Ordners wird abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointlisting.cpp" line="45"/>
        <source>The checkpoint folder&apos;s listing names %1 twice.</source>
        <translation>Die Auflistung des Checkpoint-Ordners nennt %1 zweimal.</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointMetadata</name>
    <message>
        <location filename="../app/checkpoints/checkpointmetadata.cpp" line="47"/>
        <source>%1 is not checkpoint metadata of Stasis.</source>
        <translation>%1 sind keine Checkpoint-Metadaten von Stasis.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointmetadata.cpp" line="59"/>
        <source>The checkpoint&apos;s %1 is malformed: %2</source>
        <translation>%1 des Checkpoints ist fehlerhaft: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointMetadataWriter</name>
    <message>
        <location filename="../app/checkpoints/checkpointmetadatawriter.cpp" line="76"/>
        <source>The checkpoint name %1 is too long for the archive.</source>
        <translation>Der Checkpoint-Name %1 ist zu lang für das Archiv.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointmetadatawriter.cpp" line="96"/>
        <source>Cannot write %1 into checkpoint %2: %3</source>
        <translation>%1 kann nicht in Checkpoint %2 geschrieben werden: %3</translation>
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
        <location filename="../models/checkpointmodel.cpp" line="231"/>
        <source>Memory pages: %1</source>
        <translation>Speicherseiten: %1</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="244"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="246"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="248"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="250"/>
        <source>Dump time</source>
        <translation>Dump-Dauer</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="252"/>
        <source>Left running</source>
        <translation>Weiterlaufen gelassen</translation>
    </message>
    <message>
        <location filename="../models/checkpointmodel.cpp" line="254"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointName</name>
    <message>
        <location filename="../app/engine/checkpointname.cpp" line="27"/>
        <source>&apos;%1&apos; is not a valid checkpoint name: use at least two characters, letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit and not ending with &apos;.&apos;.</source>
        <translation>&apos;%1&apos; ist kein gültiger Checkpoint-Name: Verwenden Sie mindestens zwei Zeichen aus Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer und nicht endend mit &apos;.&apos;.</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointRisks</name>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="35"/>
        <source>has a terminal (TTY, docker run -t)</source>
        <translation>hat ein Terminal (TTY, docker run -t)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="36"/>
        <source>keeps its standard input open (docker run -i)</source>
        <translation>hält seine Standardeingabe offen (docker run -i)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="37"/>
        <source>runs an init process (docker run --init)</source>
        <translation>läuft mit einem Init-Prozess (docker run --init)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="38"/>
        <source>is privileged (docker run --privileged)</source>
        <translation>ist privilegiert (docker run --privileged)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="39"/>
        <source>runs without a seccomp profile (seccomp=unconfined)</source>
        <translation>läuft ohne seccomp-Profil (seccomp=unconfined)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="40"/>
        <source>has a tmpfs mount (docker run --tmpfs)</source>
        <translation>hat ein tmpfs-Mount (docker run --tmpfs)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="41"/>
        <source>runs as a user other than root (docker run --user)</source>
        <translation>läuft als anderer Benutzer als root (docker run --user)</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="113"/>
        <source>Check “Leave the container running” so it keeps working if CRIU fails, or recreate the container without -t/-i.</source>
        <translation>Wählen Sie „Container weiterlaufen lassen“, damit er weiterarbeitet, falls CRIU scheitert, oder erstellen Sie den Container ohne -t/-i neu.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="116"/>
        <source>Check “Leave the container running” so it keeps working, and keep another way back; or recreate the container without --init.</source>
        <translation>Wählen Sie „Container weiterlaufen lassen“, damit er weiterarbeitet, und halten Sie einen anderen Weg zurück bereit; oder erstellen Sie den Container ohne --init neu.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="119"/>
        <source>Recreate the container to run as root (without --user) if it must be checkpointed; it keeps running after the failed attempt.</source>
        <translation>Erstellen Sie den Container so neu, dass er als root läuft (ohne --user), wenn er gesichert werden muss; nach dem gescheiterten Versuch läuft er weiter.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="121"/>
        <source>Check “Leave the container running” so it keeps working if CRIU fails, or recreate the container without this option.</source>
        <translation>Wählen Sie „Container weiterlaufen lassen“, damit er weiterarbeitet, falls CRIU scheitert, oder erstellen Sie den Container ohne diese Option neu.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="144"/>
        <source>The container %1.</source>
        <translation>Der Container %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="155"/>
        <source>A checkpoint of a container with this option failed on this engine (Docker %1) %n time(s), last on %2: “%3”.</source>
        <translation>
            <numerusform>Ein Checkpoint eines Containers mit dieser Option ist auf dieser Engine (Docker %1) %n Mal gescheitert, zuletzt am %2: „%3“.</numerusform>
            <numerusform>Ein Checkpoint eines Containers mit dieser Option ist auf dieser Engine (Docker %1) %n Mal gescheitert, zuletzt am %2: „%3“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="159"/>
        <source>Restoring a container with this option failed on this engine (Docker %1) %n time(s), last on %2: “%3”.</source>
        <translation>
            <numerusform>Die Wiederherstellung eines Containers mit dieser Option ist auf dieser Engine (Docker %1) %n Mal gescheitert, zuletzt am %2: „%3“.</numerusform>
            <numerusform>Die Wiederherstellung eines Containers mit dieser Option ist auf dieser Engine (Docker %1) %n Mal gescheitert, zuletzt am %2: „%3“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="166"/>
        <source>That container also %1; either may have been the cause.</source>
        <translation>Jener Container %1 außerdem; beides kann die Ursache gewesen sein.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="166"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="177"/>
        <source>On this engine&apos;s version (Docker %1, measured with CRIU 4.1.1) the checkpoint fails: “%2”.</source>
        <translation>Mit der Version dieser Engine (Docker %1, gemessen mit CRIU 4.1.1) scheitert der Checkpoint: „%2“.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="178"/>
        <source>On Docker %1 with CRIU 4.1.1 the checkpoint failed: “%2”; this engine (Docker %3) may behave differently.</source>
        <translation>Mit Docker %1 und CRIU 4.1.1 scheiterte der Checkpoint: „%2“; diese Engine (Docker %3) kann sich anders verhalten.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="182"/>
        <source>On this engine&apos;s version (Docker %1, measured with CRIU 4.1.1) the checkpoint is taken, but restoring it fails: “%2”.</source>
        <translation>Mit der Version dieser Engine (Docker %1, gemessen mit CRIU 4.1.1) wird der Checkpoint erstellt, aber die Wiederherstellung scheitert: „%2“.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointrisks.cpp" line="184"/>
        <source>On Docker %1 with CRIU 4.1.1 the checkpoint was taken, but restoring it failed: “%2”; this engine (Docker %3) may behave differently.</source>
        <translation>Mit Docker %1 und CRIU 4.1.1 wurde der Checkpoint erstellt, aber die Wiederherstellung scheiterte: „%2“; diese Engine (Docker %3) kann sich anders verhalten.</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointScan</name>
    <message>
        <location filename="../app/archives/checkpointscan.cpp" line="49"/>
        <source>The engine sent %1, which is outside the checkpoint folder %2.</source>
        <translation>Die Engine hat %1 gesendet, das außerhalb des Checkpoint-Ordners %2 liegt.</translation>
    </message>
    <message>
        <location filename="../app/archives/checkpointscan.cpp" line="55"/>
        <source>The checkpoint %1 is a file, not a folder.</source>
        <translation>Der Checkpoint %1 ist eine Datei, kein Ordner.</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointStager</name>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="86"/>
        <source>Cannot import checkpoint %1 into %2: %3</source>
        <translation>Checkpoint %1 kann nicht in %2 importiert werden: %3</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="106"/>
        <source>There is no archive to import.</source>
        <translation>Es gibt kein Archiv zum Importieren.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="27"/>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="150"/>
        <source>the engine runs on %1, and this Stasis can only import on %2 engines. A checkpoint&apos;s CRIU images could not be restored on another architecture anyway.</source>
        <translation>Die Engine läuft auf %1, und diese Stasis-Version kann nur auf %2-Engines importieren. Die CRIU-Images eines Checkpoints ließen sich auf einer anderen Architektur ohnehin nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="185"/>
        <source>creating a helper container failed: %1</source>
        <translation>Das Erstellen eines Hilfscontainers ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="207"/>
        <source>copying the list of files to check into a helper container failed: %1</source>
        <translation>Das Kopieren der Liste der zu prüfenden Dateien in einen Hilfscontainer ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="225"/>
        <source>%1 already has a checkpoint named %2; remove it first, or import under another name.</source>
        <translation>%1 hat bereits einen Checkpoint namens %2; entfernen Sie ihn zuerst oder importieren Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="237"/>
        <source>The archive to import went away.</source>
        <translation>Das zu importierende Archiv ist nicht mehr vorhanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checkpoints/checkpointstager.cpp" line="261"/>
        <source>the upload sent nothing for %n second(s) (a suspended computer or a hung connection); import it again.</source>
        <translation>
            <numerusform>der Upload hat %n Sekunde lang nichts gesendet (ein Rechner im Ruhezustand oder eine hängende Verbindung); importieren Sie erneut.</numerusform>
            <numerusform>der Upload hat %n Sekunden lang nichts gesendet (ein Rechner im Ruhezustand oder eine hängende Verbindung); importieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="291"/>
        <source>%1 got a checkpoint named %2 while importing; remove it first, or import under another name.</source>
        <translation>%1 hat während des Imports einen Checkpoint namens %2 erhalten; entfernen Sie ihn zuerst oder importieren Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="295"/>
        <source>the import tool failed (exit status %1): %2</source>
        <translation>Das Import-Werkzeug ist fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="323"/>
        <source>Its partly imported data stays in %1 until the next import into that container removes it (after an hour).</source>
        <translation>Die teilweise importierten Daten bleiben in %1, bis der nächste Import in diesen Container sie entfernt (nach einer Stunde).</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="324"/>
        <source>Its partly imported data stays in %1 until the next import into that container removes it (after an hour): %2</source>
        <translation>Die teilweise importierten Daten bleiben in %1, bis der nächste Import in diesen Container sie entfernt (nach einer Stunde): %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/checkpointstager.cpp" line="340"/>
        <source>the import tool ended with exit status %1</source>
        <translation>Das Import-Werkzeug wurde mit Exit-Status %1 beendet</translation>
    </message>
</context>
<context>
    <name>Stasis::CheckpointTimelineView</name>
    <message>
        <location filename="../widgets/checkpointtimelineview.cpp" line="39"/>
        <source>Checkpoint timeline</source>
        <translation>Checkpoint-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../widgets/checkpointtimelineview.cpp" line="463"/>
        <source>No checkpoints</source>
        <translation>Keine Checkpoints</translation>
    </message>
</context>
<context>
    <name>Stasis::ConnectionStatus</name>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="30"/>
        <source>&amp;Reconnect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="38"/>
        <source>The engine: a unix:// or tcp:// address. Type another and press Enter to switch.</source>
        <translation>Die Engine: eine unix://- oder tcp://-Adresse. Geben Sie eine andere ein und drücken Sie die Eingabetaste, um zu wechseln.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="71"/>
        <source>● reconnecting…</source>
        <translation>● Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="83"/>
        <source>● connecting…</source>
        <translation>● Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="106"/>
        <source>Unprotected connection</source>
        <translation>Ungeschützte Verbindung</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="107"/>
        <source>Connect anyway?</source>
        <translation>Trotzdem verbinden?</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="111"/>
        <source>Connect &amp;Anyway</source>
        <translation>&amp;Trotzdem verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="122"/>
        <source>Not connected. Choose a protected engine above.</source>
        <translation>Nicht verbunden. Wählen Sie oben eine geschützte Engine.</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="135"/>
        <source>&lt;p&gt;Connection: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verbindung: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="139"/>
        <source>&lt;h3&gt;Docker %1&lt;/h3&gt;&lt;p&gt;API %2 (Stasis speaks %3) · %4 · kernel %5 · %6&lt;/p&gt;&lt;p&gt;Data root: %7&lt;/p&gt;&lt;p&gt;Checkpointing: &lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Docker %1&lt;/h3&gt;&lt;p&gt;API %2 (Stasis spricht %3) · %4 · Kernel %5 · %6&lt;/p&gt;&lt;p&gt;Datenverzeichnis: %7&lt;/p&gt;&lt;p&gt;Checkpoints: &lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="150"/>
        <location filename="../widgets/connectionstatus.cpp" line="152"/>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="150"/>
        <location filename="../widgets/connectionstatus.cpp" line="152"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="152"/>
        <source>Engine ready · checkpointing %1</source>
        <translation>Engine bereit · Checkpoints %1</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="121"/>
        <location filename="../widgets/connectionstatus.cpp" line="160"/>
        <source>● not connected</source>
        <translation>● nicht verbunden</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="74"/>
        <source>● connected · Docker %1 · %2</source>
        <translation>● verbunden · Docker %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/connectionstatus.cpp" line="161"/>
        <source>Not connected. Fix the problem above, then Reconnect (F5).</source>
        <translation>Nicht verbunden. Beheben Sie das oben genannte Problem und verbinden Sie dann neu (F5).</translation>
    </message>
</context>
<context>
    <name>Stasis::ContainerFromRecipe</name>
    <message>
        <location filename="../app/engine/containerfromrecipe.cpp" line="97"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/engine/containerfromrecipe.cpp" line="111"/>
        <source>Cannot create %1 from its recipe: %2</source>
        <translation>Stasis kann %1 nicht aus dem Rezept erstellen: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/containerfromrecipe.cpp" line="121"/>
        <source>a container</source>
        <translation>einen Container</translation>
    </message>
    <message>
        <location filename="../app/engine/containerfromrecipe.cpp" line="128"/>
        <source>A container named %1 already exists on this engine: choose another name, or remove that container first.</source>
        <translation>Auf dieser Engine gibt es bereits einen Container namens %1: Wählen Sie einen anderen Namen oder entfernen Sie zuerst diesen Container.</translation>
    </message>
    <message>
        <location filename="../app/engine/containerfromrecipe.cpp" line="138"/>
        <source>Image %1 is not on this engine: load it there first (docker save on the engine that has it, then docker load here).</source>
        <translation>Image %1 ist auf dieser Engine nicht vorhanden: Laden Sie es zuerst in diese Engine (docker save auf der Engine, die es hat, dann docker load hier).</translation>
    </message>
    <message>
        <location filename="../app/engine/containerfromrecipe.cpp" line="140"/>
        <source>Image %1 is not on this engine: pull or load it there first (docker pull %1).</source>
        <translation>Image %1 ist auf dieser Engine nicht vorhanden: Holen oder laden Sie es zuerst in diese Engine (docker pull %1).</translation>
    </message>
</context>
<context>
    <name>Stasis::ContainerMenu</name>
    <message>
        <location filename="../widgets/containermenu.cpp" line="44"/>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
</context>
<context>
    <name>Stasis::ContainerModel</name>
    <message>
        <location filename="../models/containermodel.cpp" line="64"/>
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
        <location filename="../models/containermodel.cpp" line="164"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="166"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="168"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="170"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="172"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="174"/>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <location filename="../models/containermodel.cpp" line="176"/>
        <source>Last checkpoint</source>
        <translation>Letzter Checkpoint</translation>
    </message>
</context>
<context>
    <name>Stasis::ContainerRecipe</name>
    <message>
        <location filename="../app/engine/containerrecipe.cpp" line="157"/>
        <source>The container recipe is not JSON: %1 at offset %2.</source>
        <translation>Das Container-Rezept ist kein JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/containerrecipe.cpp" line="160"/>
        <source>The container recipe must be a JSON object.</source>
        <translation>Das Container-Rezept muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../app/engine/containerrecipe.cpp" line="169"/>
        <source>The container recipe has no Config.</source>
        <translation>Dem Container-Rezept fehlt Config.</translation>
    </message>
    <message>
        <location filename="../app/engine/containerrecipe.cpp" line="216"/>
        <source>The container recipe is malformed: %1</source>
        <translation>Das Container-Rezept ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../app/engine/containerrecipe.cpp" line="219"/>
        <source>The container recipe names no image (neither Config.Image nor Image).</source>
        <translation>Das Container-Rezept nennt kein Image (weder Config.Image noch Image).</translation>
    </message>
    <message>
        <location filename="../app/engine/containerrecipe.cpp" line="233"/>
        <source>The container shared a namespace with another container of its engine (%1 %2), which cannot be recreated from a recipe: set %1 to another mode (e.g. &quot;none&quot; for the network) first.</source>
        <translation>Der Container teilte einen Namespace mit einem anderen Container seiner Engine (%1 %2); das lässt sich aus einem Rezept nicht nachbilden: Setzen Sie %1 zuerst auf einen anderen Modus (z. B. &quot;none&quot; für das Netzwerk).</translation>
    </message>
    <message>
        <location filename="../app/engine/containerrecipe.cpp" line="239"/>
        <source>The container used the volumes of other containers of its engine (VolumesFrom %1), which cannot be recreated from a recipe: add those volumes as mounts instead.</source>
        <translation>Der Container verwendete die Volumes anderer Container seiner Engine (VolumesFrom %1); das lässt sich aus einem Rezept nicht nachbilden: Fügen Sie diese Volumes stattdessen als Mounts hinzu.</translation>
    </message>
    <message>
        <location filename="../app/engine/containerrecipe.cpp" line="244"/>
        <source>The container recipe names no image.</source>
        <translation>Das Container-Rezept nennt kein Image.</translation>
    </message>
    <message>
        <location filename="../app/engine/containerrecipe.cpp" line="260"/>
        <source>The engine&apos;s description of %1 cannot be read: %2</source>
        <translation>Die Beschreibung von %1 durch die Engine kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::CopyCheckpointJob</name>
    <message>
        <location filename="../app/jobs/copycheckpointjob.cpp" line="21"/>
        <source>Copying checkpoint %1 into %2</source>
        <translation>Checkpoint %1 wird in %2 kopiert</translation>
    </message>
    <message>
        <location filename="../app/jobs/copycheckpointjob.cpp" line="47"/>
        <source>After cancelling: nothing was copied into %1.</source>
        <translation>Nach dem Abbruch: Nach %1 wurde nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../app/jobs/copycheckpointjob.cpp" line="55"/>
        <source>After cancelling: the copy of checkpoint %1 had already landed in %2; it was removed.</source>
        <translation>Nach dem Abbruch: Die Kopie von Checkpoint %1 war bereits in %2 angekommen; sie wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/copycheckpointjob.cpp" line="56"/>
        <source>After cancelling: the copy of checkpoint %1 landed in %2 and could not be removed (%3); remove it by hand.</source>
        <translation>Nach dem Abbruch: Die Kopie von Checkpoint %1 ist in %2 angekommen und konnte nicht entfernt werden (%3); entfernen Sie sie von Hand.</translation>
    </message>
</context>
<context>
    <name>Stasis::CopyFileSystemJob</name>
    <message>
        <location filename="../app/jobs/copyfilesystemjob.cpp" line="33"/>
        <source>Copying the file system changes of %1 into %2…</source>
        <translation>Kopiere die Dateisystemänderungen von %1 nach %2…</translation>
    </message>
    <message>
        <location filename="../app/jobs/copyfilesystemjob.cpp" line="39"/>
        <source>Cannot look up %1: %2</source>
        <translation>%1 lässt sich nicht nachschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/copyfilesystemjob.cpp" line="67"/>
        <source>The file system changes of %1</source>
        <translation>Die Dateisystemänderungen von %1</translation>
    </message>
</context>
<context>
    <name>Stasis::CreateCheckpointJob</name>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="28"/>
        <source>Checkpointing %1</source>
        <translation>Checkpoint für %1 wird erstellt</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="28"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="69"/>
        <source>Cannot checkpoint %1: it is not running (%2). Only a running container can be checkpointed: start it, or restore one of its checkpoints.</source>
        <translation>Checkpoint für %1 kann nicht erstellt werden: Der Container läuft nicht (%2). Nur von einem laufenden Container kann ein Checkpoint erstellt werden: Starten Sie ihn oder stellen Sie einen seiner Checkpoints wieder her.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="71"/>
        <source>Cannot checkpoint %1: %2</source>
        <translation>Checkpoint für %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="74"/>
        <source>Cannot checkpoint %1: the engine went away (%2): it stopped or restarted. Start it again, then retry this job and check the container&apos;s state.</source>
        <translation>Checkpoint von %1 nicht möglich: Die Engine ist weg (%2), sie wurde beendet oder neu gestartet. Starten Sie sie wieder, wiederholen Sie dann diesen Auftrag und prüfen Sie den Zustand des Containers.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="86"/>
        <source>The container is no longer running; start it again, or restore an earlier checkpoint.</source>
        <translation>Der Container läuft nicht mehr; starten Sie ihn erneut oder stellen Sie einen früheren Checkpoint wieder her.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="105"/>
        <source>Cancelled: the request was aborted, but the engine may still finish or abort the dump. Checking %1…</source>
        <translation>Abgebrochen: Die Anfrage wurde abgebrochen, aber die Engine kann die Sicherung noch beenden oder abbrechen. %1 wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="117"/>
        <source>After cancelling: the state of %1 is unknown (%2).</source>
        <translation>Nach dem Abbruch: Der Zustand von %1 ist unbekannt (%2).</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="121"/>
        <source>%1 is running.</source>
        <translation>%1 läuft.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="122"/>
        <source>%1 is stopped (%2): start it again, or restore a checkpoint.</source>
        <translation>%1 ist gestoppt (%2): Starten Sie ihn wieder oder stellen Sie einen Checkpoint wieder her.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="130"/>
        <source>After cancelling: %1 Checkpoint %2 exists (it may be incomplete: remove it if in doubt).</source>
        <translation>Nach dem Abbruch: %1 Checkpoint %2 existiert (er kann unvollständig sein: entfernen Sie ihn im Zweifel).</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcheckpointjob.cpp" line="131"/>
        <source>After cancelling: %1 Checkpoint %2 was not created.</source>
        <translation>Nach dem Abbruch: %1 Checkpoint %2 wurde nicht erstellt.</translation>
    </message>
</context>
<context>
    <name>Stasis::CreateContainerJob</name>
    <message>
        <location filename="../app/jobs/createcontainerjob.cpp" line="51"/>
        <source>Cannot create %1: its configuration reaches the host (%2), which was not allowed.</source>
        <translation>%1 kann nicht erstellt werden: Seine Konfiguration greift auf den Host zu (%2), und das wurde nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcontainerjob.cpp" line="63"/>
        <source>created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcontainerjob.cpp" line="63"/>
        <source>created %1, configured as %2</source>
        <translation>%1 erstellt, konfiguriert als %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcontainerjob.cpp" line="77"/>
        <source>After cancelling: %1, created meanwhile, was removed again.</source>
        <translation>Nach dem Abbruch: %1, inzwischen erstellt, wurde wieder entfernt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/createcontainerjob.cpp" line="78"/>
        <source>After cancelling: %1, created meanwhile, could not be removed (%2): remove it by hand.</source>
        <translation>Nach dem Abbruch: %1, inzwischen erstellt, konnte nicht entfernt werden (%2): Entfernen Sie ihn von Hand.</translation>
    </message>
</context>
<context>
    <name>Stasis::CriuLog</name>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="22"/>
        <source>The container has a terminal (TTY) that CRIU cannot take over: restore into a container created without a TTY (-t), or start it again.</source>
        <translation>Der Container hat ein Terminal (TTY), das CRIU nicht übernehmen kann: Stellen Sie ihn in einem Container wieder her, der ohne TTY (-t) erstellt wurde, oder starten Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="24"/>
        <source>CRIU could not suspend the container&apos;s seccomp filter: run the container with --security-opt seccomp=unconfined, or use a kernel with CONFIG_CHECKPOINT_RESTORE.</source>
        <translation>CRIU konnte den seccomp-Filter des Containers nicht aussetzen: Führen Sie den Container mit --security-opt seccomp=unconfined aus oder verwenden Sie einen Kernel mit CONFIG_CHECKPOINT_RESTORE.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="27"/>
        <source>The engine host&apos;s CRIU is too old for its kernel: update CRIU until `criu check` says &quot;Looks good.&quot;.</source>
        <translation>CRIU auf dem Host der Engine ist zu alt für dessen Kernel: Aktualisieren Sie CRIU, bis `criu check` &quot;Looks good.&quot; meldet.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="29"/>
        <source>The container&apos;s files differ from when the checkpoint was taken (a file is gone or changed size): restore into a container with the same image and files, or take a new checkpoint.</source>
        <translation>Die Dateien des Containers unterscheiden sich von denen zum Zeitpunkt des Checkpoints (eine Datei fehlt oder hat eine andere Größe): Stellen Sie ihn in einem Container mit demselben Image und denselben Dateien wieder her oder erstellen Sie einen neuen Checkpoint.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="31"/>
        <source>CRIU reported a generic failure; the cause is in the Error lines of its log.</source>
        <translation>CRIU hat einen allgemeinen Fehler gemeldet; die Ursache steht in den Error-Zeilen seines Protokolls.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="72"/>
        <source>CRIU&apos;s errors:</source>
        <translation>Fehler von CRIU:</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="75"/>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulog.cpp" line="78"/>
        <source>CRIU&apos;s log:</source>
        <translation>Protokoll von CRIU:</translation>
    </message>
</context>
<context>
    <name>Stasis::CriuLogFetcher</name>
    <message>
        <location filename="../app/checkpoints/criulogfetcher.cpp" line="33"/>
        <source>The engine sent an unreadable archive of %1.</source>
        <translation>Die Engine hat ein unlesbares Archiv von %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/criulogfetcher.cpp" line="72"/>
        <source>Cannot read CRIU&apos;s log %1/%2 (it may be gone already): %3</source>
        <translation>Das Protokoll von CRIU %1/%2 kann nicht gelesen werden (es ist möglicherweise bereits gelöscht): %3</translation>
    </message>
</context>
<context>
    <name>Stasis::DeletedPaths</name>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="27"/>
        <source>The deleted path &quot;%1&quot; in %2 is not valid Unicode.</source>
        <translation>Der gelöschte Pfad &quot;%1&quot; in %2 ist kein gültiges Unicode.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="31"/>
        <source>The deleted path &quot;%1&quot; in %2 has a NUL character.</source>
        <translation>Der gelöschte Pfad &quot;%1&quot; in %2 hat ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="34"/>
        <source>The deleted path &quot;%1&quot; in %2 has a control character.</source>
        <translation>Der gelöschte Pfad &quot;%1&quot; in %2 hat ein Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="37"/>
        <source>The deleted path &quot;%1&quot; in %2 is not absolute.</source>
        <translation>Der gelöschte Pfad &quot;%1&quot; in %2 ist nicht absolut.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="40"/>
        <source>%1 lists the root folder &quot;/&quot; as deleted.</source>
        <translation>%1 führt den Wurzelordner &quot;/&quot; als gelöscht auf.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="43"/>
        <source>The deleted path &quot;%1&quot; in %2 is longer than %3 bytes.</source>
        <translation>Der gelöschte Pfad &quot;%1&quot; in %2 ist länger als %3 Bytes.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="48"/>
        <source>The deleted path &quot;%1&quot; in %2 has an empty path component.</source>
        <translation>Der gelöschte Pfad &quot;%1&quot; in %2 hat eine leere Pfadkomponente.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="51"/>
        <source>The deleted path &quot;%1&quot; in %2 has a &quot;%3&quot; path component.</source>
        <translation>Der gelöschte Pfad &quot;%1&quot; in %2 hat eine Pfadkomponente &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="55"/>
        <source>The deleted path &quot;%1&quot; in %2 is nested deeper than %3 folders.</source>
        <translation>Der gelöschte Pfad &quot;%1&quot; in %2 ist tiefer als %3 Ordner verschachtelt.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="74"/>
        <source>%1 is not a JSON array of paths.</source>
        <translation>%1 ist kein JSON-Array von Pfaden.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="78"/>
        <source>%1 lists more than %2 deleted paths.</source>
        <translation>%1 führt mehr als %2 gelöschte Pfade auf.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="85"/>
        <source>%1 is not a JSON array of paths: it holds something other than text.</source>
        <translation>%1 ist kein JSON-Array von Pfaden: Es enthält etwas anderes als Text.</translation>
    </message>
    <message>
        <location filename="../app/archives/deletedpaths.cpp" line="92"/>
        <source>%1 lists the deleted path &quot;%2&quot; twice.</source>
        <translation>%1 führt den gelöschten Pfad &quot;%2&quot; zweimal auf.</translation>
    </message>
</context>
<context>
    <name>Stasis::DockerContextStore</name>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="28"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="33"/>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="36"/>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="95"/>
        <source>The Docker configuration cannot be used: %1.</source>
        <translation>Die Docker-Konfiguration kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="105"/>
        <source>The Docker configuration %1 is malformed: currentContext is not a string.</source>
        <translation>Die Docker-Konfiguration %1 ist fehlerhaft: currentContext ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="137"/>
        <source>The Docker context &apos;%1&apos; cannot be used: %2.</source>
        <translation>Der Docker-Kontext &apos;%1&apos; kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="140"/>
        <source>There is no Docker context &apos;%1&apos;: %2 does not exist (`docker context ls` lists the contexts).</source>
        <translation>Es gibt keinen Docker-Kontext &apos;%1&apos;: %2 existiert nicht (`docker context ls` listet die Kontexte auf).</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="143"/>
        <source>The Docker context &apos;%1&apos; is malformed: %2 in %3.</source>
        <translation>Der Docker-Kontext &apos;%1&apos; ist fehlerhaft: %2 in %3.</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="148"/>
        <source>Endpoints is not an object</source>
        <translation>Endpoints ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="152"/>
        <source>The Docker context &apos;%1&apos; has no docker endpoint in %2.</source>
        <translation>Der Docker-Kontext &apos;%1&apos; hat in %2 keinen docker-Endpunkt.</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="155"/>
        <source>Endpoints.docker is not an object</source>
        <translation>Endpoints.docker ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="159"/>
        <source>Endpoints.docker.Host is not a string</source>
        <translation>Endpoints.docker.Host ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/engine/dockercontextstore.cpp" line="163"/>
        <source>Endpoints.docker.SkipTLSVerify is not true or false</source>
        <translation>Endpoints.docker.SkipTLSVerify ist weder true noch false</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineCapabilities</name>
    <message>
        <location filename="../app/engine/enginecapabilities.cpp" line="12"/>
        <source>This engine runs %1 containers; checkpoints need a Linux engine with CRIU. Connect to a Linux engine.</source>
        <translation>Diese Engine führt %1-Container aus; Checkpoints benötigen eine Linux-Engine mit CRIU. Verbinden Sie sich mit einer Linux-Engine.</translation>
    </message>
    <message>
        <location filename="../app/engine/enginecapabilities.cpp" line="17"/>
        <source>Checkpoints are off: the engine runs without experimental mode. Add &quot;experimental&quot;: true to /etc/docker/daemon.json (or start dockerd with --experimental), restart the engine, then reconnect.</source>
        <translation>Checkpoints sind deaktiviert: Die Engine läuft ohne experimentellen Modus. Fügen Sie &quot;experimental&quot;: true zu /etc/docker/daemon.json hinzu (oder starten Sie dockerd mit --experimental), starten Sie die Engine neu und verbinden Sie sich dann erneut.</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineClient</name>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="62"/>
        <source>The engine sent invalid JSON: %1.</source>
        <translation>Die Engine hat ungültiges JSON gesendet: %1.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="125"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="127"/>
        <source>The engine at %1 did not answer in time.</source>
        <translation>Die Engine unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="133"/>
        <source>The engine at %1 sent an invalid reply: %2.</source>
        <translation>Die Engine unter %1 hat eine ungültige Antwort gesendet: %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="142"/>
        <source>Lost the connection to the engine at %1 (%2). Check that it runs, then try again.</source>
        <translation>Die Verbindung zur Engine unter %1 wurde unterbrochen (%2). Prüfen Sie, ob sie läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="176"/>
        <source>The answer of the engine at %1 to %2 was too large (more than %3); Stasis stopped reading it.</source>
        <translation>Die Antwort der Engine unter %1 auf %2 war zu groß (mehr als %3); Stasis hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="215"/>
        <source>The engine at %1 closed the stream: %2.</source>
        <translation>Die Engine unter %1 hat den Datenstrom geschlossen: %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="263"/>
        <source>Could not reach the engine at %1 over ssh: %2. Check that `ssh %3%4 docker version` works in a terminal: the host key known, a key without a passphrase or in ssh-agent, and the Docker CLI installed there.</source>
        <translation>Die Engine unter %1 ist über ssh nicht erreichbar: %2. Prüfen Sie, ob `ssh %3%4 docker version` in einem Terminal funktioniert: der Host-Schlüssel bekannt, ein Schlüssel ohne Passphrase oder im ssh-agent, und die Docker-CLI dort installiert.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="319"/>
        <source>The engine at %1 does not say which API it speaks; it is older than Stasis supports (API %2 or newer).</source>
        <translation>Die Engine unter %1 gibt nicht an, welche API sie spricht; sie ist älter, als Stasis unterstützt (API %2 oder neuer).</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclient.cpp" line="325"/>
        <source>The engine at %1 speaks API %2; Stasis needs %3 or newer (Docker 19.03 or later). Update the engine.</source>
        <translation>Die Engine unter %1 spricht API %2; Stasis benötigt %3 oder neuer (Docker 19.03 oder neuer). Aktualisieren Sie die Engine.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclientcontainers.cpp" line="81"/>
        <source>The engine did not say how %1 ended.</source>
        <translation>Die Engine hat nicht angegeben, wie %1 beendet wurde.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclientcontainers.cpp" line="100"/>
        <source>The engine created the container %1 but did not say its id.</source>
        <translation>Die Engine hat den Container %1 erstellt, aber dessen ID nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclientcontainers.cpp" line="139"/>
        <source>The engine&apos;s container list is not a JSON array.</source>
        <translation>Die Container-Liste der Engine ist kein JSON-Array.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclientcontainers.cpp" line="182"/>
        <source>The engine sent a file system change that is not a path and a kind.</source>
        <translation>Die Engine hat eine Dateisystemänderung gesendet, die nicht aus einem Pfad und einer Art besteht.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclientcontainers.cpp" line="197"/>
        <source>The engine sent no readable file information for %1.</source>
        <translation>Die Engine hat keine lesbaren Dateiinformationen für %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclientimages.cpp" line="29"/>
        <source>The engine&apos;s answer to an image load is not a stream of JSON messages.</source>
        <translation>Die Antwort der Engine auf das Laden eines Images ist kein Strom von JSON-Nachrichten.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclientimages.cpp" line="64"/>
        <source>The engine&apos;s image list is not a JSON array.</source>
        <translation>Die Image-Liste der Engine ist kein JSON-Array.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclientvolumes.cpp" line="27"/>
        <source>The engine&apos;s answer about the volume %1 is not readable: %2</source>
        <translation>Die Antwort der Engine zum Volume %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclientvolumes.cpp" line="31"/>
        <source>Asked for the volume %1, the engine answered with the volume %2.</source>
        <translation>Gefragt nach dem Volume %1, antwortete die Engine mit dem Volume %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineclientvolumes.cpp" line="52"/>
        <source>The engine already has a volume named %1. Remove it, or use it as it is.</source>
        <translation>Die Engine hat bereits ein Volume namens %1. Entfernen Sie es oder verwenden Sie es, wie es ist.</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineEndpoint</name>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="121"/>
        <source>Cannot read %1 %2: %3.</source>
        <translation>%1 %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="134"/>
        <source>%1 %2 holds no PEM certificate.</source>
        <translation>%1 %2 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="151"/>
        <source>%1 %2 holds no private key Stasis can read (an RSA, EC or DSA key in PEM, not encrypted).</source>
        <translation>%1 %2 enthält keinen privaten Schlüssel, den Stasis lesen kann (einen unverschlüsselten RSA-, EC- oder DSA-Schlüssel im PEM-Format).</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="175"/>
        <source>The engine address is empty; use unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation>Die Engine-Adresse ist leer; verwenden Sie unix:///path/to/docker.sock oder tcp://host:port.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an engine address; write unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation type="vanished">&apos;%1&apos; ist keine Engine-Adresse; schreiben Sie unix:///path/to/docker.sock oder tcp://host:port.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="187"/>
        <source>&apos;%1&apos; does not name an absolute socket path; write it as unix:///path/to/docker.sock.</source>
        <translation>&apos;%1&apos; gibt keinen absoluten Socket-Pfad an; schreiben Sie ihn als unix:///path/to/docker.sock.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: ssh:// engine addresses are not supported yet. Forward the engine&apos;s socket instead, e.g. `ssh -NL /tmp/docker.sock:/var/run/docker.sock user@host`, then use unix:///tmp/docker.sock.</source>
        <translation type="vanished">&apos;%1&apos;: Engine-Adressen mit ssh:// werden noch nicht unterstützt. Leiten Sie stattdessen den Socket der Engine weiter, z. B. `ssh -NL /tmp/docker.sock:/var/run/docker.sock user@host`, und verwenden Sie dann unix:///tmp/docker.sock.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="213"/>
        <source>&apos;%1&apos;: write tcp://host:port instead of %2://; TLS comes from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, or from the Docker context.</source>
        <translation>&apos;%1&apos;: Schreiben Sie tcp://host:port statt %2://; TLS wird über DOCKER_TLS_VERIFY und DOCKER_CERT_PATH oder über den Docker-Kontext festgelegt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown scheme &apos;%2&apos;; the engine address must be unix:///path/to/docker.sock or tcp://host:port.</source>
        <translation type="vanished">&apos;%1&apos;: unbekanntes Schema &apos;%2&apos;; die Engine-Adresse muss unix:///path/to/docker.sock oder tcp://host:port lauten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a tcp:// address takes no path; write tcp://host:port.</source>
        <translation type="vanished">&apos;%1&apos;: Eine tcp://-Adresse enthält keinen Pfad; schreiben Sie tcp://host:port.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="66"/>
        <source>&apos;%1&apos;: the IPv6 address lacks its closing bracket.</source>
        <translation>&apos;%1&apos;: Der IPv6-Adresse fehlt die schließende Klammer.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="71"/>
        <source>&apos;%1&apos;: expected &apos;:port&apos; after the IPv6 address.</source>
        <translation>&apos;%1&apos;: Nach der IPv6-Adresse wurde &apos;:port&apos; erwartet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write an IPv6 address in brackets, e.g. tcp://[::1]:2376.</source>
        <translation type="vanished">&apos;%1&apos;: Schreiben Sie eine IPv6-Adresse in eckigen Klammern, z. B. tcp://[::1]:2376.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no host; write tcp://host:port.</source>
        <translation type="vanished">&apos;%1&apos; gibt keinen Host an; schreiben Sie tcp://host:port.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="56"/>
        <source>&apos;%1&apos; takes no path; write %2.</source>
        <translation>&apos;%1&apos; nimmt keinen Pfad; schreiben Sie %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="79"/>
        <source>&apos;%1&apos;: write an IPv6 address in brackets, e.g. %2://[::1]:2376.</source>
        <translation>&apos;%1&apos;: schreiben Sie eine IPv6-Adresse in eckigen Klammern, z. B. %2://[::1]:2376.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="85"/>
        <source>&apos;%1&apos; names no host; write %2.</source>
        <translation>&apos;%1&apos; nennt keinen Host; schreiben Sie %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="90"/>
        <source>&apos;%1&apos; has no port; write tcp://host:port, e.g. port 2376 for TLS or 2375 without.</source>
        <translation>&apos;%1&apos; hat keinen Port; schreiben Sie tcp://host:port, z. B. Port 2376 mit TLS oder 2375 ohne.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="94"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a valid port; ports run from 1 to 65535.</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; ist kein gültiger Port; Ports reichen von 1 bis 65535.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="102"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a valid host name or address.</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; ist kein gültiger Hostname und keine gültige Adresse.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="179"/>
        <source>&apos;%1&apos; is not an engine address; write unix:///path/to/docker.sock, tcp://host:port or ssh://user@host.</source>
        <translation>&apos;%1&apos; ist keine Engine-Adresse; schreiben Sie unix:///path/to/docker.sock, tcp://host:port oder ssh://user@host.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="200"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a user name ssh accepts here (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; ist kein Benutzername, den ssh hier annimmt (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="219"/>
        <source>&apos;%1&apos;: unknown scheme &apos;%2&apos;; the engine address must be unix:///path/to/docker.sock, tcp://host:port or ssh://user@host.</source>
        <translation>&apos;%1&apos;: unbekanntes Schema &apos;%2&apos;; die Engine-Adresse muss unix:///path/to/docker.sock, tcp://host:port oder ssh://user@host sein.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="239"/>
        <source>Give either an engine address (%1) or a Docker context (%2), not both.</source>
        <translation>Geben Sie entweder eine Engine-Adresse (%1) oder einen Docker-Kontext (%2) an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="257"/>
        <source>The current context of %1: </source>
        <translation>Der aktuelle Kontext von %1: </translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="280"/>
        <source>The Docker context &apos;%1&apos; (%2): </source>
        <translation>Der Docker-Kontext &apos;%1&apos; (%2): </translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="296"/>
        <source>The Docker context &apos;%1&apos;: </source>
        <translation>Der Docker-Kontext &apos;%1&apos;: </translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="305"/>
        <source>%1 needs TLS, but this Qt has no working TLS backend (OpenSSL).</source>
        <translation>%1 benötigt TLS, aber diese Qt-Installation hat kein funktionierendes TLS-Backend (OpenSSL).</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="312"/>
        <source>the TLS CA certificate</source>
        <translation>das TLS-CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="325"/>
        <source>The TLS client key %1 is missing; the client certificate %2 needs it.</source>
        <translation>Der TLS-Client-Schlüssel %1 fehlt; das Client-Zertifikat %2 benötigt ihn.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="328"/>
        <source>The TLS client certificate %1 is missing; the client key %2 needs it.</source>
        <translation>Das TLS-Client-Zertifikat %1 fehlt; der Client-Schlüssel %2 benötigt es.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="331"/>
        <source>the TLS client certificate</source>
        <translation>das TLS-Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="335"/>
        <source>the TLS client key</source>
        <translation>der TLS-Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="342"/>
        <source>The TLS client certificate %1 expired on %2; the engine would refuse it. Ask for a new one signed by the engine&apos;s CA.</source>
        <translation>Das TLS-Client-Zertifikat %1 ist am %2 abgelaufen; die Engine würde es ablehnen. Fordern Sie ein neues an, signiert von der CA der Engine.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="346"/>
        <source>The TLS client certificate %1 is valid only from %2; check this machine&apos;s clock.</source>
        <translation>Das TLS-Client-Zertifikat %1 gilt erst ab %2; prüfen Sie die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="357"/>
        <source>The TLS client key %1 can be read by other users of this machine; make it private: chmod 600 %1</source>
        <translation>Der TLS-Client-Schlüssel %1 ist für andere Benutzer dieses Rechners lesbar; machen Sie ihn privat: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="377"/>
        <source>%1 uses TLS without checking the engine&apos;s certificate, so anyone on the way could pose as the engine and read or change every memory page of a checkpoint. Set DOCKER_TLS_VERIFY=1 (or clear SkipTLSVerify in the context).</source>
        <translation>%1 verwendet TLS, ohne das Zertifikat der Engine zu prüfen: Jeder auf dem Weg könnte sich als Engine ausgeben und jede Speicherseite eines Checkpoints lesen oder ändern. Setzen Sie DOCKER_TLS_VERIFY=1 (oder entfernen Sie SkipTLSVerify im Kontext).</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="384"/>
        <source>%1 is plain HTTP to another machine: every memory page of a checkpoint would cross the network readable and alterable by anyone on the way. Use TLS (DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH) or an ssh tunnel.</source>
        <translation>%1 ist unverschlüsseltes HTTP zu einem anderen Rechner: Jede Speicherseite eines Checkpoints ginge lesbar und veränderbar für jeden auf dem Weg über das Netz. Verwenden Sie TLS (DOCKER_TLS_VERIFY=1 und DOCKER_CERT_PATH) oder einen ssh-Tunnel.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="392"/>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="395"/>
        <source>ssh, host key checked</source>
        <translation>ssh, Host-Schlüssel geprüft</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="398"/>
        <source>TLS, certificate verified</source>
        <translation>TLS, Zertifikat geprüft</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="398"/>
        <source>TLS, certificate not verified</source>
        <translation>TLS, Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="400"/>
        <source>plain HTTP on this machine</source>
        <translation>unverschlüsseltes HTTP auf diesem Rechner</translation>
    </message>
    <message>
        <location filename="../app/engine/engineendpoint.cpp" line="400"/>
        <source>plain HTTP, not protected</source>
        <translation>unverschlüsseltes HTTP, ungeschützt</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineError</name>
    <message>
        <location filename="../app/engine/engineerror.cpp" line="57"/>
        <source>The engine does not offer checkpoints (%1). Enable experimental mode: add &quot;experimental&quot;: true to /etc/docker/daemon.json and restart the engine.</source>
        <translation>Die Engine bietet keine Checkpoints an (%1). Aktivieren Sie den experimentellen Modus: Fügen Sie &quot;experimental&quot;: true zu /etc/docker/daemon.json hinzu und starten Sie die Engine neu.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineerror.cpp" line="61"/>
        <source>Nothing to do: the container is already in that state.</source>
        <translation>Nichts zu tun: Der Container ist bereits in diesem Zustand.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineerror.cpp" line="66"/>
        <source>The engine answered %1: %2</source>
        <translation>Die Engine antwortete %1: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineExchange</name>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="214"/>
        <source>it ended after %1 of %2 bytes</source>
        <translation>es endete nach %1 von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="215"/>
        <source>Reading what to send to the engine failed: %1</source>
        <translation>Das Lesen dessen, was an die Engine gehen sollte, ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="262"/>
        <source>Lost the connection to the engine at %1 (%2). Check that it runs, then try again.</source>
        <translation>Die Verbindung zur Engine unter %1 ist abgerissen (%2). Prüfen Sie, ob sie läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="263"/>
        <source>it closed the connection</source>
        <translation>sie hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="267"/>
        <source>The engine at %1 closed the stream before its end%2.</source>
        <translation>Die Engine unter %1 hat den Datenstrom vor seinem Ende geschlossen%2.</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="285"/>
        <location filename="../app/engine/engineexchange.cpp" line="291"/>
        <source>a line is too long</source>
        <translation>eine Zeile ist zu lang</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="318"/>
        <source>no HTTP status line</source>
        <translation>keine HTTP-Statuszeile</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="332"/>
        <source>too many headers</source>
        <translation>zu viele Kopfzeilen</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="337"/>
        <source>a malformed header</source>
        <translation>eine fehlerhafte Kopfzeile</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="353"/>
        <source>a body encoded as %1, which was not asked for</source>
        <translation>ein als %1 kodierter Inhalt, der nicht angefordert wurde</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="357"/>
        <source>a body transferred as %1, which was not asked for</source>
        <translation>ein als %1 übertragener Inhalt, der nicht angefordert wurde</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="368"/>
        <source>an invalid Content-Length</source>
        <translation>eine ungültige Content-Length</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="383"/>
        <source>an invalid chunk size</source>
        <translation>eine ungültige Chunk-Größe</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="393"/>
        <source>a chunk longer than announced</source>
        <translation>ein Chunk, der länger als angekündigt ist</translation>
    </message>
    <message>
        <location filename="../app/engine/engineexchange.cpp" line="466"/>
        <source>The engine at %1 sent an invalid reply: %2.</source>
        <translation>Die Engine unter %1 hat eine ungültige Antwort gesendet: %2.</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineImageSource</name>
    <message>
        <location filename="../app/checkpoints/engineimagesource.cpp" line="27"/>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/engineimagesource.cpp" line="64"/>
        <location filename="../app/checkpoints/engineimagesource.cpp" line="82"/>
        <source>The image %1 on %2 is refused: %3</source>
        <translation>Das Image %1 auf %2 wird abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/engineimagesource.cpp" line="76"/>
        <source>%1 did not give out the image %2: %3</source>
        <translation>%1 hat das Image %2 nicht herausgegeben: %3</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineLeftovers</name>
    <message>
        <location filename="../app/jobs/engineleftovers.cpp" line="104"/>
        <source>The container %1 created for it was removed again.</source>
        <translation>Der dafür erstellte Container %1 wurde wieder entfernt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/engineleftovers.cpp" line="105"/>
        <source>The container %1 created for it could not be removed (%2): remove it by hand.</source>
        <translation>Der dafür erstellte Container %1 konnte nicht entfernt werden (%2): Entfernen Sie ihn von Hand.</translation>
    </message>
    <message>
        <location filename="../app/jobs/engineleftovers.cpp" line="107"/>
        <source>The volume %1 created for it was removed again.</source>
        <translation>Das dafür erstellte Volume %1 wurde wieder entfernt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/engineleftovers.cpp" line="108"/>
        <source>The volume %1 created for it could not be removed (%2): remove it by hand.</source>
        <translation>Das dafür erstellte Volume %1 konnte nicht entfernt werden (%2): Entfernen Sie es von Hand.</translation>
    </message>
    <message>
        <location filename="../app/jobs/engineleftovers.cpp" line="110"/>
        <source>The image %1 loaded for it was removed again.</source>
        <translation>Das dafür geladene Image %1 wurde wieder entfernt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/engineleftovers.cpp" line="111"/>
        <source>The image %1 loaded for it could not be removed (%2): remove it by hand.</source>
        <translation>Das dafür geladene Image %1 konnte nicht entfernt werden (%2): Entfernen Sie es von Hand.</translation>
    </message>
    <message>
        <location filename="../app/jobs/engineleftovers.cpp" line="118"/>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineList</name>
    <message>
        <location filename="../app/workspace/enginelist.cpp" line="68"/>
        <source>There are no Docker contexts in %1: `docker context create` makes one.</source>
        <translation>In %1 gibt es keine Docker-Kontexte: `docker context create` legt einen an.</translation>
    </message>
</context>
<context>
    <name>Stasis::EngineListModel</name>
    <message>
        <location filename="../models/enginelistmodel.cpp" line="42"/>
        <source>%1
%2
Drop a container here to move it to this engine.</source>
        <translation>%1
%2
Ziehen Sie einen Container hierher, um ihn auf diese Engine zu verschieben.</translation>
    </message>
    <message>
        <location filename="../models/enginelistmodel.cpp" line="88"/>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <location filename="../models/enginelistmodel.cpp" line="94"/>
        <source>not connected: %1</source>
        <translation>nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../models/enginelistmodel.cpp" line="98"/>
        <source>reconnecting…</source>
        <translation>verbinde erneut…</translation>
    </message>
    <message>
        <location filename="../models/enginelistmodel.cpp" line="121"/>
        <source>can checkpoint</source>
        <translation>kann Checkpoints erstellen</translation>
    </message>
    <message>
        <location filename="../models/enginelistmodel.cpp" line="121"/>
        <source>cannot checkpoint</source>
        <translation>kann keine Checkpoints erstellen</translation>
    </message>
    <message>
        <location filename="../models/enginelistmodel.cpp" line="122"/>
        <source>Docker %1 · %2 · %3</source>
        <translation>Docker %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Stasis::EnginesPanel</name>
    <message>
        <location filename="../widgets/enginespanel.cpp" line="30"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/enginespanel.cpp" line="46"/>
        <source>&amp;Add Engine…</source>
        <translation>Engine &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/enginespanel.cpp" line="48"/>
        <source>Keep another engine: a unix://, tcp:// or ssh:// address, or the name of a Docker context</source>
        <translation>Eine weitere Engine behalten: eine unix://-, tcp://- oder ssh://-Adresse oder der Name eines Docker-Kontexts</translation>
    </message>
    <message>
        <location filename="../widgets/enginespanel.cpp" line="50"/>
        <source>Add Docker &amp;Contexts</source>
        <translation>Docker-&amp;Kontexte hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/enginespanel.cpp" line="52"/>
        <source>Keep the engine of every context the Docker CLI knows (docker context ls)</source>
        <translation>Die Engine jedes Kontexts behalten, den die Docker-CLI kennt (docker context ls)</translation>
    </message>
    <message>
        <location filename="../widgets/enginespanel.cpp" line="59"/>
        <source>Forget the selected engine (nothing on it changes)</source>
        <translation>Die ausgewählte Engine vergessen (auf ihr ändert sich nichts)</translation>
    </message>
    <message>
        <location filename="../widgets/enginespanel.cpp" line="84"/>
        <source>Add Engine</source>
        <translation>Engine hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/enginespanel.cpp" line="85"/>
        <source>Address (unix://…, tcp://host:port, ssh://user@host) or Docker context:</source>
        <translation>Adresse (unix://…, tcp://host:port, ssh://user@host) oder Docker-Kontext:</translation>
    </message>
</context>
<context>
    <name>Stasis::EventStream</name>
    <message>
        <location filename="../app/engine/eventstream.cpp" line="133"/>
        <source>The engine at %1 closed the event stream.</source>
        <translation>Die Engine unter %1 hat den Ereignisstrom geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/engine/eventstream.cpp" line="137"/>
        <source>The engine at %1 sent an event of more than %2 MiB without an end; Stasis reconnects. If this repeats, check that the address is a Docker engine.</source>
        <translation>Die Engine unter %1 hat ein Ereignis von mehr als %2 MiB ohne Ende gesendet; Stasis verbindet sich neu. Wenn das wieder geschieht, prüfen Sie, ob die Adresse eine Docker-Engine ist.</translation>
    </message>
</context>
<context>
    <name>Stasis::ExportDialog</name>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="31"/>
        <source>Zstandard-compressed tar (*.tar.zst)</source>
        <translation>Zstandard-komprimiertes tar (*.tar.zst)</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="33"/>
        <source>Gzip-compressed tar (*.tar.gz)</source>
        <translation>Gzip-komprimiertes tar (*.tar.gz)</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="35"/>
        <source>XZ-compressed tar (*.tar.xz)</source>
        <translation>XZ-komprimiertes tar (*.tar.xz)</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="37"/>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="52"/>
        <source>Its file system changes: files it wrote or deleted since it was created</source>
        <translation>Seine Dateisystemänderungen: Dateien, die er seit seiner Erstellung schrieb oder löschte</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="53"/>
        <source>The content of its named volumes</source>
        <translation>Den Inhalt seiner benannten Volumes</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="54"/>
        <source>Its image, so the target engine needs no registry</source>
        <translation>Sein Image, damit die Ziel-Engine keine Registry braucht</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="57"/>
        <source>Export checkpoint %1 of %2</source>
        <translation>Checkpoint %1 von %2 exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="63"/>
        <source>Without them the archive restores only where the image&apos;s files suffice: a process that had files of its own open does not restore.</source>
        <translation>Ohne sie lässt sich das Archiv nur wiederherstellen, wo die Dateien des Images genügen: ein Prozess, der eigene Dateien offen hatte, lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="65"/>
        <source>Binds are never carried: they are folders of the engine&apos;s host.</source>
        <translation>Binds werden nie mitgenommen: sie sind Ordner des Hosts der Engine.</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="66"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="78"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="87"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="90"/>
        <source>Also carry:</source>
        <translation>Außerdem mitnehmen:</translation>
    </message>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="149"/>
        <source>Name a file in a folder that exists.</source>
        <translation>Nennen Sie eine Datei in einem vorhandenen Ordner.</translation>
    </message>
</context>
<context>
    <name>Stasis::ExportJob</name>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="58"/>
        <source>Exporting checkpoint %1</source>
        <translation>Checkpoint %1 wird exportiert</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="58"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="58"/>
        <source>To</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="64"/>
        <source>Looking up %1 and the engine</source>
        <translation>%1 und die Engine werden abgefragt</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="70"/>
        <source>looking up %1</source>
        <translation>beim Abfragen von %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="78"/>
        <source>reading the configuration of %1</source>
        <translation>beim Lesen der Konfiguration von %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="94"/>
        <source>asking the engine&apos;s version</source>
        <translation>beim Abfragen der Engine-Version</translation>
    </message>
    <message>
        <source>Reading the file system changes of %1</source>
        <translation type="vanished">Die Dateisystemänderungen von %1 werden gelesen</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="110"/>
        <source>%1 is running: its file system is read as it is now, so files it changed since the checkpoint travel in their new state. For an exact copy, export while the container is stopped.</source>
        <translation>%1 läuft: Sein Dateisystem wird so gelesen, wie es jetzt ist, Dateien, die er seit dem Checkpoint geändert hat, reisen also in ihrem neuen Zustand. Für eine genaue Kopie exportieren Sie, während der Container gestoppt ist.</translation>
    </message>
    <message>
        <source>reading the container&apos;s file system</source>
        <translation type="vanished">das Dateisystem des Containers gelesen wurde</translation>
    </message>
    <message>
        <source>Reading the image %1 of %2</source>
        <translation type="vanished">Das Image %1 von %2 wird gelesen</translation>
    </message>
    <message>
        <source>reading the image %1</source>
        <translation type="vanished">das Image %1 gelesen wurde</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="169"/>
        <source>creating a helper container to read the checkpoint</source>
        <translation>beim Erstellen eines Hilfscontainers zum Lesen des Checkpoints</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="183"/>
        <source>looking up the checkpoint</source>
        <translation>beim Abfragen des Checkpoints</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="185"/>
        <source>the checkpoints of %1</source>
        <translation>den Checkpoints von %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="187"/>
        <source>There is no checkpoint %1 in %2. Check the name in the checkpoint list, then export again.</source>
        <translation>Es gibt keinen Checkpoint %1 in %2. Prüfen Sie den Namen in der Checkpoint-Liste und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="196"/>
        <source>Reading checkpoint %1 and computing its SHA-256 sums</source>
        <translation>Checkpoint %1 wird gelesen und seine SHA-256-Summen werden berechnet</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="209"/>
        <source>reading the checkpoint</source>
        <translation>beim Lesen des Checkpoints</translation>
    </message>
    <message>
        <source>Reading back %1 from its temporary file failed: %2.</source>
        <translation type="vanished">Das Zurücklesen von %1 aus seiner temporären Datei ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Reading back the container&apos;s file system from its temporary file failed: %1.</source>
        <translation type="vanished">Das Zurücklesen des Container-Dateisystems aus seiner temporären Datei ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="135"/>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="146"/>
        <source>reading %1</source>
        <translation>beim Lesen von %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="312"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="320"/>
        <source>reading the checkpoint a second time</source>
        <translation>beim zweiten Lesen des Checkpoints</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="416"/>
        <source>Finishing %1</source>
        <translation>%1 wird abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="428"/>
        <source>Exported checkpoint %1 to %2 (%3).</source>
        <translation>Checkpoint %1 nach %2 exportiert (%3).</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="437"/>
        <source>Checkpoint %1 changed while it was being exported (%2 differs from the first reading). No file was written; export it again while nothing restores or removes it.</source>
        <translation>Checkpoint %1 hat sich während des Exports geändert (%2 weicht vom ersten Lesen ab). Es wurde keine Datei geschrieben; exportieren Sie ihn erneut, während ihn nichts wiederherstellt oder entfernt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="473"/>
        <source>The connection to the engine was lost while %1: %2. No file was written; export again once the engine is reachable.</source>
        <translation>Die Verbindung zur Engine wurde %1 unterbrochen: %2. Es wurde keine Datei geschrieben; exportieren Sie erneut, sobald die Engine erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="477"/>
        <source>The engine sent something unexpected while %1: %2. No file was written.</source>
        <translation>Die Engine hat %1 etwas Unerwartetes gesendet: %2. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="479"/>
        <source>Exporting checkpoint %1 failed while %2: %3</source>
        <translation>Der Export von Checkpoint %1 ist %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/jobs/exportjob.cpp" line="503"/>
        <source>Exported, but could not remove the helper container: %1</source>
        <translation>Exportiert, aber der Hilfscontainer konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Stasis::FileSystemApplier</name>
    <message>
        <location filename="../app/checkpoints/filesystemapplier.cpp" line="53"/>
        <source>Could not change the files of container %1: %2. Check that the container exists.</source>
        <translation>Die Dateien des Containers %1 konnten nicht geändert werden: %2. Prüfen Sie, ob der Container existiert.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/filesystemapplier.cpp" line="98"/>
        <source>Could not check that %1 was deleted in container %2: %3. Remove the container and import again.</source>
        <translation>Es konnte nicht geprüft werden, ob %1 im Container %2 gelöscht wurde: %3. Entfernen Sie den Container und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/filesystemapplier.cpp" line="104"/>
        <source>The engine created a device at %1 in container %2 instead of deleting what was there: Stasis can delete files only on engines that use the overlay storage driver. Remove the container; its files cannot be made as exported on this engine.</source>
        <translation>Die Engine hat bei %1 im Container %2 ein Gerät angelegt, statt zu löschen, was dort war: Stasis kann Dateien nur auf Engines löschen, die den Speichertreiber overlay verwenden. Entfernen Sie den Container; seine Dateien lassen sich auf dieser Engine nicht wie exportiert herstellen.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/filesystemapplier.cpp" line="109"/>
        <source>the engine kept it</source>
        <translation>die Engine hat ihn behalten</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/filesystemapplier.cpp" line="112"/>
        <source>Could not delete %1 in container %2: %3. Remove the container and import again.</source>
        <translation>%1 im Container %2 konnte nicht gelöscht werden: %3. Entfernen Sie den Container und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/filesystemapplier.cpp" line="122"/>
        <source>The file system changes to write into container %1 went away.</source>
        <translation>Die in den Container %1 zu schreibenden Dateisystemänderungen sind verschwunden.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/filesystemapplier.cpp" line="134"/>
        <source>Could not write the file system changes into container %1: %2. Remove the container and import again.</source>
        <translation>Die Dateisystemänderungen konnten nicht in den Container %1 geschrieben werden: %2. Entfernen Sie den Container und importieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>Stasis::FileSystemCapture</name>
    <message>
        <source>Cannot create a temporary file in %1 for the container&apos;s file system: %2. Choose a folder you can write to.</source>
        <translation type="vanished">In %1 kann keine temporäre Datei für das Dateisystem des Containers angelegt werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/filesystemcapture.cpp" line="37"/>
        <source>The engine did not list the file system changes of %1: %2</source>
        <translation>Die Engine hat die Dateisystemänderungen von %1 nicht aufgelistet: %2</translation>
    </message>
    <message>
        <source>Writing the container&apos;s file system to a temporary file failed: %1. Free some space on that disk or choose another folder, then export again.</source>
        <translation type="vanished">Das Schreiben des Container-Dateisystems in eine temporäre Datei ist fehlgeschlagen: %1. Schaffen Sie Platz auf dieser Festplatte oder wählen Sie einen anderen Ordner und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>the container&apos;s file system</source>
        <translation type="vanished">das Dateisystem des Containers</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/filesystemcapture.cpp" line="14"/>
        <source>the file system changes of %1</source>
        <translation>die Dateisystemänderungen von %1</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/filesystemcapture.cpp" line="60"/>
        <source>The file system of %1 holds what Stasis cannot carry: %2 Remove it from the container, or export without the file system (stasisctl checkpoint export --without-filesystem).</source>
        <translation>Das Dateisystem von %1 enthält etwas, das Stasis nicht mitnehmen kann: %2 Entfernen Sie es aus dem Container oder exportieren Sie ohne das Dateisystem (stasisctl checkpoint export --without-filesystem).</translation>
    </message>
    <message>
        <source>Reading the file system changes of %1 failed: %2</source>
        <translation type="vanished">Das Lesen der Dateisystemänderungen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Writing the container&apos;s file system to a temporary file failed: %1.</source>
        <translation type="vanished">Das Schreiben des Container-Dateisystems in eine temporäre Datei ist fehlgeschlagen: %1.</translation>
    </message>
</context>
<context>
    <name>Stasis::FileSystemDiffStream</name>
    <message>
        <location filename="../app/checkpoints/filesystemdiffstream.cpp" line="75"/>
        <source>The engine&apos;s copy of %1 was refused: %2</source>
        <translation>Die Kopie von %1 durch die Engine wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/filesystemdiffstream.cpp" line="130"/>
        <source>The engine&apos;s copy of %1 holds &quot;%2&quot;, which is not part of it.</source>
        <translation>Die Kopie von %1 durch die Engine enthält &quot;%2&quot;, das nicht dazugehört.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/filesystemdiffstream.cpp" line="143"/>
        <source>%1 cannot be written into a tar archive.</source>
        <translation>%1 kann nicht in ein tar-Archiv geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Stasis::FileSystemTarSummary</name>
    <message>
        <location filename="../app/archives/filesystemtarsummary.cpp" line="30"/>
        <source>Its first entry must be the folder &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Sein erster Eintrag muss der Ordner &quot;%1&quot; sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/archives/filesystemtarsummary.cpp" line="31"/>
        <source>&quot;%1&quot; lies outside the folder &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; liegt außerhalb des Ordners &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Stasis::FileTreeCapture</name>
    <message>
        <location filename="../app/checkpoints/filetreecapture.cpp" line="47"/>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 schlug fehl: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::FillVolumeJob</name>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="63"/>
        <source>The volume %1 exists on this engine: the container uses it as it is, not the content in the archive.</source>
        <translation>Das Volume %1 gibt es auf dieser Engine: der Container nutzt es, wie es ist, nicht den Inhalt im Archiv.</translation>
    </message>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="68"/>
        <source>The volume %1 exists on this engine already. Remove it (docker volume rm %1) to have the archive&apos;s content, or import with --reuse-volumes to use it as it is.</source>
        <translation>Das Volume %1 gibt es auf dieser Engine bereits. Entfernen Sie es (docker volume rm %1), um den Inhalt des Archivs zu erhalten, oder importieren Sie mit --reuse-volumes, um es zu nutzen, wie es ist.</translation>
    </message>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="73"/>
        <source>Cannot look up the volume %1: %2</source>
        <translation>Das Volume %1 lässt sich nicht nachschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="83"/>
        <source>The volume %1 had the driver &quot;%2&quot;; Stasis creates volumes with the engine&apos;s local driver only. Create %1 with that driver yourself, then import with --reuse-volumes.</source>
        <translation>Das Volume %1 hatte den Treiber &quot;%2&quot;; Stasis legt Volumes nur mit dem Treiber local der Engine an. Legen Sie %1 selbst mit diesem Treiber an und importieren Sie dann mit --reuse-volumes.</translation>
    </message>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="87"/>
        <source>Creating the volume %1 with %2 of files…</source>
        <translation>Lege das Volume %1 mit %2 an Dateien an…</translation>
    </message>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="96"/>
        <source>Cannot create the volume %1: %2</source>
        <translation>Das Volume %1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="113"/>
        <source>Cannot create a helper container to fill the volume %1: %2</source>
        <translation>Kein Hilfscontainer zum Füllen des Volumes %1 möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="41"/>
        <source>Cannot read %1 again: %2</source>
        <translation>%1 kann nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="141"/>
        <source>Cannot fill the volume %1: %2</source>
        <translation>Das Volume %1 lässt sich nicht füllen: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="144"/>
        <source>The engine did not write the content of the volume %1: %2</source>
        <translation>Die Engine hat den Inhalt des Volumes %1 nicht geschrieben: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="147"/>
        <source>Filled the volume %1.</source>
        <translation>Volume %1 gefüllt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/fillvolumejob.cpp" line="158"/>
        <source>Filled the volume %1, but could not remove the helper container: %2</source>
        <translation>Volume %1 gefüllt, aber der Hilfscontainer ließ sich nicht entfernen: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::FreshTarDevice</name>
    <message>
        <source>The checkpoint&apos;s tar can only be read.</source>
        <translation type="vanished">Das Tar des Checkpoints kann nur gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/archives/freshtardevice.cpp" line="90"/>
        <source>The folder name &quot;%1&quot; is longer than %2 bytes or has a &apos;/&apos;.</source>
        <translation>Der Ordnername &quot;%1&quot; ist länger als %2 Bytes oder enthält ein &apos;/&apos;.</translation>
    </message>
    <message>
        <location filename="../app/archives/freshtardevice.cpp" line="98"/>
        <source>A folder name under &quot;%1&quot; is too long for a tar header.</source>
        <translation>Ein Ordnername unter &quot;%1&quot; ist zu lang für einen Tar-Header.</translation>
    </message>
    <message>
        <location filename="../app/archives/freshtardevice.cpp" line="119"/>
        <source>The name &quot;%1&quot; is too long for a tar header.</source>
        <translation>Der Name &quot;%1&quot; ist zu lang für einen Tar-Header.</translation>
    </message>
    <message>
        <location filename="../app/archives/freshtardevice.cpp" line="177"/>
        <source>The checkpoint&apos;s tar for %1</source>
        <translation>Das tar des Checkpoints für %1</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s tar came out at %1 bytes instead of the announced %2; nothing was kept. Please report this as a bug.</source>
        <translation type="vanished">Das Tar des Checkpoints ist %1 Bytes groß geworden statt der angekündigten %2; es wurde nichts behalten. Bitte melden Sie dies als Fehler.</translation>
    </message>
</context>
<context>
    <name>Stasis::HelperContainer</name>
    <message>
        <location filename="../app/engine/helpercontainer.cpp" line="80"/>
        <source>the engine made the helper&apos;s mounts %1 instead of %2</source>
        <translation>die Engine hat dem Hilfscontainer die Einhängungen %1 statt %2 gegeben</translation>
    </message>
</context>
<context>
    <name>Stasis::HelperImage</name>
    <message>
        <location filename="../app/engine/helperimage.cpp" line="23"/>
        <source>the engine&apos;s image %1 is not Stasis&apos;s helper image (its content differs); remove it (docker image rm %1) and try again.</source>
        <translation>das Image %1 der Engine ist nicht das Hilfs-Image von Stasis (sein Inhalt ist ein anderer); entfernen Sie es (docker image rm %1) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/engine/helperimage.cpp" line="98"/>
        <source>loading Stasis&apos;s helper image into the engine failed: %1</source>
        <translation>das Laden des Hilfs-Images von Stasis in die Engine ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Stasis::HelperRegistry</name>
    <message>
        <location filename="../app/engine/helperregistry.cpp" line="55"/>
        <source>The engine has no volume named %1, so Stasis made no helper container for it. Check the name with docker volume ls.</source>
        <translation>Die Engine hat kein Volume namens %1, daher hat Stasis keinen Hilfscontainer dafür angelegt. Prüfen Sie den Namen mit docker volume ls.</translation>
    </message>
    <message>
        <location filename="../app/engine/helperregistry.cpp" line="83"/>
        <source>The volume %1 was removed while Stasis made a helper container for it, and the engine made an empty one in its place. Check the volume with docker volume inspect, and try again.</source>
        <translation>Das Volume %1 wurde entfernt, während Stasis einen Hilfscontainer dafür anlegte, und die Engine hat an seiner Stelle ein leeres angelegt. Prüfen Sie das Volume mit docker volume inspect und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/engine/helperregistry.cpp" line="132"/>
        <source>Stasis does not use this helper container: %1.</source>
        <translation>Stasis verwendet diesen Hilfscontainer nicht: %1.</translation>
    </message>
    <message>
        <location filename="../app/engine/helperlease.cpp" line="72"/>
        <source>The helper container %1 was removed already.</source>
        <translation>Der Hilfscontainer %1 wurde bereits entfernt.</translation>
    </message>
</context>
<context>
    <name>Stasis::HostAccess</name>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="36"/>
        <source>host network</source>
        <translation>Host-Netzwerk</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="37"/>
        <source>host PID namespace</source>
        <translation>PID-Namensraum des Hosts</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="38"/>
        <source>host IPC namespace</source>
        <translation>IPC-Namensraum des Hosts</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="39"/>
        <source>host UTS namespace</source>
        <translation>UTS-Namensraum des Hosts</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="40"/>
        <source>host user namespace</source>
        <translation>Benutzer-Namensraum des Hosts</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="62"/>
        <source>confinement off</source>
        <translation>Abschirmung aus</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="62"/>
        <source>security option</source>
        <translation>Sicherheitsoption</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="70"/>
        <location filename="../app/engine/hostaccess.cpp" line="89"/>
        <source>host folder</source>
        <translation>Host-Ordner</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="95"/>
        <source>mount of type %1</source>
        <translation>Einhängung vom Typ %1</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="100"/>
        <source>mount setting %1</source>
        <translation>Einhänge-Einstellung %1</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="110"/>
        <source>host device</source>
        <translation>Host-Gerät</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="113"/>
        <source>device access rule</source>
        <translation>Gerätezugriffsregel</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="121"/>
        <source>Stasis label</source>
        <translation>Stasis-Label</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="132"/>
        <source>volume driver %1</source>
        <translation>Volume-Treiber %1</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="141"/>
        <source>volume of a host path</source>
        <translation>Volume eines Host-Pfads</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="170"/>
        <source>privileged mode</source>
        <translation>privilegierter Modus</translation>
    </message>
    <message>
        <location filename="../app/engine/hostaccess.cpp" line="173"/>
        <source>added capability</source>
        <translation>hinzugefügte Capability</translation>
    </message>
</context>
<context>
    <name>Stasis::ImageCapture</name>
    <message>
        <location filename="../app/checkpoints/imagecapture.cpp" line="20"/>
        <source>the image %1</source>
        <translation>das Image %1</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/imagecapture.cpp" line="38"/>
        <source>The engine did not give out %1: %2</source>
        <translation>Die Engine hat %1 nicht herausgegeben: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/imagecapture.cpp" line="69"/>
        <source>The engine&apos;s copy of %1 broke off: it failed while writing it. Export again, or export without the image.</source>
        <translation>Die Kopie der Engine von %1 brach ab: beim Schreiben schlug sie fehl. Exportieren Sie erneut oder ohne das Image.</translation>
    </message>
    <message>
        <source>The engine did not give out the image %1: %2</source>
        <translation type="vanished">Die Engine hat das Image %1 nicht herausgegeben: %2</translation>
    </message>
    <message>
        <source>The engine&apos;s copy of the image %1 broke off: it failed while writing it. Export again, or export without the image.</source>
        <translation type="vanished">Die Kopie des Images %1 von der Engine brach ab: Beim Schreiben ist ein Fehler aufgetreten. Exportieren Sie erneut oder exportieren Sie ohne das Image.</translation>
    </message>
</context>
<context>
    <name>Stasis::ImageRelayDevice</name>
    <message>
        <location filename="../app/checkpoints/imagerelaydevice.cpp" line="39"/>
        <source>The image %1 from the source engine</source>
        <translation>Das Image %1 von der Quell-Engine</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/imagerelaydevice.cpp" line="71"/>
        <source>%1 grew since it was checked (more than %2 bytes): move again.</source>
        <translation>%1 ist seit der Prüfung gewachsen (mehr als %2 Bytes): Verschieben Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/imagerelaydevice.cpp" line="74"/>
        <location filename="../app/checkpoints/imagerelaydevice.cpp" line="97"/>
        <source>%1 is refused: %2</source>
        <translation>%1 wird abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/imagerelaydevice.cpp" line="94"/>
        <source>The source engine did not give out the image %1: %2</source>
        <translation>Die Quell-Engine hat das Image %1 nicht herausgegeben: %2</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/imagerelaydevice.cpp" line="100"/>
        <source>%1 changed since it was checked (%2 bytes instead of %3): move again.</source>
        <translation>%1 hat sich seit der Prüfung geändert (%2 Bytes statt %3): Verschieben Sie erneut.</translation>
    </message>
</context>
<context>
    <name>Stasis::ImageTarCheck</name>
    <message>
        <location filename="../app/archives/imagetarcheck.cpp" line="67"/>
        <source>The folder &quot;%1&quot; is not part of an image as the engine saves it.</source>
        <translation>Der Ordner &quot;%1&quot; gehört nicht zu einem Image, wie die Engine es speichert.</translation>
    </message>
    <message>
        <location filename="../app/archives/imagetarcheck.cpp" line="72"/>
        <source>&quot;%1&quot; appears twice.</source>
        <translation>&quot;%1&quot; kommt zweimal vor.</translation>
    </message>
    <message>
        <location filename="../app/archives/imagetarcheck.cpp" line="80"/>
        <source>It names images (a &quot;repositories&quot; file): loading it would move those names on the target engine. Stasis exports the image by id only.</source>
        <translation>Es benennt Images (eine Datei &quot;repositories&quot;): Laden würde diese Namen auf der Ziel-Engine verschieben. Stasis exportiert das Image nur über seine ID.</translation>
    </message>
    <message>
        <location filename="../app/archives/imagetarcheck.cpp" line="92"/>
        <source>&quot;%1&quot; is not part of an image as the engine saves it.</source>
        <translation>&quot;%1&quot; gehört nicht zu einem Image, wie die Engine es speichert.</translation>
    </message>
    <message>
        <location filename="../app/archives/imagetarcheck.cpp" line="95"/>
        <source>&quot;%1&quot; is larger than %2 bytes.</source>
        <translation>&quot;%1&quot; ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../app/archives/imagetarcheck.cpp" line="118"/>
        <source>Its &quot;%1&quot; is missing or is not version 1.0.0.</source>
        <translation>Seine Datei &quot;%1&quot; fehlt oder ist nicht Version 1.0.0.</translation>
    </message>
    <message>
        <location filename="../app/archives/imagetarcheck.cpp" line="129"/>
        <location filename="../app/archives/imagetarcheck.cpp" line="152"/>
        <source>Its &quot;%1&quot; is missing or does not list exactly one image.</source>
        <translation>Seine Datei &quot;%1&quot; fehlt oder nennt nicht genau ein Image.</translation>
    </message>
    <message>
        <location filename="../app/archives/imagetarcheck.cpp" line="133"/>
        <location filename="../app/archives/imagetarcheck.cpp" line="161"/>
        <source>Its &quot;%1&quot; names the image: loading it would take that name on the target engine. Stasis exports the image by id only.</source>
        <translation>Seine Datei &quot;%1&quot; benennt das Image: Laden würde diesen Namen auf der Ziel-Engine übernehmen. Stasis exportiert das Image nur über seine ID.</translation>
    </message>
    <message>
        <location filename="../app/archives/imagetarcheck.cpp" line="141"/>
        <source>Its &quot;%1&quot; names a manifest the tar does not hold.</source>
        <translation>Seine Datei &quot;%1&quot; nennt ein Manifest, das nicht im Tar liegt.</translation>
    </message>
    <message>
        <location filename="../app/archives/imagetarcheck.cpp" line="157"/>
        <source>Its image is not the container&apos;s image %1.</source>
        <translation>Sein Image ist nicht das Image %1 des Containers.</translation>
    </message>
    <message>
        <location filename="../app/archives/imagetarcheck.cpp" line="170"/>
        <source>Its image names a layer the tar does not hold.</source>
        <translation>Sein Image nennt eine Schicht, die nicht im Tar liegt.</translation>
    </message>
</context>
<context>
    <name>Stasis::ImportDialog</name>
    <message>
        <location filename="../widgets/importdialog.cpp" line="30"/>
        <source>Into the container</source>
        <translation>In den Container</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="32"/>
        <source>Into a new container, created from the archive&apos;s configuration, named</source>
        <translation>In einen neuen Container, erstellt aus der Konfiguration des Archivs, mit dem Namen</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="36"/>
        <source>Allow these host settings</source>
        <translation>Diese Host-Einstellungen erlauben</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="37"/>
        <source>Also write the archive&apos;s file system changes into it</source>
        <translation>Auch die Dateisystemänderungen des Archivs hineinschreiben</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="38"/>
        <source>Use volumes of the same name this engine has as they are</source>
        <translation>Gleichnamige Volumes dieser Engine so nutzen, wie sie sind</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="42"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="55"/>
        <source>A new container always gets them. An existing one keeps its own files unless this is checked; a process that had files of its own open may then not restore.</source>
        <translation>Ein neuer Container erhält sie immer. Ein bestehender behält seine eigenen Dateien, solange dies nicht angekreuzt ist; ein Prozess, der eigene Dateien geöffnet hatte, lässt sich dann womöglich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="60"/>
        <source>The archive carries the content of volumes. The new container gets them created and filled; when this engine has a volume of that name already, the import stops unless this is checked.</source>
        <translation>Das Archiv enthält den Inhalt von Volumes. Für den neuen Container werden sie angelegt und gefüllt; hat diese Engine schon ein Volume dieses Namens, bricht der Import ab, außer dies ist angekreuzt.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="64"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="79"/>
        <source>Checkpoint &amp;name:</source>
        <translation>Checkpoint-&amp;Name:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="151"/>
        <source>%1 is not a checkpoint archive: its name must end in .tar.zst, .tar.gz, .tar.xz or .zip.</source>
        <translation>%1 ist kein Checkpoint-Archiv: Der Name muss auf .tar.zst, .tar.gz, .tar.xz oder .zip enden.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="191"/>
        <source>A new container created from this archive would reach this engine&apos;s host:</source>
        <translation>Ein aus diesem Archiv erstellter neuer Container würde auf den Host dieser Engine zugreifen:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="204"/>
        <source>Checking the archive before anything can be imported…</source>
        <translation>Das Archiv wird geprüft, bevor etwas importiert werden kann…</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="206"/>
        <source>Nothing can be imported from this file.</source>
        <translation>Aus dieser Datei kann nichts importiert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="208"/>
        <source>Name the new container.</source>
        <translation>Geben Sie dem neuen Container einen Namen.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="210"/>
        <source>Allow the host settings listed above, or import into an existing container.</source>
        <translation>Erlauben Sie die oben aufgeführten Host-Einstellungen, oder importieren Sie in einen bestehenden Container.</translation>
    </message>
</context>
<context>
    <name>Stasis::ImportJob</name>
    <message>
        <location filename="../app/jobs/importjob.cpp" line="47"/>
        <source>%1 is not a checkpoint archive: its name must end in .tar.zst, .tar.gz, .tar.xz or .zip.</source>
        <translation>%1 ist kein Checkpoint-Archiv: Der Name muss auf .tar.zst, .tar.gz, .tar.xz oder .zip enden.</translation>
    </message>
    <message>
        <location filename="../app/jobs/importjob.cpp" line="49"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/jobs/importjob.cpp" line="49"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../app/jobs/importjob.cpp" line="49"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>The container used the volume %1 (at %2), which this engine does not have: it creates it empty. To bring its content, copy it into the volume %1 here before you restore.</source>
        <translation type="vanished">Der Container hat das Volume %1 (unter %2) verwendet, das diese Engine nicht hat: Sie legt es leer an. Um seinen Inhalt mitzunehmen, kopieren Sie ihn vor der Wiederherstellung hier in das Volume %1.</translation>
    </message>
    <message>
        <location filename="../app/jobs/importjob.cpp" line="166"/>
        <source>The archive does not carry the image: export the checkpoint again with it (stasisctl checkpoint export --with-image) to bring it along.</source>
        <translation>Das Archiv enthält das Image nicht: exportieren Sie den Checkpoint erneut mit ihm (stasisctl checkpoint export --with-image), um es mitzubringen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/importjob.cpp" line="188"/>
        <source>The archive carries no file system changes (it was made by an older Stasis, or without them): %1 has the image&apos;s files only, and a process that had its own files open may not restore.</source>
        <translation>Das Archiv enthält keine Dateisystemänderungen (es wurde von einer älteren Stasis-Version oder ohne sie erstellt): %1 hat nur die Dateien des Images, und ein Prozess, der eigene Dateien geöffnet hatte, lässt sich womöglich nicht wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/jobs/importjob.cpp" line="196"/>
        <source>The archive carries %n changed file system entries, which were not written into the existing container %1: import into a new container, or apply the file system, to have them.</source>
        <translation>
            <numerusform>Das Archiv enthält %n geänderten Dateisystemeintrag, der nicht in den bestehenden Container %1 geschrieben wurde: Importieren Sie in einen neuen Container oder wenden Sie das Dateisystem an, um ihn zu erhalten.</numerusform>
            <numerusform>Das Archiv enthält %n geänderte Dateisystemeinträge, die nicht in den bestehenden Container %1 geschrieben wurden: Importieren Sie in einen neuen Container oder wenden Sie das Dateisystem an, um sie zu erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The volume %1 created for it was removed again.</source>
        <translation type="vanished">Das dafür angelegte Volume %1 wurde wieder entfernt.</translation>
    </message>
    <message>
        <source>The volume %1 created for it could not be removed (%2): remove it by hand.</source>
        <translation type="vanished">Das dafür angelegte Volume %1 konnte nicht entfernt werden (%2): entfernen Sie es von Hand.</translation>
    </message>
    <message>
        <source>The image %1 loaded for it was removed again.</source>
        <translation type="vanished">Das dafür geladene Image %1 wurde wieder entfernt.</translation>
    </message>
    <message>
        <source>The image %1 loaded for it could not be removed (%2): remove it by hand.</source>
        <translation type="vanished">Das dafür geladene Image %1 konnte nicht entfernt werden (%2): entfernen Sie es von Hand.</translation>
    </message>
    <message>
        <source>Cancelled: the container %1 created for the import could not be removed (%2): remove it by hand.</source>
        <translation type="vanished">Abgebrochen: Der für den Import erstellte Container %1 konnte nicht entfernt werden (%2): Entfernen Sie ihn von Hand.</translation>
    </message>
    <message>
        <source>Cancelled: the volume %1 created for the import was removed again.</source>
        <translation type="vanished">Abgebrochen: das für den Import angelegte Volume %1 wurde wieder entfernt.</translation>
    </message>
    <message>
        <source>Cancelled: the volume %1 created for the import could not be removed (%2): remove it by hand.</source>
        <translation type="vanished">Abgebrochen: das für den Import angelegte Volume %1 konnte nicht entfernt werden (%2): entfernen Sie es von Hand.</translation>
    </message>
    <message>
        <source>Cancelled: the image %1 loaded for the import was removed again.</source>
        <translation type="vanished">Abgebrochen: das für den Import geladene Image %1 wurde wieder entfernt.</translation>
    </message>
    <message>
        <source>Cancelled: the image %1 loaded for the import could not be removed (%2): remove it by hand.</source>
        <translation type="vanished">Abgebrochen: das für den Import geladene Image %1 konnte nicht entfernt werden (%2): entfernen Sie es von Hand.</translation>
    </message>
    <message>
        <location filename="../app/jobs/importjob.cpp" line="72"/>
        <source>Cannot import as &quot;%1&quot;: %2</source>
        <translation>Import als &quot;%1&quot; nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/importjob.cpp" line="104"/>
        <source>Cannot create %1 from the archive: its container configuration is unusable (%2).</source>
        <translation>%1 kann nicht aus dem Archiv erstellt werden: Seine Container-Konfiguration ist unbrauchbar (%2).</translation>
    </message>
    <message>
        <location filename="../app/jobs/importjob.cpp" line="128"/>
        <source>The container used the volume %1 (at %2), which this engine does not have and the archive does not carry: it creates it empty. To bring its content, export with the volumes (stasisctl checkpoint export --with-volumes), or copy it into the volume %1 here before you restore.</source>
        <translation>Der Container nutzte das Volume %1 (unter %2), das diese Engine nicht hat und das Archiv nicht enthält: sie legt es leer an. Um seinen Inhalt mitzubringen, exportieren Sie mit den Volumes (stasisctl checkpoint export --with-volumes) oder kopieren ihn hier vor der Wiederherstellung in das Volume %1.</translation>
    </message>
    <message>
        <location filename="../app/jobs/importjob.cpp" line="155"/>
        <source>Creating %1 from the configuration of %2…</source>
        <translation>%1 wird aus der Konfiguration von %2 erstellt…</translation>
    </message>
    <message>
        <source>Cancelled: the container %1 created for the import was removed again.</source>
        <translation type="vanished">Abgebrochen: Der für den Import erstellte Container %1 wurde wieder entfernt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/importjob.cpp" line="162"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The container %1 created for it was removed again.</source>
        <translation type="vanished">Der dafür erstellte Container %1 wurde wieder entfernt.</translation>
    </message>
    <message>
        <source>The container %1 created for it could not be removed (%2): remove it by hand.</source>
        <translation type="vanished">Der dafür erstellte Container %1 konnte nicht entfernt werden (%2): Entfernen Sie ihn von Hand.</translation>
    </message>
</context>
<context>
    <name>Stasis::Job</name>
    <message>
        <location filename="../app/jobs/job.cpp" line="32"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/job.cpp" line="34"/>
        <source>The job failed (error code %1).</source>
        <translation>Der Auftrag ist fehlgeschlagen (Fehlercode %1).</translation>
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
        <location filename="../widgets/jobnotifier.cpp" line="59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/jobnotifier.cpp" line="61"/>
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
        <location filename="../app/jobs/jobqueue.cpp" line="54"/>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="63"/>
        <source>Cancelled while running.</source>
        <translation>Während der Ausführung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="98"/>
        <source>Queued again.</source>
        <translation>Erneut in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="165"/>
        <source>1 job running</source>
        <translation>1 Auftrag läuft</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="165"/>
        <source>%1 jobs running</source>
        <translation>%1 Aufträge laufen</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="168"/>
        <source>%1 queued</source>
        <translation>%1 in Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="174"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="176"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="244"/>
        <source>Could not start “%1”: there is nothing to run.</source>
        <translation>„%1“ konnte nicht gestartet werden: Es gibt nichts auszuführen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="265"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/jobqueue.cpp" line="297"/>
        <source>Error code %1.</source>
        <translation>Fehlercode %1.</translation>
    </message>
</context>
<context>
    <name>Stasis::JobsPanel</name>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="35"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="36"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="37"/>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="51"/>
        <source>Cancel the selected job: a queued job is dropped, a running one stopped</source>
        <translation>Ausgewählten Auftrag abbrechen: Ein wartender Auftrag wird verworfen, ein laufender gestoppt</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="53"/>
        <source>Run the selected failed or cancelled job again</source>
        <translation>Ausgewählten fehlgeschlagenen oder abgebrochenen Auftrag erneut ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="55"/>
        <source>Remove the jobs that ended from the list</source>
        <translation>Beendete Aufträge aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="59"/>
        <source>Select a job to see its messages and error details.</source>
        <translation>Wählen Sie einen Auftrag aus, um seine Meldungen und Fehlerdetails zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="115"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="117"/>
        <source>Container: %1</source>
        <translation>Container: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="119"/>
        <source>Queued: %1</source>
        <translation>In Warteschlange: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="121"/>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="124"/>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="127"/>
        <source>Runs: %1</source>
        <translation>Durchläufe: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobspanel.cpp" line="137"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Stasis::JsonFields</name>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="19"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="20"/>
        <location filename="../app/engine/jsonfields.cpp" line="93"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="21"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="22"/>
        <location filename="../app/engine/jsonfields.cpp" line="81"/>
        <location filename="../app/engine/jsonfields.cpp" line="132"/>
        <location filename="../app/engine/jsonfields.cpp" line="150"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="23"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="24"/>
        <location filename="../app/engine/jsonfields.cpp" line="163"/>
        <location filename="../app/engine/jsonfields.cpp" line="168"/>
        <location filename="../app/engine/jsonfields.cpp" line="195"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="105"/>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="105"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="120"/>
        <source>an ISO 8601 date and time</source>
        <translation>ein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="131"/>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="178"/>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="194"/>
        <source>a list of objects</source>
        <translation>eine Liste von Objekten</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="208"/>
        <source>%1 must be %2.</source>
        <translation>%1 muss %2 sein.</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="221"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/engine/jsonfields.cpp" line="262"/>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 muss %2 sein, ist aber %3.</translation>
    </message>
</context>
<context>
    <name>Stasis::LoadImageJob</name>
    <message>
        <source>The engine has the image %1 (%2) already: the copy in the archive is not needed.</source>
        <translation type="vanished">Die Engine hat das Image %1 (%2) bereits: die Kopie im Archiv wird nicht gebraucht.</translation>
    </message>
    <message>
        <location filename="../app/jobs/loadimagejob.cpp" line="62"/>
        <source>Cannot look up the image %1 on the engine: %2</source>
        <translation>Das Image %1 lässt sich auf der Engine nicht nachschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 again: %2</source>
        <translation type="vanished">%1 kann nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <source>Loading the image %1 (%2) from the archive…</source>
        <translation type="vanished">Lade das Image %1 (%2) aus dem Archiv…</translation>
    </message>
    <message>
        <location filename="../app/jobs/loadimagejob.cpp" line="96"/>
        <source>Cannot load the image %1: %2</source>
        <translation>Das Image %1 lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/loadimagejob.cpp" line="99"/>
        <source>The engine did not load the image %1: %2</source>
        <translation>Die Engine hat das Image %1 nicht geladen: %2</translation>
    </message>
    <message>
        <source>The engine loaded the archive&apos;s image, but has no image %1 afterwards: %2</source>
        <translation type="vanished">Die Engine hat das Image des Archivs geladen, hat danach aber kein Image %1: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/loadimagejob.cpp" line="58"/>
        <source>The engine has the image %1 (%2) already: it is not loaded again.</source>
        <translation>Die Engine hat das Image %1 (%2) bereits: Es wird nicht erneut geladen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/loadimagejob.cpp" line="70"/>
        <source>Checking the image %1 %2…</source>
        <translation>Das Image %1 %2 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/jobs/loadimagejob.cpp" line="83"/>
        <source>Loading the image %1 (%2) %3…</source>
        <translation>Das Image %1 (%2) wird %3 geladen…</translation>
    </message>
    <message>
        <location filename="../app/jobs/loadimagejob.cpp" line="112"/>
        <source>The engine loaded the image %1, but has no image %2 afterwards: %3</source>
        <translation>Die Engine hat das Image %1 geladen, hat danach aber kein Image %2: %3</translation>
    </message>
    <message>
        <location filename="../app/jobs/loadimagejob.cpp" line="126"/>
        <source>Loaded the image %1.</source>
        <translation>Image %1 geladen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/loadimagejob.cpp" line="136"/>
        <source>Loaded the image %1, without its name %2: on this engine that name is another image, which keeps it. The container uses the loaded image by its id.</source>
        <translation>Image %1 geladen, ohne seinen Namen %2: auf dieser Engine gehört der Name einem anderen Image, das ihn behält. Der Container nutzt das geladene Image über seine ID.</translation>
    </message>
    <message>
        <location filename="../app/jobs/loadimagejob.cpp" line="146"/>
        <source>Loaded the image %1, but could not name it %2: %3</source>
        <translation>Image %1 geladen, aber es ließ sich nicht %2 nennen: %3</translation>
    </message>
    <message>
        <location filename="../app/jobs/loadimagejob.cpp" line="148"/>
        <source>Loaded the image %1 as %2.</source>
        <translation>Image %1 als %2 geladen.</translation>
    </message>
</context>
<context>
    <name>Stasis::LogPane</name>
    <message>
        <location filename="../widgets/logpane.cpp" line="45"/>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="50"/>
        <source>Keep the newest lines in view</source>
        <translation>Die neuesten Zeilen sichtbar halten</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="53"/>
        <source>Search the log (Enter or F3: next, Shift+F3: previous)</source>
        <translation>Protokoll durchsuchen (Eingabetaste oder F3: nächster Treffer, Umschalt+F3: vorheriger)</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="56"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="63"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="66"/>
        <source>Remove the lines shown so far; new lines keep coming</source>
        <translation>Bisher angezeigte Zeilen entfernen; neue Zeilen werden weiterhin angezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="261"/>
        <source>No container selected.</source>
        <translation>Kein Container ausgewählt.</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="267"/>
        <source>opening the log…</source>
        <translation>Protokoll wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="270"/>
        <source>following</source>
        <translation>wird verfolgt</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="273"/>
        <source>container stopped — waiting for it to run again</source>
        <translation>Container gestoppt — es wird gewartet, bis er wieder läuft</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="276"/>
        <source>cannot follow the log: %1 Trying again in %2 s.</source>
        <translation>Protokoll kann nicht verfolgt werden: %1 Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="277"/>
        <source>cannot follow the log: %1</source>
        <translation>Protokoll kann nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/logpane.cpp" line="280"/>
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
        <location filename="../widgets/mainwindow.cpp" line="59"/>
        <source>With checkpoints</source>
        <translation>Mit Checkpoints</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="62"/>
        <source>Stasis</source>
        <translation>Stasis</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="128"/>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="144"/>
        <source>Filter containers</source>
        <translation>Container filtern</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="148"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="190"/>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="191"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="192"/>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="383"/>
        <source>Not connected to an engine.</source>
        <translation>Nicht mit einer Engine verbunden.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="358"/>
        <source>Cannot list the checkpoints: %1</source>
        <translation>Checkpoints können nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>Stasis::MoveActions</name>
    <message>
        <location filename="../widgets/moveactions.cpp" line="35"/>
        <source>&amp;Move to Engine</source>
        <translation>Auf Engine &amp;verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/moveactions.cpp" line="56"/>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/moveactions.cpp" line="57"/>
        <source>Move %1 to %2? Each container is frozen here, carried with its image and file system, restored there from the same point, then removed here.</source>
        <translation>%1 nach %2 verschieben? Jeder Container wird hier eingefroren, mit seinem Image und Dateisystem übertragen, dort vom selben Punkt aus wiederhergestellt und dann hier entfernt.</translation>
    </message>
    <message>
        <location filename="../widgets/moveactions.cpp" line="63"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/moveactions.cpp" line="64"/>
        <source>&amp;Keep them here, stopped, with their checkpoint</source>
        <translation>Hier &amp;behalten, angehalten, mit ihrem Checkpoint</translation>
    </message>
    <message>
        <location filename="../widgets/moveactions.cpp" line="73"/>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
</context>
<context>
    <name>Stasis::MoveJob</name>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="66"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="66"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="66"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="71"/>
        <source>Cannot move %1: %2</source>
        <translation>%1 kann nicht verschoben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="87"/>
        <source>Cannot move %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>Cannot move %1 yet: it uses the named volumes %2, and a move does not carry volumes. Export it with them (stasisctl checkpoint export --with-volumes --with-image) and import that archive on the other engine.</source>
        <translation type="vanished">%1 kann noch nicht verschoben werden: Er verwendet die benannten Volumes %2, und ein Verschieben nimmt keine Volumes mit. Exportieren Sie ihn mit ihnen (stasisctl checkpoint export --with-volumes --with-image) und importieren Sie dieses Archiv auf der anderen Engine.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="180"/>
        <source>Freezing %1 into the checkpoint %2…</source>
        <translation>%1 wird im Checkpoint %2 eingefroren…</translation>
    </message>
    <message>
        <source>Cannot move %1: freezing it failed: %2</source>
        <translation type="vanished">%1 kann nicht verschoben werden: Das Einfrieren schlug fehl: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="195"/>
        <source>Stopping %1: it moves as its checkpoint %2 left it…</source>
        <translation>%1 wird angehalten: Er wird so verschoben, wie ihn sein Checkpoint %2 hinterließ…</translation>
    </message>
    <message>
        <source>Cannot move %1: stopping it failed: %2</source>
        <translation type="vanished">%1 kann nicht verschoben werden: Das Anhalten schlug fehl: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="99"/>
        <source>reading its configuration</source>
        <translation>beim Lesen seiner Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="120"/>
        <source>carrying the image</source>
        <translation>beim Übertragen des Images</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="140"/>
        <source>creating the container on the target</source>
        <translation>beim Erstellen des Containers auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="158"/>
        <source>reading the volume %1</source>
        <translation>beim Lesen des Volumes %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="168"/>
        <source>filling the volume %1 on the target</source>
        <translation>beim Befüllen des Volumes %1 auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="184"/>
        <source>freezing it</source>
        <translation>beim Einfrieren</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="198"/>
        <source>stopping it</source>
        <translation>beim Anhalten</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="217"/>
        <source>carrying the file system</source>
        <translation>beim Übertragen des Dateisystems</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="228"/>
        <source>carrying the checkpoint</source>
        <translation>beim Übertragen des Checkpoints</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="238"/>
        <source>restoring on the target</source>
        <translation>beim Wiederherstellen auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="251"/>
        <location filename="../app/jobs/movejob.cpp" line="254"/>
        <source>checking the restored container</source>
        <translation>bei der Prüfung des wiederhergestellten Containers</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="256"/>
        <source>%1 stopped right after its restore (%2, exit code %3).</source>
        <translation>%1 hielt gleich nach der Wiederherstellung an (%2, Exit-Code %3).</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="260"/>
        <source>%1 runs on %2 from the checkpoint %3, after %4 s of downtime.</source>
        <translation>%1 läuft auf %2 ab dem Checkpoint %3, nach %4 s Ausfallzeit.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="269"/>
        <source>%1 stays stopped on %2 with its checkpoint %3.</source>
        <translation>%1 bleibt auf %2 angehalten, mit seinem Checkpoint %3.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="278"/>
        <source>The move is done, but %1 could not be removed from %2 (%3): it is stopped there; remove it by hand.</source>
        <translation>Das Verschieben ist fertig, aber %1 konnte nicht von %2 entfernt werden (%3): Er ist dort angehalten; entfernen Sie ihn von Hand.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="281"/>
        <source>Removed %1 from %2.</source>
        <translation>%1 wurde von %2 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="292"/>
        <source>%1 is stopped on %2 and keeps its checkpoint %3: to resume it there, start it from that checkpoint (stasisctl --host %2 start --checkpoint %3 %1).</source>
        <translation>%1 ist auf %2 angehalten und behält seinen Checkpoint %3: Um ihn dort fortzusetzen, starten Sie ihn von diesem Checkpoint (stasisctl --host %2 start --checkpoint %3 %1).</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="300"/>
        <location filename="../app/jobs/movejob.cpp" line="306"/>
        <source>Moving %1 failed while %2: %3</source>
        <translation>Das Verschieben von %1 schlug fehl %2: %3</translation>
    </message>
    <message>
        <location filename="../app/jobs/movejob.cpp" line="327"/>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
</context>
<context>
    <name>Stasis::MovePreflight</name>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="18"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="45"/>
        <source>The target engine runs Docker %1: Docker 28 and 29 fail to restore a container with a network namespace of its own (&quot;bind-mount /proc/0/ns/net&quot;; containerd#12141, moby#50750), and CRIU&apos;s own tests keep Docker outside those versions. The restore on the target will likely fail: move to an engine of another version.</source>
        <translation>Die Ziel-Engine läuft mit Docker %1: Docker 28 und 29 können einen Container mit eigenem Netzwerk-Namespace nicht wiederherstellen (&quot;bind-mount /proc/0/ns/net&quot;; containerd#12141, moby#50750), und CRIUs eigene Tests halten Docker von diesen Versionen fern. Die Wiederherstellung auf dem Ziel wird wahrscheinlich scheitern: ziehen Sie auf eine Engine einer anderen Version um.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="59"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="59"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="62"/>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="63"/>
        <source>target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="65"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="65"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="66"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="67"/>
        <source>architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="68"/>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="70"/>
        <source>CRIU</source>
        <translation>CRIU</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="70"/>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="71"/>
        <source>checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="73"/>
        <source>container: %1 (%2)</source>
        <translation>Container: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="74"/>
        <source>image: %1, already on the target</source>
        <translation>Image: %1, schon auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="75"/>
        <source>image: %1, travels along</source>
        <translation>Image: %1, reist mit</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="78"/>
        <source>volume: %1, travels along</source>
        <translation>Volume: %1, reist mit</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="82"/>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="82"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="84"/>
        <source>The move can go.</source>
        <translation>Der Umzug kann beginnen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="84"/>
        <source>The move cannot go.</source>
        <translation>Der Umzug kann nicht beginnen.</translation>
    </message>
</context>
<context>
    <name>Stasis::MovePreflightJob</name>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="99"/>
        <source>Checking the move of %1</source>
        <translation>Umzug von %1 wird geprüft</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="155"/>
        <source>Asking the engine at %1</source>
        <translation>Frage die Engine unter %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="158"/>
        <source>The engine at %1 cannot be reached: %2</source>
        <translation>Die Engine unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="163"/>
        <source>The engine at %1 did not say its version: %2</source>
        <translation>Die Engine unter %1 hat ihre Version nicht genannt: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="168"/>
        <source>The engine at %1 did not describe itself: %2</source>
        <translation>Die Engine unter %1 hat sich nicht beschrieben: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="173"/>
        <source>The engine at %1 cannot checkpoint: %2</source>
        <translation>Die Engine unter %1 kann keine Checkpoints anlegen: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="186"/>
        <source>%1 and %2 are the same engine: a move needs another one.</source>
        <translation>%1 und %2 sind dieselbe Engine: ein Umzug braucht eine andere.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="189"/>
        <source>The engines run on different CPU architectures (%1 on the source, %2 on the target): CRIU restores a process only on the architecture it was frozen on.</source>
        <translation>Die Engines laufen auf verschiedenen CPU-Architekturen (%1 auf der Quelle, %2 auf dem Ziel): CRIU stellt einen Prozess nur auf der Architektur wieder her, auf der er eingefroren wurde.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="197"/>
        <source>The target&apos;s kernel (%1) is older than the source&apos;s (%2): a process that uses what only the newer kernel has cannot be restored there.</source>
        <translation>Der Kernel des Ziels (%1) ist älter als der der Quelle (%2): ein Prozess, der nutzt, was nur der neuere Kernel hat, lässt sich dort nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="205"/>
        <source>Inspecting %1</source>
        <translation>%1 wird untersucht</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="210"/>
        <source>There is no container %1 on the engine at %2.</source>
        <translation>Auf der Engine unter %2 gibt es keinen Container %1.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="211"/>
        <source>Cannot inspect %1: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="227"/>
        <source>%1 binds the folder %2 of its host at %3: the target&apos;s host must have that folder with the same content, or the restore fails.</source>
        <translation>%1 bindet den Ordner %2 seines Hosts unter %3 ein: der Host des Ziels braucht diesen Ordner mit demselben Inhalt, sonst scheitert die Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="248"/>
        <source>%1 is not running (%2): only a running container can be frozen for a move. Start it, or name one of its checkpoints to move from.</source>
        <translation>%1 läuft nicht (%2): nur ein laufender Container kann für einen Umzug eingefroren werden. Starten Sie ihn, oder nennen Sie einen seiner Checkpoints als Ausgangspunkt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="256"/>
        <source>Cannot list the checkpoints of %1: %2</source>
        <translation>Die Checkpoints von %1 lassen sich nicht auflisten: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="263"/>
        <source>%1 has no checkpoint %2 to move from.</source>
        <translation>%1 hat keinen Checkpoint %2, von dem aus umgezogen werden könnte.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="271"/>
        <source>Looking for the image %1 on the target</source>
        <translation>Suche das Image %1 auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="279"/>
        <source>Cannot ask the target for the image %1: %2</source>
        <translation>Das Ziel kann nicht nach dem Image %1 gefragt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="284"/>
        <source>The image of %1 (%2) is on neither engine any more, so it cannot travel: the target cannot create the container.</source>
        <translation>Das Image von %1 (%2) ist auf keiner der beiden Engines mehr, kann also nicht mitreisen: das Ziel kann den Container nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="297"/>
        <source>The target already has a container named %1: remove or rename it there, or give the moved container another name.</source>
        <translation>Das Ziel hat schon einen Container namens %1: entfernen oder benennen Sie ihn dort um, oder geben Sie dem umziehenden Container einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="300"/>
        <source>Cannot ask the target about %1: %2</source>
        <translation>Das Ziel kann nicht nach %1 gefragt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="311"/>
        <source>The target already has a volume named %1, which the moved container would carry: remove it there first.</source>
        <translation>Das Ziel hat schon ein Volume namens %1, das der umziehende Container mitbrächte: entfernen Sie es dort zuerst.</translation>
    </message>
    <message>
        <location filename="../app/jobs/movepreflightjob.cpp" line="316"/>
        <source>Cannot ask the target about the volume %1: %2</source>
        <translation>Das Ziel kann nicht nach dem Volume %1 gefragt werden: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::ProducedDevice</name>
    <message>
        <location filename="../app/archives/produceddevice.cpp" line="33"/>
        <source>%1 can only be read.</source>
        <translation>%1 kann nur gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/archives/produceddevice.cpp" line="103"/>
        <source>%1 came out at %2 bytes instead of the announced %3; nothing was kept. Please report this as a bug.</source>
        <translation>%1 ergab %2 Bytes statt der angekündigten %3; nichts wurde behalten. Bitte melden Sie dies als Fehler.</translation>
    </message>
</context>
<context>
    <name>Stasis::RemoveCheckpointJob</name>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="21"/>
        <source>Removing checkpoint %1 of %2</source>
        <translation>Checkpoint %1 von %2 wird entfernt</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="21"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="32"/>
        <source>Cannot remove checkpoint %1 of %2: %3</source>
        <translation>Checkpoint %1 von %2 kann nicht entfernt werden: %3</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="35"/>
        <source>Refresh the list of checkpoints: the container or the checkpoint no longer exists.</source>
        <translation>Aktualisieren Sie die Liste der Checkpoints: Der Container oder der Checkpoint existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="38"/>
        <source>Container: %1</source>
        <translation>Container: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="38"/>
        <source>Checkpoint: %1</source>
        <translation>Checkpoint: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="40"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="42"/>
        <source>Engine status: %1</source>
        <translation>Engine-Status: %1</translation>
    </message>
    <message>
        <location filename="../app/jobs/removecheckpointjob.cpp" line="43"/>
        <source>Engine message: %1</source>
        <translation>Engine-Meldung: %1</translation>
    </message>
</context>
<context>
    <name>Stasis::RestoreFromJob</name>
    <message>
        <location filename="../app/jobs/restorefromjob.cpp" line="26"/>
        <source>Restoring %1</source>
        <translation>%1 wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorefromjob.cpp" line="26"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorefromjob.cpp" line="26"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorefromjob.cpp" line="98"/>
        <source>After cancelling: the copy of checkpoint %1 in %2 was removed.</source>
        <translation>Nach dem Abbruch: Die Kopie von Checkpoint %1 in %2 wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorefromjob.cpp" line="84"/>
        <source>Restored %1, but could not remove the copy of checkpoint %2: %3</source>
        <translation>%1 wurde wiederhergestellt, aber die Kopie von Checkpoint %2 konnte nicht entfernt werden: %3</translation>
    </message>
</context>
<context>
    <name>Stasis::RestoreJob</name>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="23"/>
        <source>Restoring %1</source>
        <translation>%1 wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="23"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="41"/>
        <source>Cannot restore %1 from checkpoint %2: the engine went away (%3): it stopped or restarted. Start it again, then retry this job.</source>
        <translation>%1 kann nicht aus Checkpoint %2 wiederhergestellt werden: Die Engine ist weg (%3), sie wurde beendet oder neu gestartet. Starten Sie sie wieder und wiederholen Sie dann diesen Auftrag.</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="46"/>
        <source>Cannot restore %1 from checkpoint %2: the engine refuses checkpoints (%3). Enable experimental mode: add &quot;experimental&quot;: true to /etc/docker/daemon.json and restart the engine.</source>
        <translation>%1 kann nicht aus Checkpoint %2 wiederhergestellt werden: Die Engine verweigert Checkpoints (%3). Schalten Sie den experimentellen Modus ein: Tragen Sie &quot;experimental&quot;: true in /etc/docker/daemon.json ein und starten Sie die Engine neu.</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="51"/>
        <source>Cannot restore %1 from checkpoint %2: the container is running. Stop it first, or rewind it (stop, then restore).</source>
        <translation>%1 kann nicht aus Checkpoint %2 wiederhergestellt werden: Der Container läuft. Stoppen Sie ihn zuerst oder spulen Sie ihn zurück (stoppen, dann wiederherstellen).</translation>
    </message>
    <message>
        <location filename="../app/jobs/restorejob.cpp" line="53"/>
        <source>Cannot restore %1 from checkpoint %2: %3</source>
        <translation>%1 kann nicht aus Checkpoint %2 wiederhergestellt werden: %3</translation>
    </message>
</context>
<context>
    <name>Stasis::RewindJob</name>
    <message>
        <location filename="../app/jobs/rewindjob.cpp" line="24"/>
        <source>Rewinding %1</source>
        <translation>%1 wird zurückgespult</translation>
    </message>
    <message>
        <location filename="../app/jobs/rewindjob.cpp" line="24"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/jobs/rewindjob.cpp" line="28"/>
        <source>Cannot rewind %1: stopping it failed: %2</source>
        <translation>%1 kann nicht zurückgespult werden: Das Stoppen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/rewindjob.cpp" line="36"/>
        <source>%1 The container stays stopped.</source>
        <translation>%1 Der Container bleibt gestoppt.</translation>
    </message>
</context>
<context>
    <name>Stasis::SocketProbe</name>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="23"/>
        <source>There is no engine socket at %1. Start the Docker engine (for example: sudo systemctl start docker), or choose another engine with --host or DOCKER_HOST.</source>
        <translation>Unter %1 gibt es keinen Engine-Socket. Starten Sie die Docker-Engine (zum Beispiel: sudo systemctl start docker) oder wählen Sie mit --host oder DOCKER_HOST eine andere Engine.</translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="30"/>
        <source>Permission denied on %1. Add your user to the socket&apos;s group (usually: sudo usermod -aG docker $USER, then log in again), or run as a user who may use the engine.</source>
        <translation>Zugriff auf %1 verweigert. Fügen Sie Ihren Benutzer der Gruppe des Sockets hinzu (meist: sudo usermod -aG docker $USER, danach neu anmelden) oder führen Sie Stasis als ein Benutzer aus, der die Engine verwenden darf.</translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="35"/>
        <source>Nothing answers on %1 (connection refused): the engine is stopped or has crashed. Start it again (for example: sudo systemctl start docker).</source>
        <translation>Unter %1 antwortet nichts (Verbindung abgelehnt): Die Engine ist gestoppt oder abgestürzt. Starten Sie sie erneut (zum Beispiel: sudo systemctl start docker).</translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="39"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/socketprobe.cpp" line="69"/>
        <source>%1 accepted no connection within %2 seconds; the engine may be overloaded or hung.</source>
        <translation>%1 hat innerhalb von %2 Sekunden keine Verbindung angenommen; die Engine ist möglicherweise überlastet oder hängt.</translation>
    </message>
</context>
<context>
    <name>Stasis::SpoolFile</name>
    <message>
        <location filename="../app/archives/spoolfile.cpp" line="59"/>
        <source>Reading back %1 from its temporary file failed: %2.</source>
        <translation>Das Zurücklesen von %1 aus seiner temporären Datei ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../app/archives/spoolfile.cpp" line="85"/>
        <source>Cannot create a temporary file in %1 for %2: %3. Choose a folder you can write to.</source>
        <translation>In %1 kann keine temporäre Datei für %2 angelegt werden: %3. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../app/archives/spoolfile.cpp" line="102"/>
        <source>Writing %1 to a temporary file failed: %2. Free some space on that disk or choose another folder, then export again.</source>
        <translation>Das Schreiben von %1 in eine temporäre Datei ist fehlgeschlagen: %2. Schaffen Sie Platz auf diesem Datenträger oder wählen Sie einen anderen Ordner und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/archives/spoolfile.cpp" line="119"/>
        <source>Writing %1 to a temporary file failed: %2.</source>
        <translation>Das Schreiben von %1 in eine temporäre Datei ist fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>Stasis::SpooledFileDevice</name>
    <message>
        <source>Reading back %1 from its temporary file failed: %2.</source>
        <translation type="vanished">Das Zurücklesen von %1 aus seiner temporären Datei ist fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>Stasis::SshTunnel</name>
    <message>
        <location filename="../app/engine/sshtunnel.cpp" line="52"/>
        <source>Stasis could not open its private socket for ssh in %1: %2.</source>
        <translation>Stasis konnte seinen privaten Socket für ssh in %1 nicht öffnen: %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/sshtunnel.cpp" line="119"/>
        <source>ssh ended with status %1</source>
        <translation>ssh endete mit Status %1</translation>
    </message>
    <message>
        <location filename="../app/engine/sshtunnel.cpp" line="125"/>
        <source>ssh could not be started (%1); install OpenSSH&apos;s client (Debian: openssh-client).</source>
        <translation>ssh konnte nicht gestartet werden (%1); installieren Sie den OpenSSH-Client (Debian: openssh-client).</translation>
    </message>
</context>
<context>
    <name>Stasis::StageArchiveJob</name>
    <message>
        <location filename="../app/jobs/stagearchivejob.cpp" line="30"/>
        <source>Cannot read %1 again: %2</source>
        <translation>%1 kann nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/jobs/stagearchivejob.cpp" line="37"/>
        <source>Sending %1 to the engine as checkpoint %2 of %3…</source>
        <translation>%1 wird als Checkpoint %2 von %3 an die Engine gesendet…</translation>
    </message>
    <message>
        <location filename="../app/jobs/stagearchivejob.cpp" line="51"/>
        <source>Cancelled too late: checkpoint %1 was imported into %2 before the cancel arrived.</source>
        <translation>Zu spät abgebrochen: Checkpoint %1 wurde in %2 importiert, bevor der Abbruch ankam.</translation>
    </message>
    <message>
        <location filename="../app/jobs/stagearchivejob.cpp" line="52"/>
        <source>Cancelled: nothing of the import was left on the engine.</source>
        <translation>Abgebrochen: Vom Import ist nichts auf der Engine zurückgeblieben.</translation>
    </message>
    <message>
        <location filename="../app/jobs/stagearchivejob.cpp" line="60"/>
        <source>Cannot import checkpoint %1 into %2: %3</source>
        <translation>Checkpoint %1 kann nicht in %2 importiert werden: %3</translation>
    </message>
    <message>
        <location filename="../app/jobs/stagearchivejob.cpp" line="67"/>
        <source>Imported checkpoint %1 into %2.</source>
        <translation>Checkpoint %1 wurde in %2 importiert.</translation>
    </message>
    <message>
        <location filename="../app/jobs/stagearchivejob.cpp" line="76"/>
        <source>Cancelling: removing what was sent so far…</source>
        <translation>Abbruch: Bisher Gesendetes wird entfernt…</translation>
    </message>
</context>
<context>
    <name>Stasis::StopContainerJob</name>
    <message>
        <location filename="../app/jobs/stopcontainerjob.cpp" line="19"/>
        <source>Stopping %1</source>
        <translation>%1 wird gestoppt</translation>
    </message>
    <message>
        <location filename="../app/jobs/stopcontainerjob.cpp" line="26"/>
        <source>Cannot stop %1: %2</source>
        <translation>%1 kann nicht gestoppt werden: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::TarStreamReader</name>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="132"/>
        <source>a hard link</source>
        <translation>ein harter Link</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="134"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="136"/>
        <source>a character device</source>
        <translation>ein Zeichengerät</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="138"/>
        <source>a block device</source>
        <translation>ein Blockgerät</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="140"/>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="142"/>
        <source>a contiguous file</source>
        <translation>eine zusammenhängende Datei</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="144"/>
        <source>a pax extended header</source>
        <translation>ein erweiterter pax-Header</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="146"/>
        <source>a pax global header</source>
        <translation>ein globaler pax-Header</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="148"/>
        <source>a GNU long name header</source>
        <translation>ein GNU-Header für lange Namen</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="150"/>
        <source>a GNU long link name header</source>
        <translation>ein GNU-Header für lange Linknamen</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="152"/>
        <source>a GNU sparse file</source>
        <translation>eine GNU-Sparse-Datei</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="154"/>
        <source>a GNU dump folder</source>
        <translation>ein GNU-Dump-Ordner</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="156"/>
        <source>a GNU multi-volume continuation</source>
        <translation>eine GNU-Mehrband-Fortsetzung</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="158"/>
        <source>a GNU volume label</source>
        <translation>ein GNU-Datenträgername</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="163"/>
        <source>an entry of unknown type &apos;%1&apos;</source>
        <translation>ein Eintrag unbekannten Typs &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="165"/>
        <source>an entry of unknown type %1</source>
        <translation>ein Eintrag unbekannten Typs %1</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="229"/>
        <location filename="../app/archives/tarstreamreader.cpp" line="444"/>
        <location filename="../app/archives/tarstreamreader.cpp" line="591"/>
        <source>Reading the archive entry &quot;%1&quot; stopped.</source>
        <translation>Das Lesen des Archiveintrags &quot;%1&quot; wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="250"/>
        <source>The archive has data after its end blocks.</source>
        <translation>Das Archiv hat Daten nach seinen Endblöcken.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="267"/>
        <source>The archive entry &quot;%1&quot; is a pax extended header that no entry follows.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein erweiterter pax-Header, auf den kein Eintrag folgt.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="278"/>
        <source>The archive has a single zero block followed by more entries (after &quot;%1&quot;).</source>
        <translation>Das Archiv hat einen einzelnen Nullblock, auf den weitere Einträge folgen (nach &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="292"/>
        <source>The archive entry &quot;%1&quot; has a damaged header (its checksum does not match).</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat einen beschädigten Header (seine Prüfsumme stimmt nicht überein).</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="303"/>
        <source>The archive entry &quot;%1&quot; does not have a ustar or GNU tar header.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat keinen ustar- oder GNU-tar-Header.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="314"/>
        <source>The archive entry &quot;%1&quot; uses GNU header extensions (times, sparse maps or volumes), which are not supported.</source>
        <translation>Der Archiveintrag &quot;%1&quot; verwendet GNU-Header-Erweiterungen (Zeiten, Sparse-Maps oder Bände), die nicht unterstützt werden.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="322"/>
        <source>The archive entry &quot;%1&quot; has two pax extended headers.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat zwei erweiterte pax-Header.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="341"/>
        <source>The archive entry &quot;%1&quot; is %2; only regular files, folders, symbolic links and hard links are allowed.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist %2; nur reguläre Dateien, Ordner, symbolische und harte Links sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="346"/>
        <source>The archive entry &quot;%1&quot; is %2; only regular files and folders are allowed.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist %2; nur reguläre Dateien und Ordner sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="352"/>
        <source>The archive entry &quot;%1&quot; carries a link target but is not a link.</source>
        <translation>Der Archiveintrag &quot;%1&quot; trägt ein Linkziel, ist aber kein Link.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="353"/>
        <source>The archive entry &quot;%1&quot; carries a link target; only plain files and folders are allowed.</source>
        <translation>Der Archiveintrag &quot;%1&quot; trägt ein Linkziel; nur einfache Dateien und Ordner sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="367"/>
        <source>The archive entry &quot;%1&quot; is a regular file whose name ends with &apos;/&apos;.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist eine reguläre Datei, deren Name mit &apos;/&apos; endet.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="373"/>
        <location filename="../app/archives/tarstreamreader.cpp" line="459"/>
        <source>The archive entry &quot;%1&quot; has an invalid size.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat eine ungültige Größe.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="377"/>
        <source>The archive entry &quot;%1&quot; is larger than the limit of %2 bytes.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist größer als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="381"/>
        <source>The archive entry &quot;%1&quot; is a folder with a size.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein Ordner mit einer Größe.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="385"/>
        <source>The archive entry &quot;%1&quot; is a link with a size.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein Link mit einer Größe.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="390"/>
        <source>The archive has more than %1 entries (at &quot;%2&quot;).</source>
        <translation>Das Archiv hat mehr als %1 Einträge (bei &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="394"/>
        <source>The archive&apos;s content exceeds the limit of %1 bytes (at &quot;%2&quot;).</source>
        <translation>Der Inhalt des Archivs überschreitet die Grenze von %1 Bytes (bei &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="402"/>
        <source>The archive entry &quot;%1&quot; has an invalid mode or modification time.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat einen ungültigen Modus oder eine ungültige Änderungszeit.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="412"/>
        <source>The archive entry &quot;%1&quot; has an invalid owner (user and group ids go from 0 to %2).</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat einen ungültigen Eigentümer (Benutzer- und Gruppen-IDs reichen von 0 bis %2).</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="423"/>
        <source>The archive entry &quot;%1&quot; is not written the way Stasis writes file system changes.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist nicht so geschrieben, wie Stasis Dateisystemänderungen schreibt.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="463"/>
        <source>The archive entry &quot;%1&quot; is a pax extended header larger than %2 bytes.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein erweiterter pax-Header, der größer als %2 Bytes ist.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="481"/>
        <source>The archive entry &quot;%1&quot; has a malformed pax extended header.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat einen fehlerhaften erweiterten pax-Header.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="510"/>
        <source>The archive entry &quot;%1&quot; carries the extended attribute &quot;%2&quot;; extended attributes (file capabilities, security labels, ACLs) are not carried in file system changes.</source>
        <translation>Der Archiveintrag &quot;%1&quot; trägt das erweiterte Attribut &quot;%2&quot;; erweiterte Attribute (Datei-Capabilities, Sicherheitslabels, ACLs) werden in Dateisystemänderungen nicht mitgenommen.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="513"/>
        <source>The archive entry &quot;%1&quot; has the pax record &quot;%2&quot;, which Stasis does not read; only &quot;path&quot; and &quot;linkpath&quot; are allowed.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat den pax-Eintrag &quot;%2&quot;, den Stasis nicht liest; nur &quot;path&quot; und &quot;linkpath&quot; sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="520"/>
        <source>The archive entry &quot;%1&quot; has the pax record &quot;%2&quot; twice.</source>
        <translation>Der Archiveintrag &quot;%1&quot; hat den pax-Eintrag &quot;%2&quot; zweimal.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="535"/>
        <source>The archive entry &quot;%1&quot; is in the archive twice.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist zweimal im Archiv.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="542"/>
        <source>The archive entry &quot;%1&quot; lies under &quot;%2&quot;, a symbolic link of the same archive.</source>
        <translation>Der Archiveintrag &quot;%1&quot; liegt unter &quot;%2&quot;, einem symbolischen Link desselben Archivs.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="551"/>
        <source>The archive entry &quot;%1&quot; is a symbolic link without a target.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein symbolischer Link ohne Ziel.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="553"/>
        <source>The archive entry &quot;%1&quot; is a symbolic link whose target has a NUL character.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein symbolischer Link, dessen Ziel ein NUL-Zeichen hat.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="556"/>
        <source>The archive entry &quot;%1&quot; is a symbolic link whose target is longer than %2 bytes.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein symbolischer Link, dessen Ziel länger als %2 Bytes ist.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="558"/>
        <source>The archive entry &quot;%1&quot; is a symbolic link whose target is not valid UTF-8.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein symbolischer Link, dessen Ziel kein gültiges UTF-8 ist.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="568"/>
        <source>The archive entry &quot;%1&quot; is a hard link to &quot;%2&quot;, which is not a valid name of an archive entry.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein harter Link auf &quot;%2&quot;, das kein gültiger Name eines Archiveintrags ist.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="576"/>
        <source>The archive entry &quot;%1&quot; is a hard link to &quot;%2&quot;, which is not a regular file.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein harter Link auf &quot;%2&quot;, das keine reguläre Datei ist.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="577"/>
        <source>The archive entry &quot;%1&quot; is a hard link to &quot;%2&quot;, which is not an earlier file of the archive.</source>
        <translation>Der Archiveintrag &quot;%1&quot; ist ein harter Link auf &quot;%2&quot;, das keine frühere Datei des Archivs ist.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="609"/>
        <source>The archive is truncated: it ends inside the entry &quot;%1&quot;.</source>
        <translation>Das Archiv ist abgeschnitten: Es endet innerhalb des Eintrags &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="614"/>
        <source>The archive is empty.</source>
        <translation>Das Archiv ist leer.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="616"/>
        <source>The archive is truncated: it ends before its first entry is complete.</source>
        <translation>Das Archiv ist abgeschnitten: Es endet, bevor sein erster Eintrag vollständig ist.</translation>
    </message>
    <message>
        <location filename="../app/archives/tarstreamreader.cpp" line="618"/>
        <source>The archive is truncated: it ends after the entry &quot;%1&quot; without its end blocks.</source>
        <translation>Das Archiv ist abgeschnitten: Es endet nach dem Eintrag &quot;%1&quot; ohne seine Endblöcke.</translation>
    </message>
</context>
<context>
    <name>Stasis::Tour</name>
    <message>
        <location filename="../app/stasis/tour.cpp" line="58"/>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/stasis/tour.cpp" line="65"/>
        <source>the tour did not finish within five minutes</source>
        <translation>die Tour wurde nicht innerhalb von fünf Minuten abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/stasis/tour.cpp" line="74"/>
        <source>the engine cannot be reached (the window&apos;s banner says why)</source>
        <translation>die Engine ist nicht erreichbar (das Banner im Fenster nennt den Grund)</translation>
    </message>
    <message>
        <location filename="../app/stasis/tour.cpp" line="93"/>
        <source>cannot create the counter container: %1</source>
        <translation>Zähler-Container kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/stasis/tour.cpp" line="99"/>
        <source>cannot start the counter container: %1</source>
        <translation>Zähler-Container kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/stasis/tour.cpp" line="117"/>
        <source>the checkpoint dialog did not open</source>
        <translation>der Checkpoint-Dialog wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../app/stasis/tour.cpp" line="151"/>
        <source>the export dialog did not open</source>
        <translation>der Exportdialog öffnete sich nicht</translation>
    </message>
    <message>
        <location filename="../app/stasis/tour.cpp" line="169"/>
        <source>the remove confirmation did not open</source>
        <translation>die Bestätigung zum Entfernen wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../app/stasis/tour.cpp" line="192"/>
        <source>the rewind confirmation did not open</source>
        <translation>die Bestätigung zum Zurückspulen wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../app/stasis/tour.cpp" line="230"/>
        <source>no job was started</source>
        <translation>es wurde kein Auftrag gestartet</translation>
    </message>
    <message>
        <location filename="../app/stasis/tour.cpp" line="240"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/stasis/tour.cpp" line="297"/>
        <source>cannot save %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Stasis::TransientRetry</name>
    <message>
        <location filename="../app/jobs/transientretry.cpp" line="39"/>
        <source>The engine hit its known transient error (%1); retrying in %2 ms (attempt %3 of %4).</source>
        <translation>Bei der Engine ist ihr bekannter vorübergehender Fehler aufgetreten (%1); neuer Versuch in %2 ms (Versuch %3 von %4).</translation>
    </message>
</context>
<context>
    <name>Stasis::ValidateArchiveJob</name>
    <message>
        <location filename="../app/jobs/validatearchivejob.cpp" line="41"/>
        <source>Cannot read %1: check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../app/jobs/validatearchivejob.cpp" line="48"/>
        <source>%1 was checked already and has not changed since.</source>
        <translation>%1 wurde bereits geprüft und hat sich seitdem nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/jobs/validatearchivejob.cpp" line="53"/>
        <source>Checking %1 before anything is written…</source>
        <translation>%1 wird geprüft, bevor etwas geschrieben wird…</translation>
    </message>
    <message>
        <location filename="../app/jobs/validatearchivejob.cpp" line="73"/>
        <source>%1 was refused, nothing was imported: %2</source>
        <translation>%1 wurde abgelehnt, nichts wurde importiert: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/jobs/validatearchivejob.cpp" line="79"/>
        <source>Valid: checkpoint %1 of %2, %n file(s), every hash matches.</source>
        <translation>
            <numerusform>Gültig: Checkpoint %1 von %2, %n Datei, alle Hashes stimmen überein.</numerusform>
            <numerusform>Gültig: Checkpoint %1 von %2, %n Dateien, alle Hashes stimmen überein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stasis::ValidatedArchiveFileDevice</name>
    <message>
        <location filename="../app/archives/validatedarchivefiledevice.cpp" line="60"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/archives/validatedarchivefiledevice.cpp" line="64"/>
        <source>%1 has another size.</source>
        <translation>%1 hat eine andere Größe.</translation>
    </message>
    <message>
        <location filename="../app/archives/validatedarchivefiledevice.cpp" line="83"/>
        <source>%1 no longer matches the SHA-256 in the manifest.</source>
        <translation>%1 stimmt nicht mehr mit der SHA-256-Summe im Manifest überein.</translation>
    </message>
</context>
<context>
    <name>Stasis::ValidatedArchiveSource</name>
    <message>
        <source>The archive changed since it was checked: %1 Check it again, then import it again.</source>
        <translation type="vanished">Das Archiv hat sich seit der Prüfung geändert: %1 Prüfen Sie es erneut und importieren Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/archives/validatedarchivesource.cpp" line="82"/>
        <source>its entry &quot;%1&quot; is not the one the manifest lists.</source>
        <translation>Sein Eintrag &quot;%1&quot; ist nicht der, den das Manifest aufführt.</translation>
    </message>
    <message>
        <location filename="../app/archives/validatedarchivesource.cpp" line="105"/>
        <source>&quot;%1&quot; no longer matches the SHA-256 in the manifest.</source>
        <translation>&quot;%1&quot; stimmt nicht mehr mit der SHA-256-Summe im Manifest überein.</translation>
    </message>
    <message>
        <location filename="../app/archives/validatedarchivesource.cpp" line="114"/>
        <source>&quot;%1/%2&quot;, listed in the manifest, is missing.</source>
        <translation>&quot;%1/%2&quot;, im Manifest aufgeführt, fehlt.</translation>
    </message>
</context>
<context>
    <name>Stasis::ValidatedFileSystemDevice</name>
    <message>
        <source>The file system changes of %1</source>
        <translation type="vanished">Die Dateisystemänderungen von %1</translation>
    </message>
    <message>
        <source>The archive changed since it was checked: %1 Check it again, then import it again.</source>
        <translation type="vanished">Das Archiv hat sich seit der Prüfung geändert: %1 Prüfen Sie es erneut und importieren Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="vanished">%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 has another size.</source>
        <translation type="vanished">%1 hat eine andere Größe.</translation>
    </message>
    <message>
        <source>%1 no longer matches the SHA-256 in the manifest.</source>
        <translation type="vanished">%1 stimmt nicht mehr mit der SHA-256-Summe im Manifest überein.</translation>
    </message>
    <message>
        <location filename="../app/archives/validatedfilesystemdevice.cpp" line="67"/>
        <source>%1 of %2</source>
        <translation>%1 aus %2</translation>
    </message>
</context>
<context>
    <name>Stasis::ValidatedImageDevice</name>
    <message>
        <location filename="../app/archives/validatedimagedevice.cpp" line="23"/>
        <source>The image in %1</source>
        <translation>Das Image in %1</translation>
    </message>
</context>
<context>
    <name>Stasis::VolumeCapture</name>
    <message>
        <location filename="../app/checkpoints/volumecapture.cpp" line="15"/>
        <source>the volume %1</source>
        <translation>das Volume %1</translation>
    </message>
    <message>
        <location filename="../app/checkpoints/volumecapture.cpp" line="47"/>
        <source>The volume %1 holds what Stasis cannot carry: %2 Remove it from the volume, or export without the volumes.</source>
        <translation>Das Volume %1 enthält, was Stasis nicht mitnehmen kann: %2 Entfernen Sie es aus dem Volume oder exportieren Sie ohne die Volumes.</translation>
    </message>
    <message>
        <source>Reading the volume %1 failed: %2</source>
        <translation type="vanished">Das Lesen des Volumes %1 schlug fehl: %2</translation>
    </message>
</context>
<context>
    <name>Stasis::VolumeDetails</name>
    <message>
        <location filename="../app/engine/enginetypes.cpp" line="235"/>
        <location filename="../app/engine/enginetypes.cpp" line="238"/>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/engine/enginetypes.cpp" line="241"/>
        <source>&quot;local&quot; or &quot;global&quot;</source>
        <translation>&quot;local&quot; oder &quot;global&quot;</translation>
    </message>
</context>
<context>
    <name>Stasis::Workspace</name>
    <message>
        <location filename="../app/workspace/workspace.cpp" line="88"/>
        <source>The engine %1 this job was queued for is no longer connected: Stasis switched to another engine since. Connect to %1 again, then start the operation anew; Retry cannot reach that engine any more.</source>
        <translation>Die Engine %1, für die dieser Auftrag eingereiht wurde, ist nicht mehr verbunden: Stasis hat seither zu einer anderen Engine gewechselt. Verbinden Sie sich wieder mit %1 und starten Sie den Vorgang neu; Wiederholen erreicht diese Engine nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspace.cpp" line="106"/>
        <source>The engine %1 to move to is no longer connected: connect to it again, then move anew.</source>
        <translation>Die Engine %1, auf die verschoben werden soll, ist nicht mehr verbunden: Verbinden Sie sich wieder mit ihr und verschieben Sie erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/stasis/main.cpp" line="30"/>
        <source>Checkpoint and restore Docker containers.</source>
        <translation>Checkpoints von Docker-Containern erstellen und wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="38"/>
        <source>The engine to connect to (default: DOCKER_HOST, then the default socket).</source>
        <translation>Die Engine, mit der verbunden werden soll (Standard: DOCKER_HOST, dann der Standard-Socket).</translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="40"/>
        <source>Save a PNG of the main window once it is loaded, then exit.</source>
        <translation>Ein PNG des Hauptfensters speichern, sobald es geladen ist, und dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="42"/>
        <source>The Docker context to use (overrides DOCKER_HOST and the current context).</source>
        <translation>Der zu verwendende Docker-Kontext (hat Vorrang vor DOCKER_HOST und dem aktuellen Kontext).</translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="43"/>
        <source>Select this container (name or id) once it is listed.</source>
        <translation>Diesen Container (Name oder ID) auswählen, sobald er aufgeführt ist.</translation>
    </message>
    <message>
        <location filename="../app/stasis/main.cpp" line="45"/>
        <source>Drive the example through the window (a counting container: checkpoint, restore, export, import), save a PNG per step into DIR, then exit.</source>
        <translation>Das Beispiel im Fenster durchspielen (ein zählender Container: Checkpoint, Wiederherstellen, Export, Import), pro Schritt ein PNG in DIR speichern, dann beenden.</translation>
    </message>
</context>
</TS>
