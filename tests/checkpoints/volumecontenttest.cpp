// SPDX-License-Identifier: GPL-2.0-or-later
// Named volumes on the sandbox engine: created, filled through a writable
// volume helper, read back as the engine's tar through a read-only one,
// copied into a second volume from that stream; a helper for a missing
// volume is refused without making one.
#include "checkpointarchivestream.h"
#include "engineexchange.h"
#include "enginetestsupport.h"
#include "filesystemtarwriter.h"
#include "helperlease.h"
#include "helperregistry.h"
#include "tarparse.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{

const QString volumeRoot = QStringLiteral("/vol");

/// Rewrites each entry under the mount point's own as a fresh tar relative
/// to the volume's root (never forwarding the engine's bytes).
class VolumeTarCopy : public TarStreamReader::Handler
{
public:
    QByteArray tar;
    QString mountPointEntry;
    qint64 padding = 0;

    bool entryStarted(const TarEntry &entry) override
    {
        padding = 0;
        if (mountPointEntry.isEmpty()) {
            mountPointEntry = entry.path;
            return true;
        }
        TarEntry inside = entry;
        inside.path = entry.path.mid(mountPointEntry.size() + 1);
        if (entry.type == TarEntry::Type::HardLink) {
            inside.linkTarget = entry.linkTarget.mid(mountPointEntry.size() + 1);
        }
        tar += FileSystemTarWriter::header(inside);
        padding = entry.type == TarEntry::Type::File ? FileSystemTarWriter::paddingSize(entry.size) : 0;
        return true;
    }
    bool entryData(QByteArrayView chunk) override
    {
        tar += chunk;
        return true;
    }
    bool entryFinished() override
    {
        tar += QByteArray(padding, '\0');
        return true;
    }
};

TarEntry entry(const QString &path, TarEntry::Type type, int mode, qint64 owner, qint64 size = 0, const QString &linkTarget = {})
{
    TarEntry made;
    made.path = path;
    made.type = type;
    made.mode = mode;
    made.uid = owner;
    made.gid = owner;
    made.size = size;
    made.linkTarget = linkTarget;
    made.modified = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC);
    return made;
}

const QByteArray fileText = QByteArrayLiteral("kept in a volume\n");

/// A file of uid 1000, mode 0640, and a folder with a symbolic link to it.
QByteArray sampleTar()
{
    QByteArray tar = FileSystemTarWriter::header(entry(QStringLiteral("data.txt"), TarEntry::Type::File, 0640, 1000, fileText.size()));
    tar += fileText + QByteArray(FileSystemTarWriter::paddingSize(fileText.size()), '\0');
    tar += FileSystemTarWriter::header(entry(QStringLiteral("sub"), TarEntry::Type::Directory, 0750, 1000));
    tar += FileSystemTarWriter::header(entry(QStringLiteral("sub/link"), TarEntry::Type::Symlink, 0777, 0, 0, QStringLiteral("../data.txt")));
    return tar + FileSystemTarWriter::endBlocks();
}

} // namespace

class VolumeContentTest : public QObject
{
    Q_OBJECT

    EngineClient *m_client = nullptr;
    QString m_prefix;
    QStringList m_volumes;

    QString volume(const QString &suffix)
    {
        m_volumes.append(m_prefix + suffix);
        return m_volumes.last();
    }

    EngineResult<std::shared_ptr<HelperLease>> helper(const QString &volume, bool readOnly)
    {
        HelperContainer::Spec spec = HelperContainer::mountingVolume(volume, readOnly);
        spec.mountPoint = volumeRoot;
        return await(HelperRegistry::of(m_client)->create(spec));
    }

    /// The volume's content as the engine's tar, read by CheckpointArchiveStream.
    std::expected<VolumeTarCopy, QString> read(const QString &volume)
    {
        const auto lease = helper(volume, true);
        if (!lease) {
            return std::unexpected(lease.error().toString());
        }
        VolumeTarCopy copy;
        CheckpointArchiveStream stream(m_client, &copy, nullptr, TarStreamReader::Content::EngineFileSystem);
        QSignalSpy finished(&stream, &CheckpointArchiveStream::finished);
        stream.startPath((*lease)->id(), volumeRoot);
        if (!finished.wait(60000)) {
            return std::unexpected(QStringLiteral("the stream did not finish"));
        }
        if (!finished.first().first().toBool()) {
            return std::unexpected(stream.error().toString());
        }
        copy.tar += FileSystemTarWriter::endBlocks();
        return copy;
    }

