// SPDX-License-Identifier: GPL-2.0-or-later
// Hostile archives imported with ImportJob into a real container of the
// sandbox engine: every one is refused with a message naming the offending
// entry (or saying what trails the archive), and afterwards the container's
// checkpoint listing, its folder on the engine host (no staging folder), a
// canary checkpoint's every byte, the helper containers and the temporary
// folder are as before. A hostile image.tar loads nothing and moves no name;
// a hostile file system or volume tar creates no container and no volume.
// A decompression bomb, a 1 GiB stasis.json and a
// million tiny entries stop early in bounded memory.
#include "containerfolders.h"
#include "filesystemtarwriter.h"
#include "importjob.h"
#include "samplearchives.h"
#include "savedimage.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
/// The plain tar of the sample archive, @p tar, compressed as @p format, then damaged in the middle.
QByteArray corruptedStream(const QByteArray &tar, ArchiveFormat format, const QString &scratch)
{
    if (!writeArchive(scratch, format, tar)) {
        return {};
    }
    QFile file(scratch);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray bytes = file.readAll();
    file.remove();
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 16; ++i) {
        bytes[i] = char(bytes[i] ^ 0xa5);
    }
    return bytes;
}

/// The entries of a canary checkpoint as the engine sends them: names, owners, modes and bytes.
bool sameEntries(const QList<RawTarEntry> &a, const QList<RawTarEntry> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].type != b[i].type || a[i].mode != b[i].mode || a[i].uid != b[i].uid || a[i].gid != b[i].gid ||
            a[i].data != b[i].data) {
            return false;
        }
    }
    return true;
}
} // namespace

namespace
{
/// The volume the hostile archives carry.
const QString hostileVolume = QStringLiteral("stasis-hostile-volume");
} // namespace

class HostileImportTest : public QObject
{
    Q_OBJECT

private:
    // Made before TMPDIR points into it: the archives live here, not in the private temporary folder.
    QTemporaryDir m_work;
    QString m_privateTmp;
    int m_counter = 0;
    EngineClient *m_client = nullptr;
    QString m_target = QStringLiteral("stasis-hostiletest-%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    const QString m_canaryName = QStringLiteral("canary-cp");
    QString m_targetId;
    QString m_folder;
    QString m_reader;
    QStringList m_checkpointsBefore;
    QStringList m_folderBefore;
    QList<RawTarEntry> m_canary;

    struct Outcome {
        int error = -1;
        QString text;
    };

    QString archivePath(ArchiveFormat format)
    {
        return m_work.filePath(QStringLiteral("hostile%1%2").arg(++m_counter).arg(ArchiveFormats::suffix(format)));
    }

    /// Runs an ImportJob of @p archive into the target to its end.
    Outcome import(const QString &archive, const QString &name = {})
    {
        auto job = std::make_unique<ImportJob>(m_client, archive, m_target);
        job->setAutoDelete(false);
        job->setCheckpointName(name);
        QSignalSpy result(job.get(), &KJob::result);
        job->start();
        if (!result.wait(180000)) {
            return Outcome{-1, QStringLiteral("the import did not finish within 180 s")};
        }
        return Outcome{job->error(), job->errorText()};
    }

    EngineResult<QList<RawTarEntry>> canaryEntries()
    {
        return archiveEntries(*m_client, m_reader, CheckpointStager::containerMount + QLatin1String("/checkpoints/") + m_canaryName);
    }

    QStringList privateTmpEntries() const
    {
        return QDir(m_privateTmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    }

    /// The refused import left everything as it was.
    void verifyNothingChanged()
    {
        QCOMPARE(checkpointNames(*m_client, m_target), m_checkpointsBefore);
        const auto names = folderNames(*m_client, m_folder);
        QVERIFY2(names, why(names).constData());
        QCOMPARE(*names, m_folderBefore);
        const auto canary = canaryEntries();
        QVERIFY2(canary, why(canary).constData());
        QVERIFY2(sameEntries(*canary, m_canary), "the canary checkpoint changed");
        const auto helpers = helpersOver(*m_client, m_targetId);
        QVERIFY2(helpers, why(helpers).constData());
        QCOMPARE(*helpers, QStringList());
        QCOMPARE(privateTmpEntries(), QStringList());
    }

    static void addRow(const char *name, ArchiveFormat format, const QByteArray &archive, const QString &entry, const QString &message)
    {
        QTest::addRow("%s %s", name, qPrintable(ArchiveFormats::name(format))) << int(format) << archive << false << entry << message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_privateTmp = m_work.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_privateTmp));
        qputenv("TMPDIR", m_privateTmp.toLocal8Bit());
        QCOMPARE(QDir::tempPath(), m_privateTmp);

        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto id = createCounter(*m_client, m_target);
        QVERIFY2(id, why(id).constData());
        m_targetId = *id;
        const auto folder = containerFolder(*m_client, m_target);
        QVERIFY2(folder, why(folder).constData());
        m_folder = *folder;

        // The canary: a well-formed archive, imported for real.
        const QString good = archivePath(ArchiveFormat::TarZstd);
        QVERIFY(writeArchive(good, ArchiveFormat::TarZstd, goodTar().finish()));
        const Outcome canary = import(good, m_canaryName);
        QVERIFY2(canary.error == 0, qPrintable(canary.text));
        m_checkpointsBefore = checkpointNames(*m_client, m_target);
        QCOMPARE(m_checkpointsBefore, QStringList{m_canaryName});

        const auto reader = folderReader(*m_client, m_folder);
        QVERIFY2(reader, why(reader).constData());
        m_reader = *reader;
        const auto entries = canaryEntries();
        QVERIFY2(entries, why(entries).constData());
        m_canary = *entries;
        QCOMPARE(m_canary.size(), 3);
        for (const RawTarEntry &entry : std::as_const(m_canary)) {
            if (entry.type != '5') {
                QCOMPARE(entry.data, entry.name.endsWith("/pages-1.img") ? pages : core);
            }
        }
        const auto names = folderNames(*m_client, m_folder);
        QVERIFY2(names, why(names).constData());
        m_folderBefore = *names;
        QVERIFY2(m_folderBefore.contains(QLatin1String("checkpoints")), qPrintable(m_folderBefore.join(QLatin1Char(' '))));
        for (const QString &name : std::as_const(m_folderBefore)) {
            QVERIFY2(!name.startsWith(CheckpointStager::stagingPrefix), qPrintable(name));
        }
        QCOMPARE(privateTmpEntries(), QStringList());
    }

