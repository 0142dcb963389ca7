// SPDX-License-Identifier: GPL-2.0-or-later
// A container moves to a second engine with its file system: a counter that
// wrote /data.txt, deleted a file of its image and keeps a log file open is
// exported (stasisctl), imported with --create into another sandbox engine
// and restored there. It counts on, and its files are the ones it had. The
// same archive without its file system part cannot be restored there: CRIU
// misses the open log file. A container of an image the second engine
// lacks brings it along (--with-image): loaded, named as it was, and
// removed again when the import fails after loading it. A named volume goes
// along when asked (--with-volumes): created and filled on the second
// engine, its root's owner and mode kept, and a volume of that name there
// stops a second import. An archive in the previous release's format 1
// imports and restores there.
#include "archiveformat.h"
#include "containerfolders.h"
#include "engineclient.h"
#include "enginetestsupport.h"
#include "exportjob.h"
#include "localfiles.h"
#include "stasisctlrun.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
const QString secondSandbox = QStringLiteral("travel-target");
const QString checkpointName = QStringLiteral("moved");
const QString bareContainer = QStringLiteral("traveller-bare");
const QString fifoContainer = QStringLiteral("fifo-holder");
const QString volumeContainer = QStringLiteral("volume-user");
const QString volume = QStringLiteral("traveller-data");
const QString imageContainer = QStringLiteral("image-traveller");
const QString carrier = QStringLiteral("volume-carrier");
const QString formatOneContainer = QStringLiteral("format-one");
const QString carriedVolume = QStringLiteral("traveller-carried");
const QString imageMaker = QStringLiteral("image-maker");
const QString travellingImage = QStringLiteral("stasis-travel/counter:1");

QStringList travellerCommand()
{
    return {QStringLiteral("/bin/sh"),
            QStringLiteral("-c"),
            QStringLiteral("mkdir -p /var/log; rm /bin/vi; echo written-before > /data.txt; exec 3>>/var/log/counter.log; "
                           "i=0; while true; do echo $i; echo $i >&3; i=$(expr $i + 1); sleep 1; done")};
}
} // namespace

class ContainerTravelTest : public QObject
{
    Q_OBJECT

    EngineClient *m_source = nullptr;
    EngineClient *m_target = nullptr;
    QString m_targetHost;
    QTemporaryDir m_work;
    QString m_archive;
    QList<int> m_frozen;
    const QString m_container = QStringLiteral("traveller");

    CtlRun onTarget(QStringList arguments)
    {
        return stasisctl(QStringList{QStringLiteral("--host"), m_targetHost} + arguments);
    }