    /// Sends @p tar through the streaming PUT into @p volume's root.
    std::expected<void, QString> fill(const QString &volume, const QByteArray &tar)
    {
        const auto lease = helper(volume, false);
        if (!lease) {
            return std::unexpected(lease.error().toString());
        }
        QBuffer body;
        body.setData(tar);
        body.open(QIODevice::ReadOnly);
        std::unique_ptr<EngineExchange> put(m_client->putArchive((*lease)->id(), volumeRoot, &body, tar.size(), nullptr));
        QSignalSpy finished(put.get(), &EngineExchange::finished);
        if (!finished.wait(60000)) {
            return std::unexpected(QStringLiteral("the upload did not finish"));
        }
        if (const std::optional<EngineError> &error = put->error()) {
            return std::unexpected(error->toString());
        }
        return {};
    }

    void removeVolumes()
    {
        // A helper still there keeps its volume in use.
        QFuture<void> gone = HelperRegistry::of(m_client)->whenNoneLive();
        QTRY_VERIFY_WITH_TIMEOUT(gone.isFinished(), 30000);
        for (const QString &name : std::as_const(m_volumes)) {
            const auto removed = await(m_client->removeVolume(name));
            QVERIFY2(removed || removed.error().kind == EngineError::Kind::NotFound, why(removed).constData());
        }
        m_volumes.clear();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        m_prefix = QStringLiteral("stasis-volume-test-%1-").arg(QRandomGenerator::global()->generate(), 0, 36);
    }

    void cleanup()
    {
        removeVolumes();
    }