    void cleanupTestCase()
    {
        if (m_client) {
            if (!m_reader.isEmpty()) {
                await(m_client->removeContainer(m_reader, true, true));
            }
            await(m_client->removeContainer(m_target, true));
        }
        // Nothing was ever put in a temporary file.
        QCOMPARE(privateTmpEntries(), QStringList());
    }

    void hostileFileSystemsCreateNothing_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("message");
        const auto file = [](const QString &path) {
            return std::pair{fileSystemEntry(path, TarEntry::Type::File, 1), QByteArray("x")};
        };
        const auto withTar = [](const QList<std::pair<TarEntry, QByteArray>> &entries) {
            return archiveWithFileSystem(fileSystemTar(entries), "[]", {qint64(entries.size()), qint64(entries.size()), 0, false});
        };
        QTest::newRow("absolute path") << withTar({file(QStringLiteral("/etc/cron.d/x"))}) << QStringLiteral("/etc/cron.d/x")
                                       << QStringLiteral("absolute path");
        QTest::newRow("dot-dot") << withTar({file(QStringLiteral("../../etc/x"))}) << QStringLiteral("../../etc/x") << QStringLiteral("\"..\" path component");
        const TarEntry link = fileSystemEntry(QStringLiteral("l"), TarEntry::Type::Symlink, 0, 0777, QStringLiteral("/etc"));
        QTest::newRow("file through a symlink") << withTar({{link, {}}, file(QStringLiteral("l/passwd"))}) << QStringLiteral("l/passwd")
                                                << QStringLiteral("a symbolic link of the same archive");
        const QByteArray device = FileSystemTarWriter::characterDeviceHeader(QStringLiteral("dev/sda")) + FileSystemTarWriter::endBlocks();
        QTest::newRow("device") << archiveWithFileSystem(device, "[]", {1, 0, 0, false}) << QStringLiteral("dev/sda") << QStringLiteral("a character device");
        QTest::newRow("deleted path outside the root") << archiveWithFileSystem(FileSystemTarWriter::endBlocks(), "[\"/../etc/passwd\"]", {0, 0, 1, false})
                                                       << QStringLiteral("/../etc/passwd") << QStringLiteral("\"..\" path component");
        const auto inVolume = [](const QList<std::pair<TarEntry, QByteArray>> &entries) {
            return archiveWithVolume(hostileVolume, fileSystemTar(entries), qint64(entries.size()), 1);
        };
        const std::pair<TarEntry, QByteArray> root{fileSystemEntry(QStringLiteral("volume"), TarEntry::Type::Directory, 0, 0755), {}};
        QTest::newRow("volume: a file beside its folder")
            << inVolume({root, file(QStringLiteral("etc/cron.d/x"))}) << QStringLiteral("etc/cron.d/x") << QStringLiteral("lies outside the folder \"volume\"");
        QTest::newRow("volume: no folder first") << inVolume({file(QStringLiteral("volume")), root}) << QStringLiteral("volume")
                                                 << QStringLiteral("Its first entry must be the folder \"volume\"");
        QTest::newRow("volume: absolute path") << inVolume({root, file(QStringLiteral("/etc/x"))}) << QStringLiteral("/etc/x")
                                               << QStringLiteral("absolute path");
        QTest::newRow("volume: file through a symlink")
            << inVolume({root,
                         {fileSystemEntry(QStringLiteral("volume/l"), TarEntry::Type::Symlink, 0, 0777, QStringLiteral("/etc")), {}},
                         file(QStringLiteral("volume/l/passwd"))})
            << QStringLiteral("volume/l/passwd") << QStringLiteral("a symbolic link of the same archive");
        QTest::newRow("relative deleted path") << archiveWithFileSystem(FileSystemTarWriter::endBlocks(), "[\"etc/passwd\"]", {0, 0, 1, false})
                                               << QStringLiteral("etc/passwd") << QStringLiteral("is not absolute");
    }

    void hostileFileSystemsCreateNothing()
    {
        // Refused before anything is written: no container is created for them.
        QFETCH(QByteArray, archive);
        QFETCH(QString, entry);
        QFETCH(QString, message);
        const QString fileName = archivePath(ArchiveFormat::TarZstd);
        QVERIFY(writeArchive(fileName, ArchiveFormat::TarZstd, archive));
        const QString created = QStringLiteral("hostile-filesystem");
        auto job = std::make_unique<ImportJob>(m_client, fileName, created);
        job->setAutoDelete(false);
        job->setCreateContainer(true);
        QVERIFY(runJob(job.get()));
        QCOMPARE(job->error(), int(Job::InvalidInput));
        QVERIFY2(job->errorText().contains(message), qPrintable(job->errorText()));
        const auto container = await(m_client->inspectContainer(created));
        QVERIFY2(!container && container.error().kind == EngineError::Kind::NotFound, "a container was created for a refused archive");
        const auto volume = await(m_client->inspectVolume(hostileVolume));
        QVERIFY2(!volume && volume.error().kind == EngineError::Kind::NotFound, "a volume was created for a refused archive");
        QVERIFY2(job->errorText().contains(QLatin1Char('"') + entry + QLatin1Char('"')), qPrintable(job->errorText()));
        verifyNothingChanged();
    }

    void hostileImagesLoadNothing_data()
    {
        QTest::addColumn<QByteArray>("imageTar");
        QTest::addColumn<QString>("message");
        SavedImage hijacker;
        hijacker.manifestEntry.insert(QStringLiteral("RepoTags"), QJsonArray{sandboxImage()});
        QTest::newRow("a tag taking the sandbox's image name") << hijacker.tar() << QStringLiteral("\"manifest.json\" names the image");
        SavedImage other;
        other.manifestEntry.insert(QStringLiteral("Config"), QString::fromLatin1(SavedImage::blobName(SavedImage::layer)));
        QTest::newRow("another image than the container's") << other.tar() << QStringLiteral("is not the container's image");
    }

    void hostileImagesLoadNothing()
    {
        // Refused before anything is loaded: the engine's images are the ones it had.
        QFETCH(QByteArray, imageTar);
        QFETCH(QString, message);
        const auto before = await(m_client->inspectImage(sandboxImage()));
        QVERIFY2(before, why(before).constData());
        const QString fileName = archivePath(ArchiveFormat::TarZstd);
        QVERIFY(writeArchive(fileName, ArchiveFormat::TarZstd, archiveWithImage(imageTar)));
        const QString created = QStringLiteral("hostile-image");
        auto job = std::make_unique<ImportJob>(m_client, fileName, created);
        job->setAutoDelete(false);
        job->setCreateContainer(true);
        QVERIFY(runJob(job.get()));
        QCOMPARE(job->error(), int(Job::InvalidInput));
        QVERIFY2(job->errorText().contains(QLatin1String("image.tar is refused")) && job->errorText().contains(message), qPrintable(job->errorText()));
        const auto after = await(m_client->inspectImage(sandboxImage()));
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->id, before->id);
        const auto loaded = await(m_client->inspectImage(SavedImage::imageId()));
        QVERIFY2(!loaded && loaded.error().kind == EngineError::Kind::NotFound, "the refused archive's image was loaded");
        const auto container = await(m_client->inspectContainer(created));
        QVERIFY2(!container && container.error().kind == EngineError::Kind::NotFound, "a container was created for a refused archive");
        verifyNothingChanged();
    }

    void refused_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<bool>("compressed");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("message");

        const ArchiveFormat zst = ArchiveFormat::TarZstd;
        const ArchiveFormat zip = ArchiveFormat::Zip;
        const auto tarWith = [](const RawTar::Header &h, const QByteArray &data = "x") {
            return goodTar().entry(h, data).finish();
        };
        const auto zipWith = [](const RawZip::Item &item) {
            return RawZip::build(goodZipItems() + QList<RawZip::Item>{item});
        };

        // Paths.
        addRow("absolute path", zst, tarWith({.name = "/checkpoint/x"}), QStringLiteral("/checkpoint/x"), QStringLiteral("absolute path"));
        addRow("absolute path", ArchiveFormat::TarGzip, tarWith({.name = "/checkpoint/x"}), QStringLiteral("/checkpoint/x"), QStringLiteral("absolute path"));
        addRow("dot-dot component", zst, tarWith({.name = "checkpoint/../x"}), QStringLiteral("checkpoint/../x"), QStringLiteral("\"..\" path component"));
        addRow("dot-dot component",
               zip,
               zipWith({.name = "checkpoint/../x", .data = "x"}),
               QStringLiteral("checkpoint/../x"),
               QStringLiteral("\"..\" path component"));
        addRow("empty component", zst, tarWith({.name = "checkpoint//x"}), QStringLiteral("checkpoint//x"), QStringLiteral("empty path component"));
        addRow("dot component", zst, tarWith({.name = "checkpoint/./x"}), QStringLiteral("checkpoint/./x"), QStringLiteral("\".\" path component"));
        addRow("sibling escape through dot-dot",
               zst,
               tarWith({.name = "checkpoint/../checkpoint-evil/x"}),
               QStringLiteral("checkpoint/../checkpoint-evil/x"),
               QStringLiteral("\"..\" path component"));
        addRow("sibling prefix", zst, tarWith({.name = "checkpoint-evil/x"}), QStringLiteral("checkpoint-evil/x"), QStringLiteral("outside the folder"));
        addRow("NUL in a name", zst, tarWith({.name = QByteArray("checkpoint/a\0b", 14)}), QStringLiteral("checkpoint/a\\x00b"), QStringLiteral("NUL"));
        addRow("control character in a name",
               zst,
               tarWith({.name = "checkpoint/a\x1b[2Jb"}),
               QStringLiteral("checkpoint/a\\x1b[2Jb"),
               QStringLiteral("control character"));
        addRow("name not UTF-8", zst, tarWith({.name = "checkpoint/\xe9t\xe9"}), QStringLiteral("checkpoint/\\xe9t\\xe9"), QStringLiteral("not valid UTF-8"));
        addRow("name too long",
               zst,
               tarWith({.name = QByteArray(100, 'n'), .prefix = "checkpoint/" + QByteArray(144, 'p')}),
               QString::fromLatin1(QByteArray("checkpoint/" + QByteArray(144, 'p') + '/' + QByteArray(100, 'n')).first(200)) + QStringLiteral("…"),
               QStringLiteral("longer than 255 bytes"));
        addRow("too deep", zst, tarWith({.name = "checkpoint/1/2/3/4/5/6/7/x"}), QStringLiteral("checkpoint/1/2/3/4/5/6/7/x"), QStringLiteral("deeper than 8"));

        // Entry types.
        addRow("symlink",
               zst,
               tarWith({.name = "checkpoint/link", .type = '2', .linkName = "/etc"}, {}),
               QStringLiteral("checkpoint/link"),
               QStringLiteral("symbolic link"));
        addRow("symlink",
               ArchiveFormat::TarGzip,
               tarWith({.name = "checkpoint/link", .type = '2', .linkName = "/etc"}, {}),
               QStringLiteral("checkpoint/link"),
               QStringLiteral("symbolic link"));
        addRow("symlink",
               zip,
               zipWith({.name = "checkpoint/link", .data = "/etc", .unixMode = 0120777, .deflate = false}),
               QStringLiteral("checkpoint/link"),
               QStringLiteral("symbolic link"));
        {
            // A file written through a symlink, both orders; the manifest lists the file.
            const QByteArray manifest = manifestFor(goodFiles + QList<std::pair<QString, QByteArray>>{{QStringLiteral("l/x"), "x"}}).toJson();
            addRow("symlink then a file through it",
                   zst,
                   goodTar(manifest).entry({.name = "checkpoint/l", .type = '2', .linkName = "/tmp"}).file("checkpoint/l/x", "x").finish(),
                   QStringLiteral("checkpoint/l"),
                   QStringLiteral("symbolic link"));
            addRow("a file then a symlink over its folder",
                   zst,
                   goodTar(manifest).file("checkpoint/l/x", "x").entry({.name = "checkpoint/l", .type = '2', .linkName = "/tmp"}).finish(),
                   QStringLiteral("checkpoint/l"),
                   QStringLiteral("symbolic link"));
        }
        addRow("symlink folder with children",
               zst,
               goodTar().entry({.name = "checkpoint/d/", .type = '2', .linkName = "/etc"}).file("checkpoint/d/passwd", "x").finish(),
               QStringLiteral("checkpoint/d/"),
               QStringLiteral("symbolic link"));
        addRow("hardlink",
               zst,
               tarWith({.name = "checkpoint/h", .type = '1', .linkName = "manifest.json"}, {}),
               QStringLiteral("checkpoint/h"),
               QStringLiteral("hard link"));
        addRow("char device", zst, tarWith({.name = "checkpoint/c", .type = '3'}, {}), QStringLiteral("checkpoint/c"), QStringLiteral("character device"));
        addRow("block device", zst, tarWith({.name = "checkpoint/b", .type = '4'}, {}), QStringLiteral("checkpoint/b"), QStringLiteral("block device"));
        addRow("fifo", zst, tarWith({.name = "checkpoint/f", .type = '6'}, {}), QStringLiteral("checkpoint/f"), QStringLiteral("FIFO"));
        addRow("file with a link name",
               zst,
               tarWith({.name = "checkpoint/t0", .linkName = "/etc/shadow"}),
               QStringLiteral("checkpoint/t0"),
               QStringLiteral("link target"));
        addRow("sparse file", zst, tarWith({.name = "checkpoint/s", .type = 'S', .gnuMagic = true}), QStringLiteral("checkpoint/s"), QStringLiteral("sparse"));
        addRow("pax header overriding the path",
               zst,
               goodTar().pax({"path=../../etc/cron.d/x"}).file("checkpoint/x", "x").finish(),
               QStringLiteral("./PaxHeaders/x"),
               QStringLiteral("pax extended header"));
        addRow("pax header overriding the path",
               ArchiveFormat::TarGzip,
               goodTar().pax({"path=../../etc/cron.d/x"}).file("checkpoint/x", "x").finish(),
               QStringLiteral("./PaxHeaders/x"),
               QStringLiteral("pax extended header"));
        addRow("pax header overriding the size",
               zst,
               goodTar().pax({"size=100000"}).file("checkpoint/x", "x").finish(),
               QStringLiteral("./PaxHeaders/x"),
               QStringLiteral("pax extended header"));
        addRow(
            "GNU long name",
            zst,
            goodTar().entry({.name = "././@LongLink", .type = 'L', .gnuMagic = true}, "checkpoint/" + QByteArray(200, 'a')).file("checkpoint/x", "x").finish(),
            QStringLiteral("././@LongLink"),
            QStringLiteral("GNU long name"));

        // Names that collide.
        addRow("duplicate file",
               zst,
               goodTar().file("checkpoint/pages-1.img", pages).finish(),
               QStringLiteral("checkpoint/pages-1.img"),
               QStringLiteral("appears twice"));
        addRow("duplicate file",
               zip,
               zipWith({.name = "checkpoint/pages-1.img", .data = pages}),
               QStringLiteral("checkpoint/pages-1.img"),
               QStringLiteral("appears twice"));
        addRow("file and folder of one name",
               zst,
               goodTar().directory("checkpoint/pages-1.img/").finish(),
               QStringLiteral("checkpoint/pages-1.img"),
               QStringLiteral("appears twice"));
        addRow("case collision",
               zst,
               goodTar().file("checkpoint/PAGES-1.img", pages).finish(),
               QStringLiteral("checkpoint/PAGES-1.img"),
               QStringLiteral("differs only in case"));

        // Zip only.
        addRow("zip names differ between central and local header",
               zip,
               zipWith({.name = "checkpoint/innocent", .data = "x", .centralName = "checkpoint/../../evil"}),
               QStringLiteral("checkpoint/../../evil"),
               QStringLiteral("\"..\" path component"));
        addRow("zip names differ, both valid",
               zip,
               RawZip::build(zipStart() + QList<RawZip::Item>{{.name = "checkpoint/other.img", .data = pages, .centralName = "checkpoint/pages-1.img"}}),
               QStringLiteral("checkpoint/pages-1.img"),
               QStringLiteral("another name (\"checkpoint/other.img\")"));
        addRow("encrypted zip entry",
               zip,
               zipWith({.name = "checkpoint/e", .data = "x", .flags = 1}),
               QStringLiteral("checkpoint/e"),
               QStringLiteral("encrypted"));

        // Content against the manifest.
        {
            const QByteArray lyingSize = editedManifest([](QJsonObject &o) {
                QJsonArray files = o.value(QStringLiteral("files")).toArray();
                QJsonObject first = files.at(0).toObject();
                first.insert(QStringLiteral("size"), 10);
                files.replace(0, first);
                o.insert(QStringLiteral("files"), files);
            });
            addRow("manifest lies about a size",
                   zst,
                   goodTar(lyingSize).finish(),
                   QStringLiteral("checkpoint/pages-1.img"),
                   QStringLiteral("the manifest says 10"));
            const QByteArray lyingHash = editedManifest([](QJsonObject &o) {
                QJsonArray files = o.value(QStringLiteral("files")).toArray();
                QJsonObject second = files.at(1).toObject();
                second.insert(QStringLiteral("sha256"), QString::fromLatin1(Sha256::hex("something else")));
                files.replace(1, second);
                o.insert(QStringLiteral("files"), files);
            });
            addRow("manifest lies about a hash", zst, goodTar(lyingHash).finish(), QStringLiteral("checkpoint/core-1.img"), QStringLiteral("SHA-256"));
            addRow("manifest lies about a hash",
                   zip,
                   RawZip::build(goodZipItems(lyingHash)),
                   QStringLiteral("checkpoint/core-1.img"),
                   QStringLiteral("SHA-256"));
        }
        addRow("missing file",
               zst,
               tarStart().file("checkpoint/pages-1.img", pages).finish(),
               QStringLiteral("checkpoint/core-1.img"),
               QStringLiteral("missing"));
        addRow("extra file",
               zst,
               goodTar().file("checkpoint/extra.img", "x").finish(),
               QStringLiteral("checkpoint/extra.img"),
               QStringLiteral("not listed in the manifest"));
        addRow("huge declared size",
               zst,
               tarWith({.name = "checkpoint/huge", .size = qint64(1) << 60, .base256Size = true}, {}),
               QStringLiteral("checkpoint/huge"),
               QStringLiteral("larger than the limit"));

        // Broken streams.
        addRow("truncated tar", zst, goodTar().finish().first(512 * 5 + 4000), QStringLiteral("checkpoint/pages-1.img"), QStringLiteral("truncated"));
        {
            // Large enough that the damage lands in the memory pages, not before the first entry.
            const QByteArray bigPages = pattern(600 * 1024, 3);
            const QByteArray manifest = manifestFor({{QStringLiteral("pages-1.img"), bigPages}, {QStringLiteral("core-1.img"), core}}).toJson();
            const QByteArray tar = tarStart(manifest).file("checkpoint/pages-1.img", bigPages).file("checkpoint/core-1.img", core).finish();
            const QString scratch = m_work.filePath(QStringLiteral("scratch"));
            QTest::addRow("corrupt compressed stream tar.zst") << int(zst) << corruptedStream(tar, zst, scratch + QStringLiteral(".tar.zst")) << true
                                                               << QStringLiteral("checkpoint/pages-1.img") << QStringLiteral("checkpoint/pages-1.img");
            QTest::addRow("corrupt compressed stream tar.gz")
                << int(ArchiveFormat::TarGzip) << corruptedStream(tar, ArchiveFormat::TarGzip, scratch + QStringLiteral(".tar.gz")) << true
                << QStringLiteral("checkpoint/pages-1.img") << QStringLiteral("checkpoint/pages-1.img");
        }

        // The manifest itself.
        {
            const QByteArray future = editedManifest([](QJsonObject &o) {
                o.insert(QStringLiteral("formatVersion"), 99);
            });
            addRow("unknown format version", zst, goodTar(future).finish(), QStringLiteral("manifest.json"), QStringLiteral("format version 99"));
            addRow("manifest not JSON", zst, goodTar("<xml/>").finish(), QStringLiteral("manifest.json"), QStringLiteral("not a JSON object"));
            addRow("manifest not JSON", zip, RawZip::build(goodZipItems("<xml/>")), QStringLiteral("manifest.json"), QStringLiteral("not a JSON object"));
            addRow("manifest not first",
                   zst,
                   RawTar().directory("checkpoint/").file("manifest.json", goodManifest()).finish(),
                   QStringLiteral("checkpoint"),
                   QStringLiteral("first entry must be manifest.json"));
        }

        // Names a file and a folder share, names the repacked tar cannot hold, names outside CRIU's and Stasis's characters.
        {
            const QByteArray both = manifestWith({{QStringLiteral("a/b"), "x"}, {QStringLiteral("a"), "y"}});
            addRow("file and folder of one name, the file last",
                   zst,
                   goodTar(both).file("checkpoint/a/b", "x").file("checkpoint/a", "y").finish(),
                   QStringLiteral("checkpoint/a"),
                   QStringLiteral("both as a file and as the folder of other files"));
            addRow("file and folder of one name, the file first",
                   zip,
                   RawZip::build(goodZipItems(both) + QList<RawZip::Item>{{.name = "checkpoint/a", .data = "y"}, {.name = "checkpoint/a/b", .data = "x"}}),
                   QStringLiteral("checkpoint/a"),
                   QStringLiteral("both as a file and as the folder of other files"));
            const QByteArray onlyFile = manifestWith({{QStringLiteral("a"), "y"}});
            addRow("folder entry under a later file",
                   zst,
                   goodTar(onlyFile).directory("checkpoint/a/b/").file("checkpoint/a", "y").finish(),
                   QStringLiteral("checkpoint/a/b"),
                   QStringLiteral("lies under the file \"checkpoint/a\""));
        }
        {
            const QString last = QString(120, QLatin1Char('n'));
            addRow("long last component",
                   zip,
                   RawZip::build(goodZipItems(manifestWith({{last, "x"}})) + QList<RawZip::Item>{{.name = "checkpoint/" + last.toLatin1(), .data = "x"}}),
                   QStringLiteral("checkpoint/") + last,
                   QStringLiteral("too long to repack"));
            const QByteArray folder(104, 'd');
            addRow("folder too long for its own header",
                   zst,
                   goodTar(manifestWith({{QString::fromLatin1(folder + "/x"), "x"}})).entry({.name = "x", .prefix = "checkpoint/" + folder}, "x").finish(),
                   QStringLiteral("checkpoint/") + QString::fromLatin1(folder) + QStringLiteral("/x"),
                   QStringLiteral("too long to repack"));
        }
        addRow("name ending in a newline", zst, tarWith({.name = "checkpoint/x\n"}), QStringLiteral("checkpoint/x\\x0a"), QStringLiteral("control character"));
        addRow("rich text in a name",
               zst,
               tarWith({.name = "checkpoint/<font color=green>\xe2\x9c\x94 Valid"}),
               QStringLiteral("checkpoint/<font color=green>\\u{2714} Valid"),
               QStringLiteral("has a character other than"));
        addRow("bidi character in a name",
               zst,
               goodTar(manifestWith({{QStringLiteral("\u202egpj.img"), "x"}})).file("checkpoint/\xe2\x80\xaegpj.img", "x").finish(),
               QStringLiteral("checkpoint/\\u{202e}gpj.img"),
               QStringLiteral("has a character other than"));

        // Data after the archive's end.
        {
            const QByteArray tar = goodTar().finish();
            const QByteArray junk = "trailing junk";
            const QString after = QStringLiteral("has %1 bytes after the end of its compressed stream");
            QTest::addRow("junk after the zstd frame") << int(zst) << compressed(tar, zst) + junk << true << QString() << after.arg(junk.size());
            const QByteArray zeros = compressed(QByteArray(10240, '\0'), ArchiveFormat::TarGzip);
            QTest::addRow("second gzip member") << int(ArchiveFormat::TarGzip) << compressed(tar, ArchiveFormat::TarGzip) + zeros << true << QString()
                                                << after.arg(zeros.size());
            addRow("data after the tar's end blocks", zst, tar + junk.leftJustified(512, '\0'), QString(), QStringLiteral("data after its end blocks"));
            QTest::addRow("junk after the zip's end record") << int(zip) << RawZip::build(goodZipItems()) + junk << true << QString()
                                                             << QStringLiteral("has %1 bytes after its end of central directory").arg(junk.size());
        }
    }

    void refused()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, archive);
        QFETCH(bool, compressed);
        QFETCH(QString, entry);
        QFETCH(QString, message);
        QVERIFY(!archive.isEmpty());
        const auto archiveFormat = ArchiveFormat(format);
        const QString fileName = archivePath(archiveFormat);
        if (compressed) {
            QFile file(fileName);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(archive), archive.size());
        } else {
            QVERIFY(writeArchive(fileName, archiveFormat, archive));
        }

        const Outcome outcome = import(fileName);
        QCOMPARE(outcome.error, int(Job::InvalidInput));
        QVERIFY2(outcome.text.contains(QLatin1String("nothing was imported")), qPrintable(outcome.text));
        QVERIFY2(outcome.text.contains(message), qPrintable(outcome.text));
        if (!entry.isEmpty()) {
            QVERIFY2(outcome.text.contains(QLatin1Char('"') + entry.left(60)), qPrintable(outcome.text));
        }
        verifyNothingChanged();
    }

    void stopsEarlyInBoundedMemory_data()
    {
        addZerosRows();
    }
    void stopsEarlyInBoundedMemory()
    {
        QFETCH(int, zeros);
        const ZerosCase zerosCase = zerosCases().at(zeros);
        const QString &entry = zerosCase.entry;
        const QString fileName = archivePath(ArchiveFormat::TarZstd);
        QVERIFY(writeZerosEntry(fileName, zerosCase));
        resetPeakRss();
        const Outcome outcome = import(fileName);
        const qint64 peak = peakRss() / 1024;
        qInfo("peak RSS during the import: %lld KiB", peak);
        QCOMPARE(outcome.error, int(Job::InvalidInput));
        QVERIFY2(outcome.text.contains(zerosCase.message), qPrintable(outcome.text));
        QVERIFY2(outcome.text.contains(QLatin1Char('"') + entry + QLatin1Char('"')), qPrintable(outcome.text));
        QVERIFY2(peak > 0 && peak < 256 * 1024, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peak)));
        verifyNothingChanged();
    }

    void millionTinyEntriesStopEarlyInBoundedMemory()
    {
        const QString fileName = archivePath(ArchiveFormat::TarZstd);
        {
            KCompressionDevice device(fileName, KCompressionDevice::Zstd);
            QVERIFY(device.open(QIODevice::WriteOnly));
            device.write(goodTar().finish(false));
            QByteArray batch;
            for (int i = 0; i < 1000000; ++i) {
                batch += RawTar::header({.name = "checkpoint/d" + QByteArray::number(i) + '/', .type = '5', .mode = 0700}, 0);
                if (batch.size() >= (1 << 20)) {
                    device.write(batch);
                    batch.clear();
                }
            }
            device.write(batch + QByteArray(1024, '\0'));
            device.close();
        }

        resetPeakRss();
        const Outcome outcome = import(fileName);
        const qint64 peak = peakRss() / 1024;
        qInfo("peak RSS during the import of a million entries: %lld KiB", peak);
        QCOMPARE(outcome.error, int(Job::InvalidInput));
        QVERIFY2(outcome.text.contains(QLatin1String("more than 10000 entries")), qPrintable(outcome.text));
        // manifest.json, checkpoint/ and two files come first.
        QVERIFY2(outcome.text.contains(QLatin1String("\"checkpoint/d9996\"")), qPrintable(outcome.text));
        QVERIFY2(peak > 0 && peak < 256 * 1024, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peak)));
        verifyNothingChanged();
    }
};

QTEST_GUILESS_MAIN(HostileImportTest)
#include "hostileimporttest.moc"