    /// The content of @p path in @p container on @p client's engine.
    static EngineResult<QByteArray> fileContent(EngineClient &client, const QString &container, const QString &path)
    {
        return downloadArchive(client, container, path).and_then([](const QByteArray &tar) -> EngineResult<QByteArray> {
            const QList<RawTarEntry> entries = tarEntries(tar);
            if (entries.size() != 1) {
                return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, QStringLiteral("%1 entries").arg(entries.size())});
            }
            return entries.first().data;
        });
    }

    /// After the import with --create of travellerCommand()'s @p container,
    /// frozen at @p frozen: its files are the exported ones, and restored it
    /// counts on and its open log file grows from where it was.
    void verifyTravelled(const QString &container, const QList<int> &frozen)
    {
        // Before the restore: the file system is the exported one.
        const auto data = fileContent(*m_target, container, QStringLiteral("/data.txt"));
        QVERIFY2(data, why(data).constData());
        QCOMPARE(*data, QByteArray("written-before\n"));
        const auto deleted = await(m_target->archiveStat(container, QStringLiteral("/bin/vi")));
        QVERIFY2(!deleted && deleted.error().kind == EngineError::Kind::NotFound, "/bin/vi, deleted by the container, is back");
        const auto logBefore = fileContent(*m_target, container, QStringLiteral("/var/log/counter.log"));
        QVERIFY2(logBefore, why(logBefore).constData());
        QCOMPARE(counterValues(*logBefore), frozen);

        const CtlRun started = onTarget({QStringLiteral("start"), QStringLiteral("--checkpoint"), checkpointName, container});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const auto countsOn = countsOnFrom(*m_target, container, 0, frozen.last());
        QVERIFY2(countsOn, qPrintable(countsOn.error()));

        // CRIU restored the open log file: it grows from where it was.
        const auto grown = waitForCounterValues(*m_target, container, 2);
        QVERIFY2(grown, why(grown).constData());
        const auto logAfter = fileContent(*m_target, container, QStringLiteral("/var/log/counter.log"));
        QVERIFY2(logAfter, why(logAfter).constData());
        const QList<int> logged = counterValues(*logAfter);
        QVERIFY2(logged.size() > frozen.size(), logAfter->constData());
        for (qsizetype i = 0; i < logged.size(); ++i) {
            QCOMPARE(logged.at(i), int(i));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        const auto source = connectToSandbox(this);
        QVERIFY2(source, why(source).constData());
        m_source = *source;
        const auto host = runSandbox({QStringLiteral("up"), secondSandbox});
        QVERIFY2(host, why(host).constData());
        QVERIFY2(host->startsWith(QLatin1String("DOCKER_HOST=")), qPrintable(*host));
        m_targetHost = host->mid(int(qstrlen("DOCKER_HOST=")));
        const auto target = connectTo(m_targetHost, this);
        QVERIFY2(target, why(target).constData());
        m_target = *target;
        cleanupTestCase(); // what an interrupted earlier run left behind

        const auto started = startCounter(*m_source, m_container, travellerCommand());
        QVERIFY2(started, why(started).constData());
        const auto counting = waitForCounterValues(*m_source, m_container, 3);
        QVERIFY2(counting, why(counting).constData());
        const CtlRun checkpointed = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("create"), m_container, checkpointName});
        QVERIFY2(checkpointed.exitCode == 0, qPrintable(checkpointed.err));
        const auto frozen = frozenValues(*m_source, m_container);
        QVERIFY2(frozen, why(frozen).constData());
        m_frozen = *frozen;

        m_archive = m_work.filePath(QStringLiteral("traveller.tar.zst"));
        const CtlRun exported =
            stasisctl({QStringLiteral("checkpoint"), QStringLiteral("export"), m_container, checkpointName, QStringLiteral("-o"), m_archive});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    }

    void cleanupTestCase()
    {
        if (m_source) {
            await(m_source->removeContainer(m_container, true));
            await(m_source->removeContainer(fifoContainer, true));
            await(m_source->removeContainer(volumeContainer, true));
            await(m_source->removeVolume(volume));
            await(m_source->removeContainer(imageContainer, true));
            await(m_source->removeContainer(imageMaker, true));
            await(m_source->removeImage(travellingImage));
            await(m_source->removeContainer(carrier, true));
            await(m_source->removeContainer(formatOneContainer, true));
            await(m_source->removeVolume(carriedVolume));
        }
        if (m_target) {
            await(m_target->removeContainer(m_container, true));
            await(m_target->removeContainer(bareContainer, true));
            await(m_target->removeContainer(volumeContainer, true));
            await(m_target->removeVolume(volume));
            await(m_target->removeContainer(imageContainer, true));
            await(m_target->removeImage(travellingImage));
            await(m_target->removeContainer(carrier, true));
            await(m_target->removeContainer(formatOneContainer, true));
            await(m_target->removeContainer(carrier + QLatin1String("-again"), true));
            await(m_target->removeVolume(carriedVolume));
        }
    }

    void theContainerCountsOnWithItsFilesOnTheSecondEngine()
    {
        QVERIFY(!m_frozen.isEmpty());
        const CtlRun imported = onTarget({QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--create"), m_archive, m_container});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.out, checkpointName);

        verifyTravelled(m_container, m_frozen);
    }

    void withoutItsFileSystemItCannotBeRestored()
    {
        QVERIFY(!m_frozen.isEmpty());
        const QString bare = m_work.filePath(QStringLiteral("bare.tar.zst"));
        ExportJob::Request request{m_container, checkpointName, {}, bare, ArchiveFormat::TarZstd};
        request.withFileSystem = false;
        auto *job = new ExportJob(m_source, request, this);
        QVERIFY2(runJob(job), "the export did not finish");
        QVERIFY2(!job->error(), jobFailure(job).constData());
        QVERIFY(!job->manifest().fileSystem);
        delete job;

        const QString name = bareContainer;
        const CtlRun imported = onTarget({QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--create"), bare, name});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QLatin1String("no file system changes")), qPrintable(imported.err));
        const CtlRun started = onTarget({QStringLiteral("start"), QStringLiteral("--checkpoint"), checkpointName, name});
        QVERIFY2(started.exitCode != 0, "a container without its file system restored");
        // CRIU itself refuses: the log file the process holds open is not there.
        QVERIFY2(started.err.contains(QLatin1String("criu failed")), qPrintable(started.err));
    }

    void aFileItCannotCarryFailsTheExportWithAWayOut()
    {
        const QStringList command{QStringLiteral("/bin/sh"),
                                  QStringLiteral("-c"),
                                  QStringLiteral("mkfifo /pipe; i=0; while true; do echo $i; i=$(expr $i + 1); sleep 1; done")};
        const auto started = startCounter(*m_source, fifoContainer, command);
        QVERIFY2(started, why(started).constData());
        const auto counting = waitForCounterValues(*m_source, fifoContainer, 2);
        QVERIFY2(counting, why(counting).constData());
        const CtlRun checkpointed = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("create"), fifoContainer, checkpointName});
        QVERIFY2(checkpointed.exitCode == 0, qPrintable(checkpointed.err));

        const QString archive = m_work.filePath(QStringLiteral("fifo.tar.zst"));
        const QStringList exportArguments{QStringLiteral("checkpoint"), QStringLiteral("export"), fifoContainer, checkpointName, QStringLiteral("-o"), archive};
        const CtlRun refused = stasisctl(exportArguments);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("pipe")) && refused.err.contains(QLatin1String("--without-filesystem")), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(archive));

        const CtlRun exported = stasisctl(exportArguments + QStringList{QStringLiteral("--without-filesystem")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const CtlRun inspected = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("inspect"), archive});
        QVERIFY2(inspected.out.contains(QLatin1String("File system: not in the archive")), qPrintable(inspected.out));
    }

    void aVolumeLeftBehindIsNamed()
    {
        const auto created = await(m_source->createVolume(volume));
        QVERIFY2(created, why(created).constData());
        ContainerSpec spec = counterSpec(volumeContainer);
        spec.namedVolumes = {VolumeMount{volume, QStringLiteral("/data"), false}};
        const auto id = await(m_source->createContainer(spec));
        QVERIFY2(id, why(id).constData());
        QVERIFY(await(m_source->startContainer(*id)));
        const auto counting = waitForCounterValues(*m_source, volumeContainer, 2);
        QVERIFY2(counting, why(counting).constData());
        const CtlRun checkpointed = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("create"), volumeContainer, checkpointName});
        QVERIFY2(checkpointed.exitCode == 0, qPrintable(checkpointed.err));
        const QString archive = m_work.filePath(QStringLiteral("volume.tar.zst"));
        const CtlRun exported =
            stasisctl({QStringLiteral("checkpoint"), QStringLiteral("export"), volumeContainer, checkpointName, QStringLiteral("-o"), archive});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        const CtlRun imported = onTarget({QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--create"), archive, volumeContainer});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("the volume %1 (at /data), which this engine does not have").arg(volume)), qPrintable(imported.err));
    }

    void aVolumeTravelsWhenAsked()
    {
        // A file owned by someone else in a volume whose root is 1000:1001, mode 0750; the counter keeps its log open there.
        QVERIFY(await(m_source->createVolume(carriedVolume)));
        const auto filled = dockerCli({QStringLiteral("run"),
                                       QStringLiteral("--rm"),
                                       QStringLiteral("--network"),
                                       QStringLiteral("none"),
                                       QStringLiteral("-v"),
                                       carriedVolume + QLatin1String(":/data"),
                                       sandboxImage(),
                                       QStringLiteral("sh"),
                                       QStringLiteral("-c"),
                                       QStringLiteral("echo kept > /data/kept.txt && chown -R 1000:1001 /data && chmod 0750 /data")});
        QVERIFY2(filled, qPrintable(filled.error()));
        ContainerSpec spec =
            counterSpec(carrier,
                        {QStringLiteral("/bin/sh"),
                         QStringLiteral("-c"),
                         QStringLiteral("exec 3>>/data/counter.log; i=0; while true; do echo $i; echo $i >&3; i=$(expr $i + 1); sleep 1; done")});
        spec.namedVolumes = {VolumeMount{carriedVolume, QStringLiteral("/data"), false}};
        QVERIFY(await(m_source->createContainer(spec)));
        QVERIFY(await(m_source->startContainer(carrier)));
        const auto counting = waitForCounterValues(*m_source, carrier, 3);
        QVERIFY2(counting, why(counting).constData());
        const CtlRun checkpointed = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("create"), carrier, checkpointName});
        QVERIFY2(checkpointed.exitCode == 0, qPrintable(checkpointed.err));
        const auto frozen = frozenValues(*m_source, carrier);
        QVERIFY2(frozen, why(frozen).constData());
        const QString archive = m_work.filePath(QStringLiteral("with-volumes.tar.zst"));
        const CtlRun exported = stasisctl(
            {QStringLiteral("checkpoint"), QStringLiteral("export"), QStringLiteral("--with-volumes"), carrier, checkpointName, QStringLiteral("-o"), archive});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const CtlRun inspected = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("inspect"), archive});
        QVERIFY2(inspected.out.contains(QStringLiteral("Volumes:     %1 at /data: 3 entries").arg(carriedVolume)), qPrintable(inspected.out));
        // GNU tar reads the volume's tar as it is: the volume's root first, owners kept.
        QString failure;
        const QByteArray listing =
            run(QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("tar --zstd -xOf '%1' volumes/%2.tar | tar -tvf - --numeric-owner").arg(archive, carriedVolume)},
                m_work.path(),
                &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(listing.startsWith("drwxr-x--- 1000/1001"), listing.constData());
        QVERIFY2(listing.contains("1000/1001") && listing.contains(" volume/kept.txt\n"), listing.constData());

        // A failure after the volume was created and filled takes it away again: here the container's name is taken.
        QVERIFY(createCounter(*m_target, carrier));
        const QStringList import{QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--create"), archive, carrier};
        const CtlRun refused = onTarget(import);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("The volume %1 created for it was removed again.").arg(carriedVolume)), qPrintable(refused.err));
        const auto removed = await(m_target->inspectVolume(carriedVolume));
        QVERIFY2(!removed && removed.error().kind == EngineError::Kind::NotFound, "the volume created for a failed import stayed");
        QVERIFY(await(m_target->removeContainer(carrier, true)));

        const CtlRun imported = onTarget(import);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("Filled the volume %1.").arg(carriedVolume)), qPrintable(imported.err));
        const auto root = dockerCli({QStringLiteral("-H"),
                                     m_targetHost,
                                     QStringLiteral("run"),
                                     QStringLiteral("--rm"),
                                     QStringLiteral("--network"),
                                     QStringLiteral("none"),
                                     QStringLiteral("-v"),
                                     carriedVolume + QLatin1String(":/v"),
                                     sandboxImage(),
                                     QStringLiteral("stat"),
                                     QStringLiteral("-c"),
                                     QStringLiteral("%u:%g %a"),
                                     QStringLiteral("/v"),
                                     QStringLiteral("/v/kept.txt")});
        QVERIFY2(root, qPrintable(root.error()));
        QCOMPARE(root->trimmed(), QStringLiteral("1000:1001 750\n1000:1001 644"));
        const auto kept = fileContent(*m_target, carrier, QStringLiteral("/data/kept.txt"));
        QVERIFY2(kept, why(kept).constData());
        QCOMPARE(*kept, QByteArray("kept\n"));

        const CtlRun started = onTarget({QStringLiteral("start"), QStringLiteral("--checkpoint"), checkpointName, carrier});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const auto countsOn = countsOnFrom(*m_target, carrier, 0, frozen->last());
        QVERIFY2(countsOn, qPrintable(countsOn.error()));

        // A second import finds the volume there: refused, and nothing is created for it.
        const CtlRun again =
            onTarget({QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--create"), archive, carrier + QLatin1String("-again")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("The volume %1 exists on this engine already").arg(carriedVolume)) &&
                     again.err.contains(QLatin1String("--reuse-volumes")),
                 qPrintable(again.err));
        const auto notCreated = await(m_target->inspectContainer(carrier + QLatin1String("-again")));
        QVERIFY2(!notCreated && notCreated.error().kind == EngineError::Kind::NotFound, "a container was created for a refused import");
    }

    void aFormatOneArchiveImportsAndRestores()
    {
        // The previous release's archive, rebuilt with GNU tar from an export of today without the file
        // system: only manifest.json (version 1, the keys that release wrote) and checkpoint/.
        QVERIFY(startCounter(*m_source, formatOneContainer));
        const auto counting = waitForCounterValues(*m_source, formatOneContainer, 3);
        QVERIFY2(counting, why(counting).constData());
        const CtlRun checkpointed = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("create"), formatOneContainer, checkpointName});
        QVERIFY2(checkpointed.exitCode == 0, qPrintable(checkpointed.err));
        const auto frozen = frozenValues(*m_source, formatOneContainer);
        QVERIFY2(frozen, why(frozen).constData());
        const QString today = m_work.filePath(QStringLiteral("today.tar.zst"));
        const CtlRun exported = stasisctl({QStringLiteral("checkpoint"),
                                           QStringLiteral("export"),
                                           QStringLiteral("--without-filesystem"),
                                           formatOneContainer,
                                           checkpointName,
                                           QStringLiteral("-o"),
                                           today});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        const QString unpacked = m_work.filePath(QStringLiteral("format-one"));
        QVERIFY(QDir().mkpath(unpacked));
        QString failure;
        run(QStringLiteral("tar"), {QStringLiteral("--zstd"), QStringLiteral("-xf"), today}, unpacked, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QFile manifestFile(QDir(unpacked).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        manifestFile.close();
        manifest.insert(QStringLiteral("formatVersion"), 1);
        manifest.remove(QStringLiteral("topLevelFiles"));
        QVERIFY(manifestFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifestFile.write(QJsonDocument(manifest).toJson());
        manifestFile.close();
        const QString old = m_work.filePath(QStringLiteral("format-one.tar.zst"));
        run(QStringLiteral("tar"),
            {QStringLiteral("--zstd"),
             QStringLiteral("--format=ustar"),
             QStringLiteral("--owner=0"),
             QStringLiteral("--group=0"),
             QStringLiteral("--numeric-owner"),
             QStringLiteral("-cf"),
             old,
             QStringLiteral("manifest.json"),
             QStringLiteral("checkpoint")},
            unpacked,
            &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        const CtlRun inspected = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("inspect"), old});
        QVERIFY2(inspected.out.contains(QLatin1String("Format:      1")), qPrintable(inspected.out));
        const CtlRun imported = onTarget({QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--create"), old, formatOneContainer});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const CtlRun started = onTarget({QStringLiteral("start"), QStringLiteral("--checkpoint"), checkpointName, formatOneContainer});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const auto countsOn = countsOnFrom(*m_target, formatOneContainer, 0, frozen->last());
        QVERIFY2(countsOn, qPrintable(countsOn.error()));
    }

    void theImageTravelsWhenTheTargetLacksIt()
    {
        // An image of the source engine alone: busybox with a file of its own, committed.
        const auto made = dockerCli({QStringLiteral("run"),
                                     QStringLiteral("--name"),
                                     imageMaker,
                                     QStringLiteral("--network"),
                                     QStringLiteral("none"),
                                     sandboxImage(),
                                     QStringLiteral("sh"),
                                     QStringLiteral("-c"),
                                     QStringLiteral("echo made-here > /image-stamp")});
        QVERIFY2(made, qPrintable(made.error()));
        const auto committed = dockerCli({QStringLiteral("commit"), imageMaker, travellingImage});
        QVERIFY2(committed, qPrintable(committed.error()));
        const auto image = await(m_source->inspectImage(travellingImage));
        QVERIFY2(image, why(image).constData());
        const auto absent = await(m_target->inspectImage(image->id));
        QVERIFY2(!absent && absent.error().kind == EngineError::Kind::NotFound, "the second engine has the image already");

        ContainerSpec spec = counterSpec(imageContainer, travellerCommand());
        spec.image = travellingImage;
        QVERIFY(await(m_source->createContainer(spec)));
        QVERIFY(await(m_source->startContainer(imageContainer)));
        const auto counting = waitForCounterValues(*m_source, imageContainer, 3);
        QVERIFY2(counting, why(counting).constData());
        const CtlRun checkpointed = stasisctl({QStringLiteral("checkpoint"), QStringLiteral("create"), imageContainer, checkpointName});
        QVERIFY2(checkpointed.exitCode == 0, qPrintable(checkpointed.err));
        const auto frozen = frozenValues(*m_source, imageContainer);
        QVERIFY2(frozen, why(frozen).constData());
        const QString archive = m_work.filePath(QStringLiteral("with-image.tar.zst"));
        const CtlRun exported = stasisctl({QStringLiteral("checkpoint"),
                                           QStringLiteral("export"),
                                           QStringLiteral("--with-image"),
                                           imageContainer,
                                           checkpointName,
                                           QStringLiteral("-o"),
                                           archive});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        // A failure after the image was loaded takes it away again: here the name is taken.
        const auto blocker = createCounter(*m_target, imageContainer);
        QVERIFY2(blocker, why(blocker).constData());
        const QStringList import{QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--create"), archive, imageContainer};
        const CtlRun refused = onTarget(import);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("The image %1 loaded for it was removed again.").arg(image->id)), qPrintable(refused.err));
        const auto removed = await(m_target->inspectImage(image->id));
        QVERIFY2(!removed && removed.error().kind == EngineError::Kind::NotFound, "the image loaded for a failed import stayed");
        QVERIFY(await(m_target->removeContainer(imageContainer, true)));

        const CtlRun imported = onTarget(import);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("Loaded the image %1 as %2.").arg(image->id, travellingImage)), qPrintable(imported.err));
        const auto named = await(m_target->inspectImage(travellingImage));
        QVERIFY2(named, why(named).constData());
        QCOMPARE(named->id, image->id);
        const auto stamp = fileContent(*m_target, imageContainer, QStringLiteral("/image-stamp"));
        QVERIFY2(stamp, why(stamp).constData());
        QCOMPARE(*stamp, QByteArray("made-here\n"));
        verifyTravelled(imageContainer, *frozen);
    }
};

QTEST_GUILESS_MAIN(ContainerTravelTest)
#include "containertraveltest.moc"
