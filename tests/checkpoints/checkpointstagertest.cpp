// SPDX-License-Identifier: GPL-2.0-or-later
// Atomic checkpoint import against the sandbox engine: the staged folder is
// listed under its name only after the commit, owned by root with tight
// modes; a real checkpoint travels through EngineExchange and the stager
// into a new container and resumes there; a taken name, a cancel mid-upload
// and a name taken during the upload leave nothing behind.
#include "checkpointstager.h"
#include "containerfolders.h"
#include "enginetestsupport.h"
#include "helpercontainer.h"
#include "helperimage.h"
#include "stallingdevice.h"
#include "tarentries.h"
#include "ustarwriter.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Stasis;
using namespace Stasis::Test;

class CheckpointStagerTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_prefix = QStringLiteral("stasis-stagertest-%1-%2-").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QStringList m_containers;
    QStringList m_helpers;
    QString m_dockerRootDir;

    EngineResult<QString> createContainer(const QString &suffix, bool start)
    {
        const QString name = m_prefix + suffix;
        m_containers.append(name);
        return start ? startCounter(*m_client, name) : createCounter(*m_client, name);
    }

    /// A helper of the test's own over @p containerId's folder at /container.
    EngineResult<QString> inspector(const QString &containerId, bool readOnly = true)
    {
        HelperContainer::Spec spec;
        spec.image = sandboxImage();
        spec.hostFolder = m_dockerRootDir + QLatin1String("/containers/") + containerId;
        spec.mountPoint = QString(CheckpointStager::containerMount);
        spec.readOnly = readOnly;
        const auto helper = await(m_client->createContainer(HelperContainer::containerSpec(spec)));
        if (helper) {
            m_helpers.append(*helper);
        }
        return helper;
    }

    /// The stager's read-write helpers over @p containerId's folder that still exist.
    int stagerHelpersLeft(const QString &containerId)
    {
        const auto helpers = helpersOver(*m_client, containerId);
        return helpers ? int(helpers->size()) : -1;
    }

    /// A small checkpoint-like folder under @p top.
    static QByteArray smallCheckpoint(const QString &top)
    {
        UstarWriter tar;
        tar.addDirectory(top, 0700);
        tar.addFile(top + QLatin1String("/descriptors.json"), QByteArrayLiteral("[]\n"), 0600);
        tar.addFile(top + QLatin1String("/inventory.img"), QByteArray(3000, 'i'), 0600);
        tar.addFile(top + QLatin1String("/pages-1.img"), QByteArray(200 * 1024, 'p'), 0600);
        return tar.finish();
    }

    static ArchiveFileEntry fileEntry(const QString &path, qint64 size)
    {
        ArchiveFileEntry entry;
        entry.path = path;
        entry.size = size;
        return entry;
    }

    /// The files of smallCheckpoint(), relative to its top folder.
    static QList<ArchiveFileEntry> smallCheckpointFiles()
    {
        return {fileEntry(QStringLiteral("descriptors.json"), 3),
                fileEntry(QStringLiteral("inventory.img"), 3000),
                fileEntry(QStringLiteral("pages-1.img"), 200 * 1024)};
    }

    /// Runs @p command in a helper of the test's own over @p containerId's folder (read-write); its exit status.
    EngineResult<int> runOver(const QString &containerId, const QStringList &command)
    {
        HelperContainer::Spec spec;
        spec.image = sandboxImage();
        spec.hostFolder = m_dockerRootDir + QLatin1String("/containers/") + containerId;
        spec.mountPoint = QString(CheckpointStager::containerMount);
        spec.readOnly = false;
        spec.entrypoint = {command.first()};
        spec.command = command.mid(1);
        const auto helper = await(m_client->createContainer(HelperContainer::containerSpec(spec)));
        if (!helper) {
            return std::unexpected(helper.error());
        }
        m_helpers.append(*helper);
        const auto started = await(m_client->startContainer(*helper));
        if (!started) {
            return std::unexpected(started.error());
        }
        return await(m_client->waitContainer(*helper));
    }

    static EngineResult<void> resultOf(const QSignalSpy &finished)
    {
        return finished.first().first().value<EngineResult<void>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto info = await(m_client->info());
        QVERIFY2(info, why(info).constData());
        m_dockerRootDir = info->dockerRootDir;
        QCOMPARE(info->architecture, HelperImage::toolArchitecture());
    }

    void cleanupTestCase()
    {
        for (const QString &helper : std::as_const(m_helpers)) {
            await(m_client->removeContainer(helper, true, true));
        }
        for (const QString &container : std::as_const(m_containers)) {
            await(m_client->removeContainer(container, true));
        }
    }

    void listedOnlyAfterTheCommit()
    {
        const auto target = createContainer(QStringLiteral("small"), false);
        QVERIFY2(target, why(target).constData());
        const auto helper = inspector(*target);
        QVERIFY2(helper, why(helper).constData());

        CheckpointStager stager(m_client);
        QVERIFY(stager.stagingName().startsWith(QLatin1String("stasis-import-")));
        const QByteArray archive = smallCheckpoint(stager.stagingName());
        // Everything but the closing blocks: the last file is in, the upload waits.
        StallingDevice body(archive, archive.size() - 1024);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QSignalSpy progress(&stager, &CheckpointStager::uploadProgress);
        QSignalSpy finished(&stager, &CheckpointStager::finished);
        const QString name = QStringLiteral("small-cp");
        stager.start(*target, name, &body, archive.size(), smallCheckpointFiles());

        const QString staged = CheckpointStager::containerMount + QLatin1Char('/') + stager.stagingName() + QLatin1String("/pages-1.img");
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->archiveStat(*helper, staged)).has_value(), 30000);
        QVERIFY(finished.isEmpty());
        // Staged, not listed: neither under its name nor under the staging name.
        QCOMPARE(checkpointNames(*m_client, *target), QStringList());

        body.release();
        QVERIFY(finished.wait(60000));
        const auto result = resultOf(finished);
        QVERIFY2(result, why(result).constData());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), archive.size());
        QCOMPARE(progress.last().at(1).toLongLong(), archive.size());
        QCOMPARE(checkpointNames(*m_client, *target), QStringList{name});
        const auto stagingLeft = await(m_client->archiveStat(*helper, CheckpointStager::containerMount + QLatin1Char('/') + stager.stagingName()));
        QVERIFY(!stagingLeft);
        QCOMPARE(stagingLeft.error().kind, EngineError::Kind::NotFound);
        QCOMPARE(stagerHelpersLeft(*target), 0);

        // Owners and modes as the engine reports them in its own tar.
        const auto copy = downloadArchive(*m_client, *helper, CheckpointStager::containerMount + QLatin1String("/checkpoints/") + name);
        QVERIFY2(copy, why(copy).constData());
        const QList<RawTarEntry> entries = tarEntries(*copy);
        QCOMPARE(entries.size(), 4);
        for (const RawTarEntry &entry : entries) {
            QCOMPARE(entry.uid, 0);
            QCOMPARE(entry.gid, 0);
            if (entry.type == '5') {
                QCOMPARE(entry.name, QByteArray(name.toUtf8() + '/'));
                QCOMPARE(entry.mode & 07777, 0700);
            } else {
                QCOMPARE(entry.type, '0');
                QVERIFY(entry.name.startsWith(QByteArray(name.toUtf8() + '/')));
                QCOMPARE(entry.mode & 07777, 0600);
            }
        }
    }

    void importedCheckpointResumesInANewContainer()
    {
        const auto source = createContainer(QStringLiteral("source"), true);
        QVERIFY2(source, why(source).constData());
        const auto counting = waitForCounterValues(*m_client, m_prefix + QStringLiteral("source"), 3);
        QVERIFY2(counting, why(counting).constData());
        const QString name = QStringLiteral("moved-cp");
        const auto created = checkpoint(*m_client, *source, CheckpointOptions{name, false, {}});
        QVERIFY2(created, why(created).constData());
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->inspectContainer(*source)).transform([](const ContainerDetails &details) {
            return details.running;
        }) == false,
                                 10000);
        const auto frozenLog = await(m_client->logs(*source));
        QVERIFY2(frozenLog, why(frozenLog).constData());
        const QList<int> frozen = counterValues(*frozenLog);
        QVERIFY(!frozen.isEmpty());

        // Export through the engine, twice over one read-only helper (as an export job does).
        const auto reader = inspector(*source);
        QVERIFY2(reader, why(reader).constData());
        const QString checkpointPath = CheckpointStager::containerMount + QLatin1String("/checkpoints/") + name;
        const auto exported = downloadArchive(*m_client, *reader, checkpointPath);
        QVERIFY2(exported, why(exported).constData());
        const auto again = downloadArchive(*m_client, *reader, checkpointPath);
        QVERIFY2(again, why(again).constData());
        QCOMPARE(again->size(), exported->size());

        const auto target = createContainer(QStringLiteral("target"), false);
        QVERIFY2(target, why(target).constData());
        CheckpointStager stager(m_client);
        UstarWriter tar;
        QList<ArchiveFileEntry> files;
        const QList<RawTarEntry> entries = tarEntries(*exported);
        QVERIFY(entries.size() > 3);
        for (const RawTarEntry &entry : entries) {
            const QByteArray rest = entry.name.mid(name.size());
            QVERIFY2(rest.isEmpty() || rest.startsWith('/'), entry.name.constData());
            const QString renamed = stager.stagingName() + QString::fromUtf8(rest);
            if (entry.type == '5') {
                QVERIFY(tar.addDirectory(renamed, entry.mode & 07777));
            } else {
                QCOMPARE(entry.type, '0');
                QVERIFY(tar.addFile(renamed, entry.data, entry.mode & 07777));
                files.append(fileEntry(QString::fromUtf8(rest.mid(1)), entry.data.size()));
            }
        }
        QBuffer body;
        body.setData(tar.finish());
        QVERIFY(body.open(QIODevice::ReadOnly));
        QSignalSpy finished(&stager, &CheckpointStager::finished);
        const QString imported = QStringLiteral("imported-cp");
        stager.start(*target, imported, &body, body.size(), files);
        QVERIFY(finished.wait(60000));
        const auto result = resultOf(finished);
        QVERIFY2(result, why(result).constData());
        QCOMPARE(checkpointNames(*m_client, *target), QStringList{imported});

        const auto restored = restore(*m_client, *target, imported);
        QVERIFY2(restored, why(restored).constData());
        const auto values = waitForCounterValues(*m_client, *target, 3);
        QVERIFY2(values, why(values).constData());
        QCOMPARE(values->first(), frozen.last() + 1);
        for (qsizetype i = 1; i < values->size(); ++i) {
            QCOMPARE(values->at(i), values->at(i - 1) + 1);
        }
    }

    void refusesATakenNameBeforeWriting()
    {
        const auto target = createContainer(QStringLiteral("taken"), false);
        QVERIFY2(target, why(target).constData());
        const QString name = QStringLiteral("taken-cp");
        {
            CheckpointStager first(m_client);
            QBuffer body;
            body.setData(smallCheckpoint(first.stagingName()));
            QVERIFY(body.open(QIODevice::ReadOnly));
            QSignalSpy finished(&first, &CheckpointStager::finished);
            first.start(*target, name, &body, body.size(), smallCheckpointFiles());
            QVERIFY(finished.wait(60000));
            const auto result = resultOf(finished);
            QVERIFY2(result, why(result).constData());
        }
        const QStringList before = checkpointNames(*m_client, *target);
        QCOMPARE(before, QStringList{name});

        CheckpointStager second(m_client);
        QBuffer body;
        body.setData(smallCheckpoint(second.stagingName()));
        QVERIFY(body.open(QIODevice::ReadOnly));
        QSignalSpy finished(&second, &CheckpointStager::finished);
        second.start(*target, name, &body, body.size(), smallCheckpointFiles());
        QVERIFY(finished.wait(60000));
        const auto result = resultOf(finished);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, EngineError::Kind::Conflict);
        QVERIFY2(result.error().message.contains(QLatin1String("already has a checkpoint named taken-cp")), qPrintable(result.error().message));
        // Nothing read, nothing written, nothing left.
        QCOMPARE(body.pos(), 0);
        QCOMPARE(checkpointNames(*m_client, *target), before);
        const auto helper = inspector(*target);
        QVERIFY2(helper, why(helper).constData());
        const auto staging = await(m_client->archiveStat(*helper, CheckpointStager::containerMount + QLatin1Char('/') + second.stagingName()));
        QVERIFY(!staging);
        QCOMPARE(staging.error().kind, EngineError::Kind::NotFound);
        QCOMPARE(stagerHelpersLeft(*target), 0);
    }

    void cancelMidUploadLeavesNothing()
    {
        const auto target = createContainer(QStringLiteral("cancel"), false);
        QVERIFY2(target, why(target).constData());
        const auto helper = inspector(*target);
        QVERIFY2(helper, why(helper).constData());

        CheckpointStager stager(m_client);
        const QByteArray archive = smallCheckpoint(stager.stagingName());
        StallingDevice body(archive, archive.size() / 2);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QSignalSpy finished(&stager, &CheckpointStager::finished);
        stager.start(*target, QStringLiteral("cancelled-cp"), &body, archive.size(), smallCheckpointFiles());
        // Half the archive went out: the staging folder exists.
        const QString staging = CheckpointStager::containerMount + QLatin1Char('/') + stager.stagingName();
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->archiveStat(*helper, staging)).has_value(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(body.consumed(), archive.size() / 2, 10000);

        stager.cancel();
        QVERIFY(finished.wait(60000));
        const auto result = resultOf(finished);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, EngineError::Kind::Cancelled);
        QCOMPARE(checkpointNames(*m_client, *target), QStringList());
        const auto left = await(m_client->archiveStat(*helper, staging));
        QVERIFY(!left);
        QCOMPARE(left.error().kind, EngineError::Kind::NotFound);
        QCOMPARE(stagerHelpersLeft(*target), 0);
    }

    void nameTakenDuringTheUploadIsRefusedAtCommit()
    {
        const auto target = createContainer(QStringLiteral("race"), false);
        QVERIFY2(target, why(target).constData());
        const auto writer = inspector(*target, false);
        QVERIFY2(writer, why(writer).constData());

        CheckpointStager stager(m_client);
        const QByteArray archive = smallCheckpoint(stager.stagingName());
        StallingDevice body(archive, archive.size() / 2);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QSignalSpy finished(&stager, &CheckpointStager::finished);
        const QString name = QStringLiteral("race-cp");
        stager.start(*target, name, &body, archive.size(), smallCheckpointFiles());
        const QString staging = CheckpointStager::containerMount + QLatin1Char('/') + stager.stagingName();
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->archiveStat(*writer, staging)).has_value(), 30000);

        // Someone else takes the name after the stager checked it.
        UstarWriter other;
        other.addDirectory(QStringLiteral("checkpoints"), 0700);
        other.addDirectory(QStringLiteral("checkpoints/") + name, 0700);
        other.addFile(QStringLiteral("checkpoints/") + name + QLatin1String("/theirs"), QByteArrayLiteral("theirs\n"), 0600);
        const auto put = await(m_client->putArchive(*writer, QString(CheckpointStager::containerMount), other.finish()));
        QVERIFY2(put, why(put).constData());

        body.release();
        QVERIFY(finished.wait(60000));
        const auto result = resultOf(finished);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, EngineError::Kind::Conflict);
        QVERIFY2(result.error().message.contains(QLatin1String("got a checkpoint named race-cp while importing")), qPrintable(result.error().message));
        // Theirs stays as it was; the staged copy is gone.
        QCOMPARE(checkpointNames(*m_client, *target), QStringList{name});
        const auto theirs = downloadArchive(*m_client, *writer, CheckpointStager::containerMount + QLatin1String("/checkpoints/") + name);
        QVERIFY2(theirs, why(theirs).constData());
        QCOMPARE(tarEntries(*theirs).size(), 2);
        const auto left = await(m_client->archiveStat(*writer, staging));
        QVERIFY(!left);
        QCOMPARE(left.error().kind, EngineError::Kind::NotFound);
        QCOMPARE(stagerHelpersLeft(*target), 1); // the test's own writer
    }

    void aStalledUploadFailsAndLeavesNothing()
    {
        const auto target = createContainer(QStringLiteral("stalled"), false);
        QVERIFY2(target, why(target).constData());
        const auto helper = inspector(*target);
        QVERIFY2(helper, why(helper).constData());

        CheckpointStager stager(m_client);
        stager.setIdleTimeout(std::chrono::seconds(2));
        const QByteArray archive = smallCheckpoint(stager.stagingName());
        // Never released: a suspended laptop, a hung connection.
        StallingDevice body(archive, archive.size() / 2);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QSignalSpy finished(&stager, &CheckpointStager::finished);
        stager.start(*target, QStringLiteral("stalled-cp"), &body, archive.size(), smallCheckpointFiles());
        QVERIFY(finished.wait(60000));
        const auto result = resultOf(finished);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, EngineError::Kind::Timeout);
        QVERIFY2(result.error().message.contains(QLatin1String("sent nothing for 2 second(s)")), qPrintable(result.error().message));
        QCOMPARE(body.consumed(), archive.size() / 2);
        QCOMPARE(checkpointNames(*m_client, *target), QStringList());
        const auto left = await(m_client->archiveStat(*helper, CheckpointStager::containerMount + QLatin1Char('/') + stager.stagingName()));
        QVERIFY(!left);
        QCOMPARE(left.error().kind, EngineError::Kind::NotFound);
        QCOMPARE(stagerHelpersLeft(*target), 0);
    }

    void aPartlyRecreatedFolderIsNotCommitted()
    {
        const auto target = createContainer(QStringLiteral("recreated"), false);
        QVERIFY2(target, why(target).constData());
        const auto helper = inspector(*target);
        QVERIFY2(helper, why(helper).constData());

        CheckpointStager stager(m_client);
        const QByteArray archive = smallCheckpoint(stager.stagingName());
        // The folder's header and descriptors.json (header and one block of data).
        StallingDevice body(archive, 3 * 512);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QSignalSpy finished(&stager, &CheckpointStager::finished);
        const QString name = QStringLiteral("recreated-cp");
        stager.start(*target, name, &body, archive.size(), smallCheckpointFiles());
        const QString staging = CheckpointStager::containerMount + QLatin1Char('/') + stager.stagingName();
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->archiveStat(*helper, staging + QLatin1String("/descriptors.json"))).has_value(), 30000);

        // Another import took the stalled folder for debris; the engine then
        // recreates it from the rest of the upload.
        const auto removed = runOver(*target, {QStringLiteral("rm"), QStringLiteral("-rf"), staging});
        QVERIFY2(removed, why(removed).constData());
        QCOMPARE(*removed, 0);
        body.release();
        QVERIFY(finished.wait(60000));
        const auto result = resultOf(finished);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QLatin1String("descriptors.json is missing")), qPrintable(result.error().message));
        QCOMPARE(checkpointNames(*m_client, *target), QStringList());
        const auto left = await(m_client->archiveStat(*helper, staging));
        QVERIFY(!left);
        QCOMPARE(left.error().kind, EngineError::Kind::NotFound);
        QCOMPARE(stagerHelpersLeft(*target), 1); // the test's own rm
    }
};

QTEST_GUILESS_MAIN(CheckpointStagerTest)
#include "checkpointstagertest.moc"
