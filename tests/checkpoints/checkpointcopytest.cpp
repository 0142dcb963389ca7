// SPDX-License-Identifier: GPL-2.0-or-later
// CheckpointCopy against the sandbox engine: the copy is a fresh root-owned
// tar of the same files (0600, folders 0700) committed in one step; a taken
// name is refused with nothing written; a stream that differs from the first
// pass makes the copy device fail; copying a checkpoint of more than 128 MiB of
// memory stays far below that in resident memory.
#include "checkpointcopy.h"
#include "checkpointarchivestream.h"
#include "checkpointcopysource.h"
#include "checkpointscan.h"
#include "containerfolders.h"
#include "enginetestsupport.h"
#include "freshtardevice.h"
#include "helpercontainer.h"
#include "peakmemory.h"
#include "tarentries.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class CheckpointCopyTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_prefix = QStringLiteral("stasis-copytest-%1-%2-").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QStringList m_containers;
    QStringList m_helpers;
    QString m_dockerRootDir;

    EngineResult<QString> createContainer(const QString &suffix, bool start, const QStringList &command = counterCommand())
    {
        const QString name = m_prefix + suffix;
        m_containers.append(name);
        return start ? startCounter(*m_client, name, command) : createCounter(*m_client, name, command);
    }

    /// A read-only helper of the test's own over @p containerId's folder, at /checkpoints.
    EngineResult<QString> inspector(const QString &containerId)
    {
        const auto helper = await(
            m_client->createContainer(HelperContainer::containerSpec(sandboxHelper(m_dockerRootDir + QLatin1String("/containers/") + containerId, true))));
        if (helper) {
            m_helpers.append(*helper);
        }
        return helper;
    }

    /// A read-only helper over @p containerId's checkpoints folder, as CheckpointCopy makes one.
    EngineResult<QString> checkpointsHelper(const QString &containerId)
    {
        const auto helper = await(m_client->createContainer(HelperContainer::containerSpec(
            sandboxHelper(m_dockerRootDir + QLatin1String("/containers/") + containerId + QLatin1String("/checkpoints"), true))));
        if (helper) {
            m_helpers.append(*helper);
        }
        return helper;
    }

    /// The files of checkpoint @p name in @p containerId's default folder: path → content.
    EngineResult<QMap<QByteArray, QByteArray>> checkpointFiles(const QString &containerId, const QString &name)
    {
        const auto helper = inspector(containerId);
        if (!helper) {
            return std::unexpected(helper.error());
        }
        const auto archive = downloadArchive(*m_client, *helper, HelperContainer::pathInside(QStringLiteral("checkpoints/") + name));
        if (!archive) {
            return std::unexpected(archive.error());
        }
        QMap<QByteArray, QByteArray> files;
        for (const Test::RawTarEntry &entry : tarEntries(*archive)) {
            if (entry.type == '0') {
                files.insert(entry.name, entry.data);
            }
        }
        return files;
    }

    /// The names directly in @p containerId's folder and in its checkpoints folder.
    EngineResult<QList<QByteArray>> containerFolderNames(const QString &containerId)
    {
        const auto helper = inspector(containerId);
        if (!helper) {
            return std::unexpected(helper.error());
        }
        // Only the folder's own listing matters; the archive of a small container folder is small.
        const auto archive = downloadArchive(*m_client, *helper, QString(HelperContainer::mountPoint));
        if (!archive) {
            return std::unexpected(archive.error());
        }
        QList<QByteArray> names;
        for (const Test::RawTarEntry &entry : tarEntries(*archive)) {
            names.append(entry.name);
        }
        return names;
    }

    static EngineResult<void> copy(EngineClient *client, const CheckpointCopy::Source &source, const QString &target)
    {
        return await(CheckpointCopy::copy(client, source, target).done, 240000);
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
        QVERIFY(!m_dockerRootDir.isEmpty());
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

    void copiesAsFreshRootOwnedFiles()
    {
        const auto source = createContainer(QStringLiteral("source"), true);
        QVERIFY2(source, why(source).constData());
        const auto counting = waitForCounterValues(*m_client, m_prefix + QStringLiteral("source"), 2);
        QVERIFY2(counting, why(counting).constData());
        const QString name = QStringLiteral("copied-cp");
        const auto created = checkpoint(*m_client, *source, CheckpointOptions{name, true, {}});
        QVERIFY2(created, why(created).constData());
        const auto target = createContainer(QStringLiteral("target"), false);
        QVERIFY2(target, why(target).constData());

        const auto copied = copy(m_client, CheckpointCopy::Source{*source, {}, name}, *target);
        QVERIFY2(copied, why(copied).constData());

        const auto listed = await(m_client->checkpoints(*target));
        QVERIFY2(listed, why(listed).constData());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, name);

        // Owners and modes as the engine reports them in its own tar.
        const auto helper = inspector(*target);
        QVERIFY2(helper, why(helper).constData());
        const auto archive = downloadArchive(*m_client, *helper, HelperContainer::pathInside(QStringLiteral("checkpoints/") + name));
        QVERIFY2(archive, why(archive).constData());
        const QList<Test::RawTarEntry> entries = tarEntries(*archive);
        QVERIFY(entries.size() > 2);
        QMap<QByteArray, QByteArray> copiedFiles;
        for (const Test::RawTarEntry &entry : entries) {
            QCOMPARE(entry.uid, 0);
            QCOMPARE(entry.gid, 0);
            const QByteArray top = name.toUtf8() + '/';
            QVERIFY2(entry.name.startsWith(top), entry.name.constData());
            if (entry.type == '5') {
                QCOMPARE(entry.mode & 07777, 0700);
            } else {
                QCOMPARE(entry.type, '0');
                QCOMPARE(entry.mode & 07777, 0600);
                copiedFiles.insert(entry.name, entry.data);
            }
        }
        // The same files, byte for byte.
        const auto sourceFiles = checkpointFiles(*source, name);
        QVERIFY2(sourceFiles, why(sourceFiles).constData());
        QVERIFY(!sourceFiles->isEmpty());
        QCOMPARE(copiedFiles.keys(), sourceFiles->keys());
        QVERIFY(copiedFiles == *sourceFiles);

        // No staging folder stays behind.
        const auto names = containerFolderNames(*target);
        QVERIFY2(names, why(names).constData());
        QVERIFY(!names->isEmpty());
        for (const QByteArray &entry : *names) {
            QVERIFY2(!entry.contains("stasis-import-"), entry.constData());
        }
    }

    void refusesATakenNameWithNothingWritten()
    {
        const auto source = createContainer(QStringLiteral("taken-source"), true);
        QVERIFY2(source, why(source).constData());
        const auto target = createContainer(QStringLiteral("taken-target"), true);
        QVERIFY2(target, why(target).constData());
        const auto counting = waitForCounterValues(*m_client, m_prefix + QStringLiteral("taken-source"), 2);
        QVERIFY2(counting, why(counting).constData());
        const QString name = QStringLiteral("taken-cp");
        const auto fromSource = checkpoint(*m_client, *source, CheckpointOptions{name, true, {}});
        QVERIFY2(fromSource, why(fromSource).constData());
        const auto ofTarget = checkpoint(*m_client, *target, CheckpointOptions{name, true, {}});
        QVERIFY2(ofTarget, why(ofTarget).constData());
        const auto before = checkpointFiles(*target, name);
        QVERIFY2(before, why(before).constData());
        QVERIFY(!before->isEmpty());

        const auto copied = copy(m_client, CheckpointCopy::Source{*source, {}, name}, *target);
        QVERIFY(!copied);
        QCOMPARE(copied.error().kind, EngineError::Kind::Conflict);
        QVERIFY2(copied.error().message.contains(QLatin1String("already has a checkpoint named")), qPrintable(copied.error().message));

        // The target's own checkpoint is untouched, and nothing else was written.
        const auto after = checkpointFiles(*target, name);
        QVERIFY2(after, why(after).constData());
        QVERIFY(*after == *before);
        const auto listed = await(m_client->checkpoints(*target));
        QVERIFY2(listed, why(listed).constData());
        QCOMPARE(listed->size(), 1);
        const auto names = containerFolderNames(*target);
        QVERIFY2(names, why(names).constData());
        for (const QByteArray &entry : *names) {
            QVERIFY2(!entry.contains("stasis-import-"), entry.constData());
        }
    }

    void deviceFailsWhenTheStreamDiffersFromTheScan()
    {
        const auto source = createContainer(QStringLiteral("differs"), true);
        QVERIFY2(source, why(source).constData());
        const auto counting = waitForCounterValues(*m_client, m_prefix + QStringLiteral("differs"), 1);
        QVERIFY2(counting, why(counting).constData());
        const QString name = QStringLiteral("differs-cp");
        const auto created = checkpoint(*m_client, *source, CheckpointOptions{name, true, {}});
        QVERIFY2(created, why(created).constData());
        const auto helper = checkpointsHelper(*source);
        QVERIFY2(helper, why(helper).constData());

        // Pass 1, as CheckpointCopy does it.
        CheckpointScan scan(name, false);
        CheckpointArchiveStream stream(m_client, &scan);
        scan.setReader(&stream.reader());
        QSignalSpy scanned(&stream, &CheckpointArchiveStream::finished);
        stream.start(*helper, name);
        QVERIFY(scanned.wait(60000));
        QVERIFY2(scanned.first().first().toBool(), qPrintable(stream.error().message));
        QList<ArchiveFileEntry> files = scan.files();
        QVERIFY(files.size() > 1);

        // As announced, the device produces exactly size() bytes.
        const auto readAll = [this](FreshTarDevice &device) {
            QByteArray out;
            const QMetaObject::Connection reading = connect(&device, &QIODevice::readyRead, this, [&] {
                for (QByteArray chunk = device.read(64 * 1024); !chunk.isEmpty(); chunk = device.read(64 * 1024)) {
                    out += chunk;
                }
            });
            out += device.read(64 * 1024); // starts the stream
            const bool ended = QTest::qWaitFor(
                [&] {
                    return device.atEnd();
                },
                60000);
            disconnect(reading);
            return ended ? std::optional<QByteArray>(out) : std::nullopt;
        };
        FreshTarDevice whole(files, QStringLiteral("top"), QDateTime::currentDateTimeUtc(), std::make_unique<CheckpointCopySource>(m_client, *helper, name));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const std::optional<QByteArray> produced = readAll(whole);
        QVERIFY(produced);
        QVERIFY2(!whole.hasFailed(), qPrintable(whole.errorString()));
        QCOMPARE(produced->size(), whole.size());
        QCOMPARE(tarEntries(*produced).size(), files.size() + 1);

        // One size off: the device fails, naming the file.
        files[1].size += 1;
        FreshTarDevice differing(files,
                                 QStringLiteral("top"),
                                 QDateTime::currentDateTimeUtc(),
                                 std::make_unique<CheckpointCopySource>(m_client, *helper, name));
        QVERIFY(differing.open(QIODevice::ReadOnly));
        QVERIFY(readAll(differing));
        QVERIFY(differing.hasFailed());
        QCOMPARE(differing.read(1024), QByteArray());
        QVERIFY2(differing.errorString().contains(files.at(1).path), qPrintable(differing.errorString()));
    }

    void copiesALargeCheckpointInBoundedMemory()
    {
        // 128 MiB held by the shell: a checkpoint with that much in memory pages.
        const QStringList command{QStringLiteral("/bin/sh"),
                                  QStringLiteral("-c"),
                                  QStringLiteral("x=$(head -c 134217728 /dev/zero | tr '\\0' a); echo 1; while true; do sleep 1; done")};
        const auto source = createContainer(QStringLiteral("large"), true, command);
        QVERIFY2(source, why(source).constData());
        const auto ready = waitForCounterValues(*m_client, m_prefix + QStringLiteral("large"), 1, 60000);
        QVERIFY2(ready, why(ready).constData());
        const QString name = QStringLiteral("large-cp");
        const auto created = checkpoint(*m_client, *source, CheckpointOptions{name, false, {}});
        QVERIFY2(created, why(created).constData());

        // The checkpoint's memory pages hold the string.
        const auto helper = checkpointsHelper(*source);
        QVERIFY2(helper, why(helper).constData());
        CheckpointScan scan(name, false);
        CheckpointArchiveStream stream(m_client, &scan);
        scan.setReader(&stream.reader());
        QSignalSpy scanned(&stream, &CheckpointArchiveStream::finished);
        stream.start(*helper, name);
        QVERIFY(scanned.wait(120000));
        QVERIFY2(scanned.first().first().toBool(), qPrintable(stream.error().message));
        qInfo() << "checkpoint memory pages:" << scan.memoryPagesSize() << "bytes, files:" << scan.totalSize() << "bytes";
        QVERIFY(scan.memoryPagesSize() > qint64(120) * 1024 * 1024);

        const auto target = createContainer(QStringLiteral("large-target"), false, command);
        QVERIFY2(target, why(target).constData());
        QVERIFY(resetPeakRss());
        const qint64 start = peakRss();
        const auto copied = copy(m_client, CheckpointCopy::Source{*source, {}, name}, *target);
        const qint64 peak = peakRss();
        QVERIFY2(copied, why(copied).constData());
        qInfo() << "peak resident memory while copying:" << peak / (1024 * 1024) << "MiB (" << peak << "bytes; at the start" << start / (1024 * 1024) << "MiB)";
        QVERIFY(start > 0);
        QVERIFY2(peak < 100 * 1024 * 1024, qPrintable(QString::number(peak)));

        const auto listed = await(m_client->checkpoints(*target));
        QVERIFY2(listed, why(listed).constData());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, name);
    }
};

QTEST_GUILESS_MAIN(CheckpointCopyTest)
#include "checkpointcopytest.moc"
