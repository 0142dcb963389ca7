// SPDX-License-Identifier: GPL-2.0-or-later
// Hostile checkpoint archives, built byte by byte (KArchive cannot write
// them): each must be refused by ArchiveValidator with a message naming the
// offending entry, in bounded memory and without temporary files. Plus the
// well-formed archive in every format and the fresh tar FreshTarDevice
// makes of it.
#include "archiveformat.h"
#include "archivelimits.h"
#include "archivemanifest.h"
#include "archivevalidator.h"
#include "freshtardevice.h"
#include "samplearchives.h"
#include "sha256.h"
#include "tarstreamreader.h"
#include "validatedarchivesource.h"

#include <KCompressionDevice>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{

const QList<ArchiveFormat> tarFormats{ArchiveFormat::TarGzip, ArchiveFormat::TarZstd, ArchiveFormat::TarXz};

} // namespace

class HostileArchiveTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_privateTmp;
    int m_counter = 0;

    QString archivePath(ArchiveFormat format)
    {
        return m_work.filePath(QStringLiteral("a%1%2").arg(++m_counter).arg(ArchiveFormats::suffix(format)));
    }

    /// Rows for every tar format (when @p tar is not empty) and for zip (when @p zip is not empty).
    static void addRows(const char *name, const QByteArray &tar, const QByteArray &zip, const QString &entry, const QString &message)
    {
        if (!tar.isEmpty()) {
            for (const ArchiveFormat format : tarFormats) {
                QTest::addRow("%s %s", name, qPrintable(ArchiveFormats::name(format))) << int(format) << tar << entry << message;
            }
        }
        if (!zip.isEmpty()) {
            QTest::addRow("%s zip", name) << int(ArchiveFormat::Zip) << zip << entry << message;
        }
    }

    ArchiveValidation validate(const QString &fileName, ArchiveFormat format, const ArchiveLimits &limits = ArchiveLimits())
    {
        ArchiveValidator validator(fileName, format, limits);
        return validator.run();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_privateTmp = m_work.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_privateTmp));
        qputenv("TMPDIR", m_privateTmp.toLocal8Bit());
        QCOMPARE(QDir::tempPath(), m_privateTmp);
    }

    void cleanupTestCase()
    {
        // Nothing was ever staged in a temporary file.
        QCOMPARE(QDir(m_privateTmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System), QStringList());
    }

    void wellFormedValidates_data()
    {
        QTest::addColumn<int>("format");
        for (const ArchiveFormat format : ArchiveFormats::all()) {
            QTest::newRow(qPrintable(ArchiveFormats::name(format))) << int(format);
        }
    }
    void wellFormedValidates()
    {
        QFETCH(int, format);
        const auto archiveFormat = ArchiveFormat(format);
        const QString fileName = archivePath(archiveFormat);
        QVERIFY(writeArchive(fileName, archiveFormat, archiveFormat == ArchiveFormat::Zip ? RawZip::build(goodZipItems()) : goodTar().finish()));
        ArchiveValidator validator(fileName, archiveFormat, ArchiveLimits());
        const ArchiveValidation result = validator.run();
        QVERIFY2(result.ok(), qPrintable(result.problem));
        QVERIFY(result.manifest.has_value());
        QCOMPARE(*result.manifest, manifestFor(goodFiles));
        QCOMPARE(result.fileSizes, (QMap<QString, qint64>{{QStringLiteral("pages-1.img"), pages.size()}, {QStringLiteral("core-1.img"), core.size()}}));
        QCOMPARE(result.memoryPagesSize, pages.size());
        QCOMPARE(result.processCount, 1);
        QCOMPARE(validator.processedBytes(), validator.totalBytes());
    }

    void wellFormedWithDumpsValidates_data()
    {
        wellFormedValidates_data();
    }
    void wellFormedWithDumpsValidates()
    {
        QFETCH(int, format);
        const auto archiveFormat = ArchiveFormat(format);
        const QString fileName = archivePath(archiveFormat);
        const QByteArray manifest = manifestBeside({{QStringLiteral("config.dump"), configDump}, {QStringLiteral("spec.dump"), specDump}});
        // Beside the manifest, before or after the folder: both are the same archive.
        QVERIFY(writeArchive(fileName,
                             archiveFormat,
                             archiveFormat == ArchiveFormat::Zip
                                 ? RawZip::build(QList<RawZip::Item>{{.name = "manifest.json", .data = manifest}, {.name = "config.dump", .data = configDump}} +
                                                 goodZipItems(manifest).mid(1) + QList<RawZip::Item>{{.name = "spec.dump", .data = specDump}})
                                 : RawTar()
                                       .file("manifest.json", manifest)
                                       .file("config.dump", configDump)
                                       .directory("checkpoint/")
                                       .file("checkpoint/pages-1.img", pages)
                                       .file("checkpoint/core-1.img", core)
                                       .file("spec.dump", specDump)
                                       .finish()));
        const ArchiveValidation result = validate(fileName, archiveFormat);
        QVERIFY2(result.ok(), qPrintable(result.problem));
        QCOMPARE(result.manifest->topLevelFiles.size(), 2);
        QCOMPARE(result.fileSizes, (QMap<QString, qint64>{{QStringLiteral("pages-1.img"), pages.size()}, {QStringLiteral("core-1.img"), core.size()}}));
    }

    void formatOneValidates()
    {
        // The previous release's archives: version 1, nothing beside the manifest.
        const QByteArray manifest = editedManifest([](QJsonObject &object) {
            object.insert(QStringLiteral("formatVersion"), 1);
            object.remove(QStringLiteral("topLevelFiles"));
        });
        const QString fileName = archivePath(ArchiveFormat::TarZstd);
        QVERIFY(writeArchive(fileName, ArchiveFormat::TarZstd, goodTar(manifest).finish()));
        const ArchiveValidation result = validate(fileName, ArchiveFormat::TarZstd);
        QVERIFY2(result.ok(), qPrintable(result.problem));
        QCOMPARE(result.manifest->formatVersion, 1);
    }

    void validatesOnAWorkerThread()
    {
        const QString fileName = archivePath(ArchiveFormat::TarZstd);
        QVERIFY(writeArchive(fileName, ArchiveFormat::TarZstd, goodTar().finish()));
        auto validator = std::make_shared<ArchiveValidator>(fileName, ArchiveFormat::TarZstd, ArchiveLimits());
        QFuture<ArchiveValidation> future = ArchiveValidator::start(validator);
        bool done = false;
        ArchiveValidation result;
        future.then(this, [&](const ArchiveValidation &validation) {
            result = validation;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(result.ok(), qPrintable(result.problem));

        auto cancelled = std::make_shared<ArchiveValidator>(fileName, ArchiveFormat::TarZstd, ArchiveLimits());
        cancelled->cancel();
        const ArchiveValidation stopped = cancelled->run();
        QVERIFY(stopped.cancelled);
        QVERIFY(!stopped.ok());
    }

    void hostile_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("message");

        const auto tarWith = [](const RawTar::Header &h, const QByteArray &data = "x") {
            return goodTar().entry(h, data).finish();
        };
        const auto zipWith = [](const RawZip::Item &item) {
            return RawZip::build(goodZipItems() + QList<RawZip::Item>{item});
        };

        addRows("absolute path",
                tarWith({.name = "/checkpoint/x"}),
                zipWith({.name = "/checkpoint/x", .data = "x"}),
                QStringLiteral("/checkpoint/x"),
                QStringLiteral("absolute path"));
        addRows("dot-dot component",
                tarWith({.name = "checkpoint/../x"}),
                zipWith({.name = "checkpoint/../x", .data = "x"}),
                QStringLiteral("checkpoint/../x"),
                QStringLiteral("\"..\" path component"));
        addRows("empty component",
                tarWith({.name = "checkpoint//x"}),
                zipWith({.name = "checkpoint//x", .data = "x"}),
                QStringLiteral("checkpoint//x"),
                QStringLiteral("empty path component"));
        addRows("dot component",
                tarWith({.name = "checkpoint/./x"}),
                zipWith({.name = "checkpoint/./x", .data = "x"}),
                QStringLiteral("checkpoint/./x"),
                QStringLiteral("\".\" path component"));
        addRows("sibling escape through dot-dot",
                tarWith({.name = "checkpoint/../checkpoint-evil/x"}),
                zipWith({.name = "checkpoint/../checkpoint-evil/x", .data = "x"}),
                QStringLiteral("checkpoint/../checkpoint-evil/x"),
                QStringLiteral("\"..\" path component"));
        addRows("sibling prefix",
                tarWith({.name = "checkpoint-evil/x"}),
                zipWith({.name = "checkpoint-evil/x", .data = "x"}),
                QStringLiteral("checkpoint-evil/x"),
                QStringLiteral("outside the folder"));
        addRows("symlink",
                tarWith({.name = "checkpoint/link", .type = '2', .linkName = "/etc"}, {}),
                zipWith({.name = "checkpoint/link", .data = "/etc", .unixMode = 0120777, .deflate = false}),
                QStringLiteral("checkpoint/link"),
                QStringLiteral("symbolic link"));
        {
            // A file written through a symlink, both orders; the manifest lists the file.
            const QList<std::pair<QString, QByteArray>> files = goodFiles + QList<std::pair<QString, QByteArray>>{{QStringLiteral("l/x"), "x"}};
            const QByteArray manifest = manifestFor(files).toJson();
            addRows("symlink then file through it",
                    goodTar(manifest).entry({.name = "checkpoint/l", .type = '2', .linkName = "/tmp"}).file("checkpoint/l/x", "x").finish(),
                    RawZip::build(goodZipItems(manifest) +
                                  QList<RawZip::Item>{{.name = "checkpoint/l", .data = "/tmp", .unixMode = 0120777}, {.name = "checkpoint/l/x", .data = "x"}}),
                    QStringLiteral("checkpoint/l"),
                    QStringLiteral("symbolic link"));
            addRows("file then symlink over its folder",
                    goodTar(manifest).file("checkpoint/l/x", "x").entry({.name = "checkpoint/l", .type = '2', .linkName = "/tmp"}).finish(),
                    RawZip::build(goodZipItems(manifest) +
                                  QList<RawZip::Item>{{.name = "checkpoint/l/x", .data = "x"}, {.name = "checkpoint/l", .data = "/tmp", .unixMode = 0120777}}),
                    QStringLiteral("checkpoint/l"),
                    QStringLiteral("symbolic link"));
        }
        addRows("symlink folder with children",
                goodTar().entry({.name = "checkpoint/d/", .type = '2', .linkName = "/etc"}).file("checkpoint/d/passwd", "x").finish(),
                {},
                QStringLiteral("checkpoint/d/"),
                QStringLiteral("symbolic link"));
        addRows("hardlink",
                tarWith({.name = "checkpoint/h", .type = '1', .linkName = "manifest.json"}, {}),
                {},
                QStringLiteral("checkpoint/h"),
                QStringLiteral("hard link"));
        addRows("char device", tarWith({.name = "checkpoint/c", .type = '3'}, {}), {}, QStringLiteral("checkpoint/c"), QStringLiteral("character device"));
        addRows("block device", tarWith({.name = "checkpoint/b", .type = '4'}, {}), {}, QStringLiteral("checkpoint/b"), QStringLiteral("block device"));
        addRows("fifo", tarWith({.name = "checkpoint/f", .type = '6'}, {}), {}, QStringLiteral("checkpoint/f"), QStringLiteral("FIFO"));
        QTest::addRow("fifo zip") << int(ArchiveFormat::Zip) << zipWith({.name = "checkpoint/f", .unixMode = 010600, .deflate = false})
                                  << QStringLiteral("checkpoint/f") << QStringLiteral("special file");
        addRows("file with a link name",
                tarWith({.name = "checkpoint/t0", .linkName = "/etc/shadow"}),
                {},
                QStringLiteral("checkpoint/t0"),
                QStringLiteral("link target"));
        addRows("duplicate file",
                goodTar().file("checkpoint/pages-1.img", pages).finish(),
                zipWith({.name = "checkpoint/pages-1.img", .data = pages}),
                QStringLiteral("checkpoint/pages-1.img"),
                QStringLiteral("appears twice"));
        addRows("file and folder of one name",
                goodTar().directory("checkpoint/pages-1.img/").finish(),
                zipWith({.name = "checkpoint/pages-1.img/", .unixMode = 040700, .deflate = false}),
                QStringLiteral("checkpoint/pages-1.img"),
                QStringLiteral("appears twice"));
        addRows("case collision",
                goodTar().file("checkpoint/PAGES-1.img", pages).finish(),
                zipWith({.name = "checkpoint/PAGES-1.img", .data = pages}),
                QStringLiteral("checkpoint/PAGES-1.img"),
                QStringLiteral("differs only in case"));
        addRows("pax header overriding the path",
                goodTar().pax({"path=../../etc/cron.d/x"}).file("checkpoint/x", "x").finish(),
                {},
                QStringLiteral("./PaxHeaders/x"),
                QStringLiteral("pax extended header"));
        addRows("pax header overriding the size",
                goodTar().pax({"size=100000"}).file("checkpoint/x", "x").finish(),
                {},
                QStringLiteral("./PaxHeaders/x"),
                QStringLiteral("pax extended header"));
        addRows(
            "GNU long name",
            goodTar().entry({.name = "././@LongLink", .type = 'L', .gnuMagic = true}, "checkpoint/" + QByteArray(200, 'a')).file("checkpoint/x", "x").finish(),
            {},
            QStringLiteral("././@LongLink"),
            QStringLiteral("GNU long name"));
        addRows("sparse file", tarWith({.name = "checkpoint/s", .type = 'S', .gnuMagic = true}), {}, QStringLiteral("checkpoint/s"), QStringLiteral("sparse"));
        addRows("zip names differ between central and local header",
                {},
                zipWith({.name = "checkpoint/innocent", .data = "x", .centralName = "checkpoint/../../evil"}),
                QStringLiteral("checkpoint/../../evil"),
                QStringLiteral("\"..\" path component"));
        addRows("zip names differ, both valid",
                {},
                RawZip::build(zipStart() + QList<RawZip::Item>{{.name = "checkpoint/other.img", .data = pages, .centralName = "checkpoint/pages-1.img"}}),
                QStringLiteral("checkpoint/pages-1.img"),
                QStringLiteral("another name (\"checkpoint/other.img\")"));
        addRows("encrypted zip entry",
                {},
                zipWith({.name = "checkpoint/e", .data = "x", .flags = 1}),
                QStringLiteral("checkpoint/e"),
                QStringLiteral("encrypted"));
        addRows("zip64 entry",
                {},
                zipWith({.name = "checkpoint/z", .data = "x", .zip64Marker = true}),
                QStringLiteral("checkpoint/z"),
                QStringLiteral("zip64"));
        addRows("NUL in a name",
                tarWith({.name = QByteArray("checkpoint/a\0b", 14)}),
                zipWith({.name = QByteArray("checkpoint/a\0b", 14), .data = "x"}),
                QStringLiteral("checkpoint/a\\x00b"),
                QStringLiteral("NUL"));
        addRows("control character in a name",
                tarWith({.name = "checkpoint/a\x1b[2Jb"}),
                zipWith({.name = "checkpoint/a\x1b[2Jb", .data = "x"}),
                QStringLiteral("checkpoint/a\\x1b[2Jb"),
                QStringLiteral("control character"));
        addRows("name not UTF-8",
                tarWith({.name = "checkpoint/\xe9t\xe9"}),
                zipWith({.name = "checkpoint/\xe9t\xe9", .data = "x"}),
                QStringLiteral("checkpoint/\\xe9t\\xe9"),
                QStringLiteral("not valid UTF-8"));
        {
            const QByteArray longName = "checkpoint/" + QByteArray(144, 'p') + '/' + QByteArray(100, 'n');
            const QString shown = QString::fromLatin1(longName.first(200)) + QStringLiteral("…");
            addRows("name too long",
                    tarWith({.name = QByteArray(100, 'n'), .prefix = "checkpoint/" + QByteArray(144, 'p')}),
                    zipWith({.name = longName, .data = "x"}),
                    shown,
                    QStringLiteral("longer than 255 bytes"));
        }
        addRows("too deep",
                tarWith({.name = "checkpoint/1/2/3/4/5/6/7/x"}),
                zipWith({.name = "checkpoint/1/2/3/4/5/6/7/x", .data = "x"}),
                QStringLiteral("checkpoint/1/2/3/4/5/6/7/x"),
                QStringLiteral("deeper than 8"));
        {
            const QByteArray lyingSize = editedManifest([](QJsonObject &o) {
                QJsonArray files = o.value(QStringLiteral("files")).toArray();
                QJsonObject first = files.at(0).toObject();
                first.insert(QStringLiteral("size"), 10);
                files.replace(0, first);
                o.insert(QStringLiteral("files"), files);
            });
            addRows("manifest lies about a size",
                    goodTar(lyingSize).finish(),
                    RawZip::build(goodZipItems(lyingSize)),
                    QStringLiteral("checkpoint/pages-1.img"),
                    QStringLiteral("the manifest says 10"));
            const QByteArray lyingHash = editedManifest([](QJsonObject &o) {
                QJsonArray files = o.value(QStringLiteral("files")).toArray();
                QJsonObject second = files.at(1).toObject();
                second.insert(QStringLiteral("sha256"), QString::fromLatin1(Sha256::hex("something else")));
                files.replace(1, second);
                o.insert(QStringLiteral("files"), files);
            });
            addRows("manifest lies about a hash",
                    goodTar(lyingHash).finish(),
                    RawZip::build(goodZipItems(lyingHash)),
                    QStringLiteral("checkpoint/core-1.img"),
                    QStringLiteral("SHA-256"));
        }
        addRows("missing file",
                tarStart().file("checkpoint/pages-1.img", pages).finish(),
                RawZip::build(zipStart() + QList<RawZip::Item>{{.name = "checkpoint/pages-1.img", .data = pages}}),
                QStringLiteral("checkpoint/core-1.img"),
                QStringLiteral("missing"));
        addRows("extra file",
                goodTar().file("checkpoint/extra.img", "x").finish(),
                zipWith({.name = "checkpoint/extra.img", .data = "x"}),
                QStringLiteral("checkpoint/extra.img"),
                QStringLiteral("not listed in the manifest"));
        {
            const QByteArray good = goodTar().finish();
            addRows("truncated tar", good.first(512 * 5 + 4000), {}, QStringLiteral("checkpoint/pages-1.img"), QStringLiteral("truncated"));
            const QByteArray zip = RawZip::build(goodZipItems());
            QTest::addRow("truncated zip") << int(ArchiveFormat::Zip) << zip.first(zip.size() - 30) << QString()
                                           << QStringLiteral("no end of central directory");
            QByteArray corruptZip = zip;
            const qsizetype at = corruptZip.indexOf("checkpoint/pages-1.img") + 22 + 100;
            corruptZip[at] = char(corruptZip[at] ^ 0x55);
            QTest::addRow("corrupt deflate stream zip")
                << int(ArchiveFormat::Zip) << corruptZip << QStringLiteral("checkpoint/pages-1.img") << QStringLiteral("checkpoint/pages-1.img");
        }
        addRows("huge declared size",
                tarWith({.name = "checkpoint/huge", .size = qint64(1) << 60, .base256Size = true}, {}),
                {},
                QStringLiteral("checkpoint/huge"),
                QStringLiteral("larger than the limit"));
        {
            const QByteArray future = editedManifest([](QJsonObject &o) {
                o.insert(QStringLiteral("formatVersion"), 99);
            });
            addRows("unknown format version",
                    goodTar(future).finish(),
                    RawZip::build(goodZipItems(future)),
                    QStringLiteral("manifest.json"),
                    QStringLiteral("format version 99"));
            addRows("manifest not JSON",
                    goodTar("<xml/>").finish(),
                    RawZip::build(goodZipItems("<xml/>")),
                    QStringLiteral("manifest.json"),
                    QStringLiteral("not a JSON object"));
            addRows("manifest not first",
                    RawTar().directory("checkpoint/").file("manifest.json", goodManifest()).finish(),
                    RawZip::build({{.name = "checkpoint/", .unixMode = 040700, .deflate = false}, {.name = "manifest.json", .data = goodManifest()}}),
                    QStringLiteral("checkpoint"),
                    QStringLiteral("first entry must be manifest.json"));
        }
        {
            // A file and a folder of one name, both orders; the manifest lists both files.
            const QByteArray both = manifestWith({{QStringLiteral("a/b"), "x"}, {QStringLiteral("a"), "y"}});
            const RawZip::Item underFile{.name = "checkpoint/a/b", .data = "x"};
            const RawZip::Item file{.name = "checkpoint/a", .data = "y"};
            addRows("file and folder of one name, the file last",
                    goodTar(both).file("checkpoint/a/b", "x").file("checkpoint/a", "y").finish(),
                    RawZip::build(goodZipItems(both) + QList<RawZip::Item>{underFile, file}),
                    QStringLiteral("checkpoint/a"),
                    QStringLiteral("both as a file and as the folder of other files"));
            addRows("file and folder of one name, the file first",
                    goodTar(both).file("checkpoint/a", "y").file("checkpoint/a/b", "x").finish(),
                    RawZip::build(goodZipItems(both) + QList<RawZip::Item>{file, underFile}),
                    QStringLiteral("checkpoint/a"),
                    QStringLiteral("both as a file and as the folder of other files"));
            // The manifest lists only the file; a folder entry before it lies under it.
            const QByteArray onlyFile = manifestWith({{QStringLiteral("a"), "y"}});
            addRows("folder entry under a later file",
                    goodTar(onlyFile).directory("checkpoint/a/b/").file("checkpoint/a", "y").finish(),
                    RawZip::build(goodZipItems(onlyFile) + QList<RawZip::Item>{{.name = "checkpoint/a/b/", .unixMode = 040700, .deflate = false}, file}),
                    QStringLiteral("checkpoint/a/b"),
                    QStringLiteral("lies under the file \"checkpoint/a\""));
        }
        {
            // Valid in the archive, too long once the import's own 50-byte folder replaces "checkpoint".
            const QString last = QString(120, QLatin1Char('n'));
            addRows("long last component",
                    {},
                    RawZip::build(goodZipItems(manifestWith({{last, "x"}})) + QList<RawZip::Item>{{.name = "checkpoint/" + last.toLatin1(), .data = "x"}}),
                    QStringLiteral("checkpoint/") + last,
                    QStringLiteral("too long to repack"));
            const QByteArray folder = QByteArray(110, 'd');
            addRows("long folder",
                    goodTar(manifestWith({{QString::fromLatin1(folder + "/x"), "x"}})).entry({.name = "x", .prefix = "checkpoint/" + folder}, "x").finish(),
                    RawZip::build(goodZipItems(manifestWith({{QString::fromLatin1(folder + "/x"), "x"}})) +
                                  QList<RawZip::Item>{{.name = "checkpoint/" + folder + "/x", .data = "x"}}),
                    QStringLiteral("checkpoint/") + QString::fromLatin1(folder) + QStringLiteral("/x"),
                    QStringLiteral("too long to repack"));
            // 104 bytes of folder: the file fits a header, its folder's own header does not.
            const QByteArray folder104 = QByteArray(104, 'd');
            addRows(
                "folder too long for its own header",
                goodTar(manifestWith({{QString::fromLatin1(folder104 + "/x"), "x"}})).entry({.name = "x", .prefix = "checkpoint/" + folder104}, "x").finish(),
                {},
                QStringLiteral("checkpoint/") + QString::fromLatin1(folder104) + QStringLiteral("/x"),
                QStringLiteral("too long to repack"));
        }
        addRows("name ending in a newline",
                tarWith({.name = "checkpoint/x\n"}),
                zipWith({.name = "checkpoint/x\n", .data = "x"}),
                QStringLiteral("checkpoint/x\\x0a"),
                QStringLiteral("control character"));
        addRows("rich text in a name",
                tarWith({.name = "checkpoint/<font color=green>\xe2\x9c\x94 Valid"}),
                zipWith({.name = "checkpoint/<font color=green>\xe2\x9c\x94 Valid", .data = "x"}),
                QStringLiteral("checkpoint/<font color=green>\\u{2714} Valid"),
                QStringLiteral("has a character other than"));
        {
            // Right-to-left override, listed in the manifest: "gpj.img" shows as "gmi.jpg".
            const QByteArray bidi = manifestWith({{QStringLiteral("\u202egpj.img"), "x"}});
            addRows("bidi character in a name",
                    goodTar(bidi).file("checkpoint/\xe2\x80\xaegpj.img", "x").finish(),
                    RawZip::build(goodZipItems(bidi) + QList<RawZip::Item>{{.name = "checkpoint/\xe2\x80\xaegpj.img", .data = "x"}}),
                    QStringLiteral("checkpoint/\\u{202e}gpj.img"),
                    QStringLiteral("has a character other than"));
        }
        addRows("zero-width character in a name",
                tarWith({.name = "checkpoint/pages\xe2\x80\x8b-1.img"}),
                zipWith({.name = "checkpoint/pages\xe2\x80\x8b-1.img", .data = "x"}),
                QStringLiteral("checkpoint/pages\\u{200b}-1.img"),
                QStringLiteral("has a character other than"));
        {
            const QByteArray metadata(70000, ' ');
            const QByteArray manifest = manifestWith({{QStringLiteral("stasis.json"), metadata}});
            addRows("stasis.json over its limit",
                    goodTar(manifest).file("checkpoint/stasis.json", metadata).finish(),
                    RawZip::build(goodZipItems(manifest) + QList<RawZip::Item>{{.name = "checkpoint/stasis.json", .data = metadata}}),
                    QStringLiteral("checkpoint/stasis.json"),
                    QStringLiteral("larger than the limit of 65536 bytes"));
        }
        {
            const QByteArray big(1024 * 1024 + 1, ' ');
            const QByteArray manifest = manifestBeside({{QStringLiteral("config.dump"), big}});
            addRows("config.dump over its limit",
                    goodTar(manifest).file("config.dump", big).finish(),
                    RawZip::build(goodZipItems(manifest) + QList<RawZip::Item>{{.name = "config.dump", .data = big}}),
                    QStringLiteral("config.dump"),
                    QStringLiteral("larger than the limit of 1048576 bytes"));
        }
        addRows("config.dump not in the manifest",
                goodTar().file("config.dump", configDump).finish(),
                RawZip::build(goodZipItems() + QList<RawZip::Item>{{.name = "config.dump", .data = configDump}}),
                QStringLiteral("config.dump"),
                QStringLiteral("not listed in the manifest"));
        {
            const QByteArray manifest = manifestBeside({{QStringLiteral("run.sh"), "x"}});
            addRows("another file beside the manifest",
                    goodTar(manifest).file("run.sh", "x").finish(),
                    RawZip::build(goodZipItems(manifest) + QList<RawZip::Item>{{.name = "run.sh", .data = "x"}}),
                    QStringLiteral("run.sh"),
                    QStringLiteral("where only config.dump, spec.dump, rootfs-diff.tar, deleted.files, image.tar and volumes/NAME.tar may be"));
        }
        {
            const QByteArray manifest = manifestBeside({{QStringLiteral("config.dump"), configDump}, {QStringLiteral("spec.dump"), specDump}});
            QByteArray other = configDump;
            other.replace("counter", "Counter");
            addRows(
                "config.dump not as hashed",
                goodTar(manifest).file("config.dump", other).file("spec.dump", specDump).finish(),
                RawZip::build(goodZipItems(manifest) + QList<RawZip::Item>{{.name = "config.dump", .data = other}, {.name = "spec.dump", .data = specDump}}),
                QStringLiteral("config.dump"),
                QStringLiteral("does not match the SHA-256"));
            addRows("spec.dump missing",
                    goodTar(manifest).file("config.dump", configDump).finish(),
                    RawZip::build(goodZipItems(manifest) + QList<RawZip::Item>{{.name = "config.dump", .data = configDump}}),
                    QStringLiteral("spec.dump"),
                    QStringLiteral("missing from the archive"));
            addRows(
                "spec.dump a folder",
                goodTar(manifest).file("config.dump", configDump).directory("spec.dump/").finish(),
                RawZip::build(goodZipItems(manifest) +
                              QList<RawZip::Item>{{.name = "config.dump", .data = configDump}, {.name = "spec.dump/", .unixMode = 040700, .deflate = false}}),
                QStringLiteral("spec.dump"),
                QStringLiteral("must be a file"));
            addRows("config.dump twice",
                    goodTar(manifest).file("config.dump", configDump).file("spec.dump", specDump).file("config.dump", configDump).finish(),
                    {},
                    QStringLiteral("config.dump"),
                    QStringLiteral("appears twice"));
        }
    }
    void hostile()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, archive);
        QFETCH(QString, entry);
        QFETCH(QString, message);
        const auto archiveFormat = ArchiveFormat(format);
        const QString fileName = archivePath(archiveFormat);
        QVERIFY(writeArchive(fileName, archiveFormat, archive));
        const ArchiveValidation result = validate(fileName, archiveFormat);
        QVERIFY2(!result.ok(), "a hostile archive passed");
        QVERIFY2(result.problem.contains(message), qPrintable(result.problem));
        QCOMPARE(result.offendingEntry, entry);
        if (!entry.isEmpty()) {
            QVERIFY2(result.problem.contains(QLatin1Char('"') + entry.left(60)), qPrintable(result.problem));
        }
    }

    void trailingData_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QString>("message");
        const QByteArray tar = goodTar().finish();
        const QByteArray junk = "trailing junk";
        const auto after = [](qsizetype bytes) {
            return QStringLiteral("has %1 bytes after the end of its compressed stream").arg(bytes);
        };
        for (const ArchiveFormat format : tarFormats) {
            QTest::addRow("junk after the %s stream", qPrintable(ArchiveFormats::name(format)))
                << int(format) << compressed(tar, format) + junk << after(junk.size());
            // Zeros after the tar's end would pass as padding, were they in the first stream.
            const QByteArray second = compressed(QByteArray(10240, '\0'), format);
            QTest::addRow("second %s stream of zeros", qPrintable(ArchiveFormats::name(format)))
                << int(format) << compressed(tar, format) + second << after(second.size());
            QTest::addRow("data after the tar's end blocks %s", qPrintable(ArchiveFormats::name(format)))
                << int(format) << compressed(tar + junk.leftJustified(512, '\0'), format) << QStringLiteral("data after its end blocks");
        }
        const QByteArray zip = RawZip::build(goodZipItems());
        QTest::newRow("junk after the zip's end record")
            << int(ArchiveFormat::Zip) << zip + junk << QStringLiteral("has %1 bytes after its end of central directory").arg(junk.size());
        QTest::newRow("zip comment") << int(ArchiveFormat::Zip) << RawZip::build(goodZipItems(), junk)
                                     << QStringLiteral("has %1 bytes after its end of central directory").arg(junk.size());
    }
    void trailingData()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, archive);
        QFETCH(QString, message);
        const QString fileName = archivePath(ArchiveFormat(format));
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(archive), archive.size());
        file.close();
        const ArchiveValidation result = validate(fileName, ArchiveFormat(format));
        QVERIFY2(!result.ok(), "an archive with trailing data passed");
        QVERIFY2(result.problem.contains(message), qPrintable(result.problem));
    }

    void corruptCompressedStream_data()
    {
        QTest::addColumn<int>("format");
        for (const ArchiveFormat format : tarFormats) {
            QTest::newRow(qPrintable(ArchiveFormats::name(format))) << int(format);
        }
    }
    void corruptCompressedStream()
    {
        QFETCH(int, format);
        const auto archiveFormat = ArchiveFormat(format);
        const QString fileName = archivePath(archiveFormat);
        QVERIFY(writeArchive(fileName, archiveFormat, goodTar().finish()));
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 16; ++i) {
            bytes[i] = char(bytes[i] ^ 0xa5);
        }
        QVERIFY(file.seek(0));
        file.write(bytes);
        file.close();
        const ArchiveValidation result = validate(fileName, archiveFormat);
        QVERIFY(!result.ok());
        QVERIFY2(!result.offendingEntry.isEmpty() && result.problem.contains(result.offendingEntry), qPrintable(result.problem));

        // Cut short.
        QVERIFY(writeArchive(fileName, archiveFormat, goodTar().finish()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        const ArchiveValidation cut = validate(fileName, archiveFormat);
        QVERIFY(!cut.ok());
        QVERIFY2(cut.problem.contains(QLatin1String("truncated")), qPrintable(cut.problem));
        // zstd hands out nothing before a whole block (this archive is one block): then there is no entry to name.
        QVERIFY2(cut.offendingEntry.isEmpty() ? cut.problem.contains(QLatin1String("before its first entry")) : cut.problem.contains(cut.offendingEntry),
                 qPrintable(cut.problem));
    }

    void stopsEarly_data()
    {
        addZerosRows();
    }
    void stopsEarly()
    {
        QFETCH(int, zeros);
        const ZerosCase zerosCase = zerosCases().at(zeros);
        const QString &entry = zerosCase.entry;
        const QString fileName = archivePath(ArchiveFormat::TarZstd);
        QVERIFY(writeZerosEntry(fileName, zerosCase));
        resetPeakRss();
        const ArchiveValidation result = validate(fileName, ArchiveFormat::TarZstd);
        const qint64 peak = peakRss() / 1024;
        qInfo("peak RSS %lld KiB", peak);
        QVERIFY(!result.ok());
        QVERIFY2(result.problem.contains(zerosCase.message), qPrintable(result.problem));
        QCOMPARE(result.offendingEntry, entry);
        QVERIFY(result.problem.contains(QLatin1Char('"') + entry + QLatin1Char('"')));
        QVERIFY2(peak > 0 && peak < 256 * 1024, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peak)));
    }

    void millionTinyEntries()
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
        const ArchiveValidation result = validate(fileName, ArchiveFormat::TarZstd);
        const qint64 peak = peakRss() / 1024;
        qInfo("peak RSS %lld KiB", peak);
        QVERIFY(!result.ok());
        QVERIFY2(result.problem.contains(QLatin1String("more than 10000 entries")), qPrintable(result.problem));
        // manifest.json, checkpoint/ and two files come first.
        QCOMPARE(result.offendingEntry, QStringLiteral("checkpoint/d9996"));
        QVERIFY2(peak > 0 && peak < 256 * 1024, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peak)));
    }

    void uploadIsAFreshRootOwnedTar_data()
    {
        wellFormedValidates_data();
    }
    void uploadIsAFreshRootOwnedTar()
    {
        QFETCH(int, format);
        const auto archiveFormat = ArchiveFormat(format);
        const QString fileName = archivePath(archiveFormat);
        // The archive's own headers say 0755/0644 and setuid, its manifest a date in 2200: none of it may pass.
        // The dumps beside the manifest are for other tools: they are not sent.
        const QByteArray besideManifest = manifestBeside({{QStringLiteral("config.dump"), configDump}, {QStringLiteral("spec.dump"), specDump}});
        const QByteArray manifest = QJsonDocument([&] {
                                        QJsonObject object = QJsonDocument::fromJson(besideManifest).object();
                                        QJsonObject checkpoint = object.value(QLatin1String("checkpoint")).toObject();
                                        checkpoint.insert(QStringLiteral("created"), QStringLiteral("2200-01-01T00:00:00Z"));
                                        object.insert(QStringLiteral("checkpoint"), checkpoint);
                                        return object;
                                    }())
                                        .toJson();
        const QByteArray archive = archiveFormat == ArchiveFormat::Zip ? RawZip::build({{.name = "manifest.json", .data = manifest},
                                                                                        {.name = "config.dump", .data = configDump},
                                                                                        {.name = "spec.dump", .data = specDump},
                                                                                        {.name = "checkpoint/", .unixMode = 040777, .deflate = false},
                                                                                        {.name = "checkpoint/pages-1.img", .data = pages, .unixMode = 0104755},
                                                                                        {.name = "checkpoint/core-1.img", .data = core, .unixMode = 0100666}})
                                                                       : RawTar()
                                                                             .file("manifest.json", manifest)
                                                                             .file("config.dump", configDump)
                                                                             .file("spec.dump", specDump)
                                                                             .entry({.name = "checkpoint/", .type = '5', .mode = 0777})
                                                                             .entry({.name = "checkpoint/pages-1.img", .mode = 04755}, pages)
                                                                             .entry({.name = "checkpoint/core-1.img", .mode = 0666}, core)
                                                                             .finish();
        QVERIFY(writeArchive(fileName, archiveFormat, archive));
        const ArchiveValidation validation = validate(fileName, archiveFormat);
        QVERIFY2(validation.ok(), qPrintable(validation.problem));

        const std::unique_ptr<FreshTarDevice> uploadDevice =
            ValidatedArchiveSource::device(fileName, archiveFormat, *validation.manifest, QStringLiteral("stasis-import-1234"), ArchiveLimits());
        FreshTarDevice &device = *uploadDevice;
        QVERIFY(device.open(QIODevice::ReadOnly));
        const qint64 announced = device.size();
        QByteArray tar;
        char buffer[1 << 20];
        for (;;) {
            const qint64 count = device.read(buffer, sizeof buffer);
            QVERIFY2(count >= 0, qPrintable(device.errorString()));
            if (count == 0 && device.atEnd()) {
                break;
            }
            if (count == 0) {
                device.waitForReadyRead(10000);
            }
            tar.append(buffer, count);
        }
        QVERIFY(device.atEnd());
        QCOMPARE(tar.size(), announced);

        const QString tarName = m_work.filePath(QStringLiteral("upload%1.tar").arg(format));
        QFile out(tarName);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(tar);
        out.close();
        QProcess listing;
        QSignalSpy finished(&listing, &QProcess::finished);
        listing.start(QStringLiteral("tar"), {QStringLiteral("-tvv"), QStringLiteral("--numeric-owner"), QStringLiteral("-f"), tarName});
        QVERIFY(finished.wait(30000));
        QCOMPARE(listing.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(listing.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("drwx------ 0/0 ")) && lines.at(0).endsWith(QLatin1String(" stasis-import-1234/")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("-rw------- 0/0 ")) && lines.at(1).endsWith(QLatin1String(" stasis-import-1234/pages-1.img")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("-rw------- 0/0 ")) && lines.at(2).endsWith(QLatin1String(" stasis-import-1234/core-1.img")),
                 qPrintable(lines.at(2)));

        // Its contents hash as the manifest says.
        struct Hasher : TarStreamReader::Handler {
            QMap<QString, QByteArray> hashes;
            QString path;
            Sha256 hash;
            QDateTime latest;
            bool entryStarted(const TarEntry &entry) override
            {
                path = entry.path;
                latest = std::max(latest, entry.modified);
                return true;
            }
            bool entryData(QByteArrayView chunk) override
            {
                hash.addData(chunk);
                return true;
            }
            bool entryFinished() override
            {
                hashes.insert(path, hash.hexResult());
                return true;
            }
        } hasher;
        TarStreamReader reader(&hasher);
        QVERIFY(reader.feed(tar));
        QVERIFY(reader.finish());
        for (const ArchiveFileEntry &file : std::as_const(validation.manifest->files)) {
            QCOMPARE(hasher.hashes.value(QStringLiteral("stasis-import-1234/") + file.path), file.sha256);
        }
        QVERIFY2(hasher.latest.isValid() && hasher.latest <= QDateTime::currentDateTimeUtc(), qPrintable(hasher.latest.toString(Qt::ISODate)));
    }

    void uploadHashesOffTheGuiThread()
    {
        const QString fileName = archivePath(ArchiveFormat::TarZstd);
        QVERIFY(writeArchive(fileName, ArchiveFormat::TarZstd, goodTar().finish()));
        const ArchiveValidation validation = validate(fileName, ArchiveFormat::TarZstd);
        QVERIFY2(validation.ok(), qPrintable(validation.problem));
        auto source = std::make_unique<ValidatedArchiveSource>(fileName, ArchiveFormat::TarZstd, *validation.manifest, ArchiveLimits());
        const ValidatedArchiveSource *watched = source.get();
        FreshTarDevice device(validation.manifest->files, QStringLiteral("stasis-import-1"), validation.manifest->checkpoint.created, std::move(source));
        QVERIFY(device.open(QIODevice::ReadOnly));
        QByteArray tar;
        connect(&device, &QIODevice::readyRead, this, [&] {
            tar += device.readAll();
        });
        tar += device.readAll(); // starts the source
        QTRY_VERIFY_WITH_TIMEOUT(device.atEnd(), 10000);
        QVERIFY2(!device.hasFailed(), qPrintable(device.errorString()));
        QCOMPARE(tar.size(), device.size());
        QVERIFY(watched->hashingThread() != nullptr);
        QVERIFY(watched->hashingThread() != QCoreApplication::instance()->thread());
    }

    void uploadFailsWhenTheArchiveChanged_data()
    {
        wellFormedValidates_data();
    }
    void uploadFailsWhenTheArchiveChanged()
    {
        QFETCH(int, format);
        const auto archiveFormat = ArchiveFormat(format);
        const QString fileName = archivePath(archiveFormat);
        QVERIFY(writeArchive(fileName, archiveFormat, archiveFormat == ArchiveFormat::Zip ? RawZip::build(goodZipItems()) : goodTar().finish()));
        const ArchiveValidation validation = validate(fileName, archiveFormat);
        QVERIFY2(validation.ok(), qPrintable(validation.problem));

        // Same names and sizes, other memory pages.
        const QByteArray otherPages = pattern(pages.size(), 7);
        QVERIFY(writeArchive(
            fileName,
            archiveFormat,
            archiveFormat == ArchiveFormat::Zip
                ? RawZip::build(zipStart() +
                                QList<RawZip::Item>{{.name = "checkpoint/pages-1.img", .data = otherPages}, {.name = "checkpoint/core-1.img", .data = core}})
                : tarStart().file("checkpoint/pages-1.img", otherPages).file("checkpoint/core-1.img", core).finish()));
        const std::unique_ptr<FreshTarDevice> uploadDevice =
            ValidatedArchiveSource::device(fileName, archiveFormat, *validation.manifest, QStringLiteral("stasis-import-1"), ArchiveLimits());
        FreshTarDevice &device = *uploadDevice;
        QVERIFY(device.open(QIODevice::ReadOnly));
        char buffer[1 << 16];
        qint64 count = 0;
        do {
            count = device.read(buffer, sizeof buffer);
        } while (count > 0 || (count == 0 && !device.atEnd() && device.waitForReadyRead(10000)));
        QCOMPARE(count, qint64(-1));
        QVERIFY2(device.errorString().contains(QLatin1String("\"checkpoint/pages-1.img\"")), qPrintable(device.errorString()));
    }

    void limitsFromSettings()
    {
        QSettings settings(m_work.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("archives/maxTotalSize"), 1000);
        settings.setValue(QStringLiteral("archives/maxEntries"), QStringLiteral("nonsense"));
        settings.setValue(QStringLiteral("archives/maxCompressionRatio"), 50);
        const ArchiveLimits limits = ArchiveLimits::fromSettings(settings);
        QCOMPARE(limits.maxTotalSize, 1000);
        QCOMPARE(limits.maxEntries, ArchiveLimits().maxEntries);
        QCOMPARE(limits.maxCompressionRatio, 50.0);
        QCOMPARE(limits.maxFileSize, qint64(32) << 30);

        const QString fileName = archivePath(ArchiveFormat::TarZstd);
        QVERIFY(writeArchive(fileName, ArchiveFormat::TarZstd, goodTar().finish()));
        const ArchiveValidation result = validate(fileName, ArchiveFormat::TarZstd, limits);
        QVERIFY(!result.ok());
        QVERIFY2(result.problem.contains(QLatin1String("1000 bytes")), qPrintable(result.problem));
    }
};

QTEST_GUILESS_MAIN(HostileArchiveTest)

#include "hostilearchivetest.moc"
