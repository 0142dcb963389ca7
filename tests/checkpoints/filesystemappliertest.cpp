// SPDX-License-Identifier: GPL-2.0-or-later
// A container's file system changes applied to a created, never started
// container through the engine alone (FileSystemApplier), and read back
// through GET …/archive: deleted paths gone, added entries with their owners,
// modes, times and links.
#include "filesystemapplier.h"
#include "enginetestsupport.h"
#include "filesystemtarwriter.h"
#include "tarparse.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{

const QDateTime someTime = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC);

TarEntry entry(TarEntry::Type type, const QString &path, int mode, qint64 owner = 0, const QString &linkTarget = {})
{
    return {.path = path, .type = type, .size = 0, .mode = mode, .modified = someTime, .linkTarget = linkTarget, .uid = owner, .gid = owner};
}

/// @p entries as FileSystemTarWriter writes them, each file holding its own path.
QByteArray changesTar(QList<TarEntry> entries)
{
    QByteArray tar;
    for (TarEntry &e : entries) {
        const QByteArray content = e.type == TarEntry::Type::File ? e.path.toUtf8() : QByteArray();
        e.size = content.size();
        tar += FileSystemTarWriter::header(e) + content + QByteArray(FileSystemTarWriter::paddingSize(content.size()), '\0');
    }
    return tar + FileSystemTarWriter::endBlocks();
}

struct Applied {
    bool ok = false;
    EngineError error;
    qint64 lastProgress = 0;
};

Applied apply(EngineClient *client, const QString &container, const QStringList &deleted, const QByteArray &tar)
{
    QBuffer body;
    body.setData(tar);
    body.open(QIODevice::ReadOnly);
    FileSystemApplier applier(client, container);
    Applied applied;
    QObject::connect(&applier, &FileSystemApplier::uploadProgress, &applier, [&applied](qint64 sent, qint64) {
        applied.lastProgress = sent;
    });
    QSignalSpy finished(&applier, &FileSystemApplier::finished);
    applier.start(deleted, tar.isEmpty() ? nullptr : &body, tar.size());
    if (!finished.wait(60000)) {
        applied.error.message = QStringLiteral("the apply did not finish");
        return applied;
    }
    applied.ok = finished.first().first().toBool();
    applied.error = applier.error();
    return applied;
}

} // namespace

class FileSystemApplierTest : public QObject
{
    Q_OBJECT

    EngineClient *m_client = nullptr;
    QStringList m_containers;

    EngineResult<QString> createTarget(const QString &name, const QStringList &volumes = {})
    {
        ContainerSpec spec = counterSpec(name, {QStringLiteral("sleep"), QStringLiteral("1000")});
        // Owners come from the tar, whatever user the container runs as.
        spec.user = QStringLiteral("4242:4242");
        spec.volumes = volumes;
        await(m_client->removeContainer(spec.name, true, true));
        const auto id = await(m_client->createContainer(spec));
        if (id) {
            m_containers.append(*id);
        }
        return id;
    }