    void createsInspectsAndRefusesATakenName()
    {
        const QString name = volume(QStringLiteral("made"));
        const auto created = await(m_client->createVolume(name, {}, {{QStringLiteral("org.stasis.test"), QStringLiteral("yes")}}));
        QVERIFY2(created, why(created).constData());
        QCOMPARE(created->name, name);
        QCOMPARE(created->driver, QStringLiteral("local"));
        QCOMPARE(created->scope, QStringLiteral("local"));
        QCOMPARE(created->labels.value(QStringLiteral("org.stasis.test")), QStringLiteral("yes"));
        QVERIFY(created->mountpoint.has_value());
        QVERIFY(!created->createdAt.isEmpty());

        const auto inspected = await(m_client->inspectVolume(name));
        QVERIFY2(inspected, why(inspected).constData());
        QCOMPARE(inspected->createdAt, created->createdAt);

        const auto again = await(m_client->createVolume(name));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, EngineError::Kind::Conflict);
        QVERIFY2(again.error().message.contains(name), qPrintable(again.error().message));
    }

    void aVolumeTravelsThroughHelpers()
    {
        const QString source = volume(QStringLiteral("source"));
        QVERIFY2(await(m_client->createVolume(source)), "could not create the source volume");
        const auto filled = fill(source, sampleTar());
        QVERIFY2(filled, why(filled).constData());

        // Removing the helper (with `v=1`) leaves the named volume.
        QFuture<void> gone = HelperRegistry::of(m_client)->whenNoneLive();
        QTRY_VERIFY_WITH_TIMEOUT(gone.isFinished(), 30000);
        QVERIFY(await(m_client->inspectVolume(source)).has_value());

        const auto read = this->read(source);
        QVERIFY2(read, why(read).constData());
        qInfo() << "the volume root's own entry:" << read->mountPointEntry;
        QCOMPARE(read->mountPointEntry, QStringLiteral("vol"));
        const auto parsed = parseTar(read->tar, read->tar.size(), ArchiveLimits(), TarStreamReader::Content::FileSystem);
        QVERIFY2(parsed->ok, qPrintable(parsed->error));
        const QList<TarEntry> &entries = parsed->recorder.entries;
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).path, QStringLiteral("data.txt"));
        QCOMPARE(entries.at(0).mode, 0640);
        QCOMPARE(entries.at(0).uid, 1000);
        QCOMPARE(entries.at(0).gid, 1000);
        QCOMPARE(parsed->recorder.contents.at(0), fileText);
        QCOMPARE(entries.at(1).path, QStringLiteral("sub"));
        QCOMPARE(entries.at(1).type, TarEntry::Type::Directory);
        QCOMPARE(entries.at(1).mode, 0750);
        QCOMPARE(entries.at(1).uid, 1000);
        QCOMPARE(entries.at(2).path, QStringLiteral("sub/link"));
        QCOMPARE(entries.at(2).type, TarEntry::Type::Symlink);
        QCOMPARE(entries.at(2).linkTarget, QStringLiteral("../data.txt"));
        QCOMPARE(entries.at(2).uid, 0);

        const QString copy = volume(QStringLiteral("copy"));
        QVERIFY2(await(m_client->createVolume(copy)), "could not create the copy volume");
        const auto copied = fill(copy, read->tar);
        QVERIFY2(copied, why(copied).constData());
        const auto readCopy = this->read(copy);
        QVERIFY2(readCopy, why(readCopy).constData());
        QCOMPARE(readCopy->tar, read->tar);
    }

    void aReadOnlyHelperCannotWrite()
    {
        const QString name = volume(QStringLiteral("read-only"));
        QVERIFY2(await(m_client->createVolume(name)), "could not create the volume");
        const auto lease = helper(name, true);
        QVERIFY2(lease, why(lease).constData());
        const auto put = await(m_client->putArchive((*lease)->id(), volumeRoot, sampleTar()));
        QVERIFY(!put);
        // Not 403 as for a read-only bind: the engine answers 500 "mounted volume is marked read-only".
        QCOMPARE(put.error().httpStatus, 500);
        QVERIFY2(put.error().message.contains(QLatin1String("read-only")), qPrintable(put.error().message));
        const auto read = this->read(name);
        QVERIFY2(read, why(read).constData());
        QCOMPARE(read->tar, FileSystemTarWriter::endBlocks());
    }

    void theEngineNamesTheMounts()
    {
        const QString name = volume(QStringLiteral("mounts"));
        QVERIFY2(await(m_client->createVolume(name)), "could not create the volume");
        const auto lease = helper(name, true);
        QVERIFY2(lease, why(lease).constData());
        const auto details = await(m_client->inspectContainer((*lease)->id()));
        QVERIFY2(details, why(details).constData());
        qInfo() << "a named volume's mount:" << details->inspect.value(QLatin1String("Mounts"));
        QCOMPARE(details->mounts.size(), 1);
        const MountPoint &mount = details->mounts.first();
        QCOMPARE(mount.type, QStringLiteral("volume"));
        QCOMPARE(mount.name, name);
        QCOMPARE(mount.driver, QStringLiteral("local"));
        QVERIFY2(mount.source.endsWith(QLatin1String("/volumes/") + name + QLatin1String("/_data")), qPrintable(mount.source));
        QCOMPARE(mount.destination, volumeRoot);
        QVERIFY(mount.readOnly);

        const auto info = await(m_client->info());
        QVERIFY2(info, why(info).constData());
        const auto bindLease = await(HelperRegistry::of(m_client)->create(sandboxHelper(info->dockerRootDir)));
        QVERIFY2(bindLease, why(bindLease).constData());
        const auto bindDetails = await(m_client->inspectContainer((*bindLease)->id()));
        QVERIFY2(bindDetails, why(bindDetails).constData());
        qInfo() << "a bind mount:" << bindDetails->inspect.value(QLatin1String("Mounts"));
        QCOMPARE(bindDetails->mounts.size(), 1);
        const MountPoint &bind = bindDetails->mounts.first();
        QCOMPARE(bind.type, QStringLiteral("bind"));
        QCOMPARE(bind.name, QString());
        QCOMPARE(bind.driver, QString());
        QCOMPARE(bind.source, info->dockerRootDir);
        QCOMPARE(bind.destination, QString(HelperContainer::mountPoint));
        QVERIFY(bind.readOnly);
    }

    void aHelperForAMissingVolumeIsRefused()
    {
        const QString missing = volume(QStringLiteral("missing"));
        const auto lease = helper(missing, true);
        QVERIFY(!lease);
        QCOMPARE(lease.error().kind, EngineError::Kind::NotFound);
        QVERIFY2(lease.error().message.contains(missing), qPrintable(lease.error().message));
        const auto inspected = await(m_client->inspectVolume(missing));
        QVERIFY(!inspected);
        QCOMPARE(inspected.error().kind, EngineError::Kind::NotFound);
    }

    void aMissingVolumeIsNotFound()
    {
        const auto removed = await(m_client->removeVolume(m_prefix + QStringLiteral("never-made")));
        QVERIFY(!removed);
        QCOMPARE(removed.error().kind, EngineError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(VolumeContentTest)
#include "volumecontenttest.moc"
