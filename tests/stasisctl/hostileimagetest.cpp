// SPDX-License-Identifier: GPL-2.0-or-later
// Helper containers next to a hostile image: the containers here run an image
// that declares VOLUMEs on every helper mount point (/checkpoints, /container,
// /container/checkpoints) and a HEALTHCHECK. Over twenty stasisctl operations
// that go through helpers (create, ls, export, import, restore from another
// container, rm) each succeed and reach the real checkpoint folder: the
// listings name what was made, the exports hold the engine's own files, the
// restores continue the counter. Afterwards the engine has no volume it did
// not have before, every helper it saw was removed, and none was made from the
// hostile image or ran its health check.
#include "archivemanifest.h"
#include "containerfolders.h"
#include "eventstream.h"
#include "sha256.h"
#include "stasisctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
const QString firstCheckpoint = QStringLiteral("cp-one");

/// The names of every volume the engine has (`GET /volumes`), sorted.
EngineResult<QStringList> volumeNames(EngineClient &client)
{
    EngineExchange download(&client);
    QByteArray body;
    QObject::connect(&download, &EngineExchange::readyRead, &download, [&] {
        body.append(download.read(EngineExchange::bufferSize));
    });
    QSignalSpy finished(&download, &EngineExchange::finished);
    download.get(QStringLiteral("/volumes"));
    if (!finished.wait(30000)) {
        return std::unexpected(EngineError{EngineError::Kind::Timeout, 0, QStringLiteral("the volume list did not arrive")});
    }
    body.append(download.read(download.bytesAvailable()));
    if (download.error()) {
        return std::unexpected(*download.error());
    }
    QStringList names;
    for (const QJsonValue &volume : QJsonDocument::fromJson(body).object().value(QLatin1String("Volumes")).toArray()) {
        names.append(volume.toObject().value(QLatin1String("Name")).toString());
    }
    names.sort();
    return names;
}

/// What the event stream showed of one helper container.
struct HelperSeen {
    QString image;
    QStringList actions;
};
} // namespace

class HostileImageTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_prefix = QStringLiteral("stasis-hitest-%1-%2-").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QString m_image = QStringLiteral("stasis-hitest:%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QString m_imageId;
    QString m_base = m_prefix + QStringLiteral("base");
    QString m_source = m_prefix + QStringLiteral("source");
    QString m_other = m_prefix + QStringLiteral("other");
    QString m_clone = m_prefix + QStringLiteral("clone");
    QString m_marker = m_prefix + QStringLiteral("marker");
    QTemporaryDir m_work;
    QString m_tarZst;
    QString m_zip;
    QList<int> m_frozen;
    QStringList m_volumesBefore;
    int m_operations = 0;
    EventStream *m_events = nullptr;
    QHash<QString, HelperSeen> m_helpers;
    bool m_markerSeen = false;

    /// One stasisctl operation, counted.
    CtlRun ctl(const QStringList &arguments)
    {
        ++m_operations;
        return stasisctl(arguments);
    }

    /// A container of the hostile image with the image's own command (the counter), not started.
    EngineResult<QString> createHostile(const QString &name)
    {
        ContainerSpec spec = counterSpec(name, {});
        QJsonObject body = spec.toJson();
        body.insert(QStringLiteral("Image"), m_image);
        // The probe is the helpers' concern here: in the counter itself it
        // would only race the checkpoints with its execs.
        body.insert(QStringLiteral("Healthcheck"), QJsonObject{{QStringLiteral("Test"), QJsonArray{QStringLiteral("NONE")}}});
        spec.configuration = body;
        return await(m_client->createContainer(spec));
    }

    void record(const ContainerEvent &event)
    {
        if (event.action == QLatin1String("create") && event.attributes.value(QStringLiteral("name")) == m_marker) {
            m_markerSeen = true;
        }
        if (event.action == QLatin1String("create") && event.attributes.value(QString(HelperContainer::label)) == QLatin1String("true")) {
            m_helpers[event.id].image = event.attributes.value(QStringLiteral("image"));
        }
        if (const auto helper = m_helpers.find(event.id); helper != m_helpers.end()) {
            helper->actions.append(event.action);
        }
    }

    /// Whether @p image (a reference as a helper was created with) names the hostile image.
    bool isHostile(const QString &image)
    {
        if (image == m_image || image == m_imageId) {
            return true;
        }
        const auto details = await(m_client->inspectImage(image));
        return details && details->id == m_imageId;
    }

    /// The names `stasisctl checkpoint ls` prints for @p container, sorted; a failure shows as a name.
    QStringList listed(const QString &container)
    {
        const CtlRun run = ctl({QStringLiteral("checkpoint"), QStringLiteral("ls"), container});
        if (run.exitCode != 0) {
            return {QStringLiteral("<ls failed: %1>").arg(run.err)};
        }
        QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.value(0) != QLatin1String("CHECKPOINT NAME")) {
            return {QStringLiteral("<no header: %1>").arg(run.out)};
        }
        lines.removeFirst();
        lines.sort();
        return lines;
    }

    /// @p archive is valid, holds the CRIU images of @p name of @p container, and every file as the engine itself has it.
    void verifyExport(const QString &archive, const QString &container, const QString &name)
    {
        const CtlRun inspected = ctl({QStringLiteral("checkpoint"), QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("json"), archive});
        QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
        const QJsonObject report = QJsonDocument::fromJson(inspected.out.toUtf8()).object();
        QVERIFY2(report.value(QLatin1String("valid")).toBool(), qPrintable(inspected.out));
        QVERIFY(report.value(QLatin1String("memoryPagesSize")).toDouble() > 0);
        QVERIFY(report.value(QLatin1String("processCount")).toInt() >= 1);
        const auto manifest = ArchiveManifest::fromJson(QJsonDocument(report.value(QLatin1String("manifest")).toObject()).toJson());
        QVERIFY2(manifest, why(manifest).constData());
        QCOMPARE(manifest->checkpoint.name, name);
        QCOMPARE(manifest->container.name, container);
        QStringList paths;
        for (const ArchiveFileEntry &file : std::as_const(manifest->files)) {
            paths.append(file.path);
        }
        QVERIFY2(paths.contains(QLatin1String("inventory.img")), qPrintable(paths.join(QLatin1Char(' '))));

        // The engine's own view of the folder, through a reader of the sandbox image.
        const auto folder = containerFolder(*m_client, container);
        QVERIFY2(folder, why(folder).constData());
        const auto reader = folderReader(*m_client, *folder);
        QVERIFY2(reader, why(reader).constData());
        const auto removeReader = qScopeGuard([&] {
            await(m_client->removeContainer(*reader, true, true));
        });
        const auto entries = archiveEntries(*m_client, *reader, CheckpointStager::containerMount + QLatin1String("/checkpoints/") + name);
        QVERIFY2(entries, why(entries).constData());
        QMap<QString, QByteArray> sums;
        for (const RawTarEntry &entry : *entries) {
            if (entry.type != '5') {
                sums.insert(QString::fromUtf8(entry.name.mid(name.toUtf8().size() + 1)), Sha256::hex(entry.data));
            }
        }
        QCOMPARE(sums.size(), manifest->files.size());
        for (const ArchiveFileEntry &file : std::as_const(manifest->files)) {
            QVERIFY2(sums.contains(file.path), qPrintable(file.path));
            QCOMPARE(sums.value(file.path), file.sha256);
        }
    }

    /// The restored @p container's counter goes on from the frozen value.
    void verifyResumes(const QString &container, qsizetype valuesBefore)
    {
        const auto countsOn = countsOnFrom(*m_client, container, valuesBefore, m_frozen.last());
        QVERIFY2(countsOn, why(countsOn).constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(022);
        QVERIFY(m_work.isValid());
        m_tarZst = m_work.filePath(QStringLiteral("counter.tar.zst"));
        m_zip = m_work.filePath(QStringLiteral("counter.zip"));
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;

        const auto base = await(m_client->createContainer(counterSpec(m_base)));
        QVERIFY2(base, why(base).constData());
        const QString volumes = QString::fromUtf8(QJsonDocument(QJsonArray{QString(HelperContainer::mountPoint),
                                                                           QString(CheckpointStager::containerMount),
                                                                           QString(CheckpointStager::containerMount + QLatin1String("/checkpoints"))})
                                                      .toJson(QJsonDocument::Compact));
        const QString command = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(counterCommand())).toJson(QJsonDocument::Compact));
        const auto committed = dockerCli({QStringLiteral("commit"),
                                          QStringLiteral("--change"),
                                          QStringLiteral("HEALTHCHECK --interval=1s CMD touch /tmp/healthy-ran || exit 0"),
                                          QStringLiteral("--change"),
                                          QStringLiteral("VOLUME ") + volumes,
                                          QStringLiteral("--change"),
                                          QStringLiteral("CMD ") + command,
                                          m_base,
                                          m_image});
        QVERIFY2(committed, why(committed).constData());
        const auto image = await(m_client->inspectImage(m_image));
        QVERIFY2(image, why(image).constData());
        m_imageId = image->id;

        for (const QString &name : {m_source, m_other, m_clone}) {
            const auto created = createHostile(name);
            QVERIFY2(created, why(created).constData());
        }
        // The image's volumes reach its containers (the helpers' would too).
        const auto source = await(m_client->inspectContainer(m_source));
        QVERIFY2(source, why(source).constData());
        QCOMPARE(source->inspect.value(QLatin1String("Mounts")).toArray().size(), 3);
        const auto started = await(m_client->startContainer(m_source));
        QVERIFY2(started, why(started).constData());
        const auto counting = waitForCounterValues(*m_client, m_source, 3);
        QVERIFY2(counting, why(counting).constData());

        m_events = new EventStream(m_client, this);
        connect(m_events, &EventStream::containerEvent, this, &HostileImageTest::record);
        QSignalSpy connected(m_events, &EventStream::connected);
        m_events->start();
        QVERIFY(connected.wait(10000));
        const auto before = volumeNames(*m_client);
        QVERIFY2(before, why(before).constData());
        m_volumesBefore = *before;
    }

    void cleanupTestCase()
    {
        if (!m_client) {
            return;
        }
        if (m_events) {
            m_events->stop();
        }
        for (const QString &name : {m_base, m_source, m_other, m_clone, m_marker}) {
            await(m_client->removeContainer(name, true, true));
        }
        dockerCli({QStringLiteral("image"), QStringLiteral("rm"), QStringLiteral("--force"), m_image});
    }

    void checkpointsAndLists()
    {
        const CtlRun created = ctl({QStringLiteral("checkpoint"), QStringLiteral("create"), m_source, firstCheckpoint});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const auto frozen = frozenValues(*m_client, m_source);
        QVERIFY2(frozen, why(frozen).constData());
        m_frozen = *frozen;
        QVERIFY(m_frozen.size() >= 3);
        QCOMPARE(listed(m_source), QStringList{firstCheckpoint});
        const CtlRun json = ctl({QStringLiteral("checkpoint"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("json"), m_source});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array(), (QJsonArray{QJsonObject{{QStringLiteral("Name"), firstCheckpoint}}}));
    }

    void exportsTheRealFolder()
    {
        QVERIFY(!m_frozen.isEmpty());
        const CtlRun tarZst = ctl({QStringLiteral("checkpoint"), QStringLiteral("export"), m_source, firstCheckpoint, QStringLiteral("-o"), m_tarZst});
        QVERIFY2(tarZst.exitCode == 0, qPrintable(tarZst.err));
        verifyExport(m_tarZst, m_source, firstCheckpoint);
        if (QTest::currentTestFailed()) {
            return;
        }
        const CtlRun zip = ctl({QStringLiteral("checkpoint"),
                                QStringLiteral("export"),
                                QStringLiteral("--format"),
                                QStringLiteral("zip"),
                                m_source,
                                firstCheckpoint,
                                QStringLiteral("-o"),
                                m_zip});
        QVERIFY2(zip.exitCode == 0, qPrintable(zip.err));
        verifyExport(m_zip, m_source, firstCheckpoint);
    }

    void importsIntoAnotherContainerAndResumes()
    {
        QVERIFY(!m_frozen.isEmpty());
        const CtlRun imported = ctl({QStringLiteral("checkpoint"), QStringLiteral("import"), m_tarZst, m_other});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.out, firstCheckpoint);
        QCOMPARE(listed(m_other), QStringList{firstCheckpoint});
        const CtlRun started = ctl({QStringLiteral("start"), QStringLiteral("--checkpoint"), firstCheckpoint, m_other});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        // It never ran: its whole log comes from the restored counter.
        verifyResumes(m_other, 0);
    }

    void restoresFromAnotherContainer()
    {
        QVERIFY(!m_frozen.isEmpty());
        const CtlRun restored = ctl({QStringLiteral("checkpoint"), QStringLiteral("restore"), QStringLiteral("--from"), m_source, m_clone, firstCheckpoint});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        // The copy goes once restored; the source keeps its own.
        QCOMPARE(listed(m_clone), QStringList());
        QCOMPARE(listed(m_source), QStringList{firstCheckpoint});
        verifyResumes(m_clone, 0);
    }

    void removesAndImportsBackAndResumes()
    {
        QVERIFY(!m_frozen.isEmpty());
        const CtlRun removed = ctl({QStringLiteral("checkpoint"), QStringLiteral("rm"), m_source, firstCheckpoint});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(listed(m_source), QStringList());
        const CtlRun imported = ctl({QStringLiteral("checkpoint"), QStringLiteral("import"), m_zip, m_source});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.out, firstCheckpoint);
        QCOMPARE(listed(m_source), QStringList{firstCheckpoint});
        const CtlRun started = ctl({QStringLiteral("start"), QStringLiteral("--checkpoint"), firstCheckpoint, m_source});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        verifyResumes(m_source, m_frozen.size());
    }

    void movesARunningContainersCheckpoint()
    {
        const CtlRun created =
            ctl({QStringLiteral("checkpoint"), QStringLiteral("create"), QStringLiteral("--leave-running"), m_other, QStringLiteral("cp-two")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(listed(m_other), (QStringList{firstCheckpoint, QStringLiteral("cp-two")}));
        const QString archive = m_work.filePath(QStringLiteral("running.tar.zst"));
        const CtlRun exported = ctl({QStringLiteral("checkpoint"), QStringLiteral("export"), m_other, QStringLiteral("cp-two"), QStringLiteral("-o"), archive});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        verifyExport(archive, m_other, QStringLiteral("cp-two"));
        if (QTest::currentTestFailed()) {
            return;
        }
        const CtlRun imported =
            ctl({QStringLiteral("checkpoint"), QStringLiteral("import"), QStringLiteral("--name"), QStringLiteral("cp-three"), archive, m_source});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(listed(m_source), (QStringList{firstCheckpoint, QStringLiteral("cp-three")}));
        const QList<std::pair<QString, QString>> removals{{m_other, QStringLiteral("cp-two")}, {m_source, QStringLiteral("cp-three")}};
        for (const auto &[container, name] : removals) {
            const CtlRun removed = ctl({QStringLiteral("checkpoint"), QStringLiteral("rm"), container, name});
            QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        }
        QCOMPARE(listed(m_other), QStringList{firstCheckpoint});
        QCOMPARE(listed(m_source), QStringList{firstCheckpoint});
        QCOMPARE(listed(m_clone), QStringList());
    }

    void leavesNoVolumeNoHelperAndNoProbe()
    {
        const auto after = volumeNames(*m_client);
        QVERIFY2(after, why(after).constData());
        QStringList leaked;
        for (const QString &volume : *after) {
            if (!m_volumesBefore.contains(volume)) {
                leaked.append(volume);
            }
        }
        QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("%1 volumes leaked: %2").arg(leaked.size()).arg(leaked.join(QLatin1Char(' ')))));
        // Events arrive in order: once the marker's is in, so are the helpers'.
        const auto marker = await(m_client->createContainer(counterSpec(m_marker)));
        QVERIFY2(marker, why(marker).constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_markerSeen, 10000);
        QVERIFY(!m_helpers.isEmpty());
        for (auto helper = m_helpers.cbegin(); helper != m_helpers.cend(); ++helper) {
            const QString seen = helper.key().left(12) + QLatin1Char(' ') + helper->image + QLatin1String(": ") + helper->actions.join(QLatin1Char(' '));
            QVERIFY2(!isHostile(helper->image), qPrintable(QStringLiteral("made from the hostile image: ") + seen));
            for (const QString &action : helper->actions) {
                QVERIFY2(!action.startsWith(QLatin1String("exec_")) && !action.startsWith(QLatin1String("health_status")),
                         qPrintable(QStringLiteral("the image's health check ran: ") + seen));
            }
            QVERIFY2(helper->actions.contains(QLatin1String("destroy")), qPrintable(QStringLiteral("not removed: ") + seen));
        }
        // All of them ran (a failure above cut its test function short).
        QVERIFY2(m_operations >= 20, qPrintable(QStringLiteral("%1 stasisctl operations").arg(m_operations)));
    }
};

QTEST_GUILESS_MAIN(HostileImageTest)
#include "hostileimagetest.moc"