    /// The entries of the engine's tar of @p path, read strictly.
    std::expected<QList<TarEntry>, QString> entriesOf(const QString &container, const QString &path)
    {
        const auto tar = await(m_client->archive(container, path));
        if (!tar) {
            return std::unexpected(tar.error().toString());
        }
        const auto read = parseTar(*tar, tar->size(), ArchiveLimits(), TarStreamReader::Content::EngineFileSystem);
        if (!read->ok) {
            return std::unexpected(read->error);
        }
        return read->recorder.entries;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void cleanupTestCase()
    {
        for (const QString &container : std::as_const(m_containers)) {
            await(m_client->removeContainer(container, true, true));
        }
    }

    void deletesThenExtractsWithOwnersModesAndLinks()
    {
        const auto target = createTarget(QStringLiteral("stasis-fs-apply-test"));
        QVERIFY2(target, why(target).constData());
        // What the container's own layer holds before: a non-empty folder
        // to delete and a folder the changes replace by a file.
        const auto before = await(m_client->putArchive(*target,
                                                       QStringLiteral("/"),
                                                       changesTar({entry(TarEntry::Type::Directory, QStringLiteral("old"), 0755),
                                                                   entry(TarEntry::Type::Directory, QStringLiteral("old/sub"), 0755),
                                                                   entry(TarEntry::Type::File, QStringLiteral("old/sub/f"), 0644),
                                                                   entry(TarEntry::Type::Directory, QStringLiteral("was-folder"), 0755),
                                                                   entry(TarEntry::Type::File, QStringLiteral("was-folder/f"), 0644)})));
        QVERIFY2(before, why(before).constData());
        QVERIFY(await(m_client->archiveStat(*target, QStringLiteral("/bin/vi"))));

        const QByteArray tar = changesTar({entry(TarEntry::Type::Directory, QStringLiteral("opt"), 0750, 1000),
                                           entry(TarEntry::Type::File, QStringLiteral("opt/f"), 04750, 1000),
                                           entry(TarEntry::Type::HardLink, QStringLiteral("opt/h"), 04750, 1000, QStringLiteral("opt/f")),
                                           entry(TarEntry::Type::Symlink, QStringLiteral("opt/l"), 0777, 1000, QStringLiteral("/opt/f")),
                                           entry(TarEntry::Type::Directory, QStringLiteral("srv"), 0700, 33),
                                           entry(TarEntry::Type::Directory, QStringLiteral("srv/data"), 0755, 33),
                                           entry(TarEntry::Type::File, QStringLiteral("srv/data/x"), 0600, 33),
                                           entry(TarEntry::Type::File, QStringLiteral("was-folder"), 0640, 7)});
        // An image file (a symbolic link), the layer's folder, an empty image
        // folder, and a path whose folder is already gone.
        const QStringList deleted{QStringLiteral("/bin/vi"), QStringLiteral("/old"), QStringLiteral("/tmp"), QStringLiteral("/gone/x")};
        const Applied applied = apply(m_client, *target, deleted, tar);
        QVERIFY2(applied.ok, qPrintable(applied.error.toString()));
        QCOMPARE(applied.lastProgress, qint64(tar.size()));

        for (const QString &path : deleted) {
            const auto stat = await(m_client->archiveStat(*target, path));
            QVERIFY2(!stat && stat.error().kind == EngineError::Kind::NotFound, qPrintable(path));
        }
        QVERIFY(await(m_client->archiveStat(*target, QStringLiteral("/bin/sh"))));

        const auto opt = entriesOf(*target, QStringLiteral("/opt"));
        QVERIFY2(opt, why(opt).constData());
        QCOMPARE(opt->size(), 4);
        const TarEntry &folder = opt->at(0);
        QCOMPARE(folder.path, QStringLiteral("opt"));
        QCOMPARE(folder.type, TarEntry::Type::Directory);
        QCOMPARE(folder.mode, 0750);
        QCOMPARE(folder.uid, qint64(1000));
        QCOMPARE(folder.modified, someTime);
        bool sawFile = false;
        bool sawHardLink = false;
        bool sawSymlink = false;
        for (const TarEntry &e : *opt) {
            if (e.path == QLatin1String("opt/f") || e.path == QLatin1String("opt/h")) {
                // The engine writes the first of the two names it meets as the file.
                const bool isFile = e.type == TarEntry::Type::File;
                QVERIFY(isFile || e.type == TarEntry::Type::HardLink);
                sawFile = sawFile || isFile;
                sawHardLink = sawHardLink || !isFile;
                if (isFile) {
                    QCOMPARE(e.mode, 04750);
                    QCOMPARE(e.uid, qint64(1000));
                    QCOMPARE(e.gid, qint64(1000));
                    QCOMPARE(e.modified, someTime);
                    QCOMPARE(e.size, qint64(QByteArrayLiteral("opt/f").size()));
                }
            } else if (e.path == QLatin1String("opt/l")) {
                sawSymlink = true;
                QCOMPARE(e.type, TarEntry::Type::Symlink);
                QCOMPARE(e.linkTarget, QStringLiteral("/opt/f"));
                QCOMPARE(e.uid, qint64(1000));
            }
        }
        QVERIFY(sawFile && sawHardLink && sawSymlink);

        const auto srv = entriesOf(*target, QStringLiteral("/srv"));
        QVERIFY2(srv, why(srv).constData());
        QCOMPARE(srv->size(), 3);
        QCOMPARE(srv->at(0).mode, 0700);
        QCOMPARE(srv->at(0).uid, qint64(33));
        QCOMPARE(srv->at(2).path, QStringLiteral("srv/data/x"));
        QCOMPARE(srv->at(2).mode, 0600);
        QCOMPARE(srv->at(2).gid, qint64(33));

        const auto replaced = entriesOf(*target, QStringLiteral("/was-folder"));
        QVERIFY2(replaced, why(replaced).constData());
        QCOMPARE(replaced->size(), 1);
        QCOMPARE(replaced->first().type, TarEntry::Type::File);
        QCOMPARE(replaced->first().mode, 0640);
        QCOMPARE(replaced->first().uid, qint64(7));

        // What the engine itself now reports as changed.
        const auto changes = await(m_client->fileSystemChanges(*target));
        QVERIFY2(changes, why(changes).constData());
        QVERIFY(changes->contains(FileSystemChange{QStringLiteral("/bin/vi"), FileSystemChange::Kind::Deleted}));
        QVERIFY(changes->contains(FileSystemChange{QStringLiteral("/tmp"), FileSystemChange::Kind::Deleted}));
        QVERIFY(changes->contains(FileSystemChange{QStringLiteral("/opt/f"), FileSystemChange::Kind::Added}));
    }

    void nothingToApplyIsDone()
    {
        const auto target = createTarget(QStringLiteral("stasis-fs-apply-empty-test"));
        QVERIFY2(target, why(target).constData());
        const Applied applied = apply(m_client, *target, {}, {});
        QVERIFY2(applied.ok, qPrintable(applied.error.toString()));
    }

    void aContainerThatDoesNotExistFails()
    {
        const Applied applied = apply(m_client, QStringLiteral("stasis-no-such-container"), {QStringLiteral("/bin/vi")}, {});
        QVERIFY(!applied.ok);
        QCOMPARE(applied.error.kind, EngineError::Kind::NotFound);
        QVERIFY2(applied.error.message.contains(QLatin1String("stasis-no-such-container")), qPrintable(applied.error.message));
        QVERIFY2(applied.error.message.contains(QLatin1String("Check that the container exists")), qPrintable(applied.error.message));
    }

    void aPathTheEngineCannotRemoveFailsNamingIt()
    {
        // A volume's mount point: the engine cannot unlink it ("device or resource busy").
        const auto target = createTarget(QStringLiteral("stasis-fs-apply-volume-test"), {QStringLiteral("/vol")});
        QVERIFY2(target, why(target).constData());
        const Applied applied = apply(m_client, *target, {QStringLiteral("/vol"), QStringLiteral("/bin/vi")}, {});
        QVERIFY(!applied.ok);
        QVERIFY2(applied.error.message.startsWith(QLatin1String("Could not delete /vol in container")), qPrintable(applied.error.message));
        QVERIFY2(applied.error.message.contains(QLatin1String("busy")), qPrintable(applied.error.message));
        // It stopped there.
        QVERIFY(await(m_client->archiveStat(*target, QStringLiteral("/bin/vi"))));
    }
};

QTEST_GUILESS_MAIN(FileSystemApplierTest)
#include "filesystemappliertest.moc"
