// SPDX-License-Identifier: GPL-2.0-or-later
#include "tarstreamreader.h"
#include "rawtar.h"
#include "tarparse.h"
#include "ustarwriter.h"

#include <KTar>

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using Stasis::Test::RawTar;

namespace
{

using Recorder = Stasis::Test::TarRecorder;

std::unique_ptr<Stasis::Test::TarParse> parse(const QByteArray &tar, qsizetype chunkSize = 4096, ArchiveLimits limits = ArchiveLimits())
{
    return Stasis::Test::parseTar(tar, chunkSize, limits);
}

QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        data[i] = char((i * 7 + i / 511) & 0xff);
    }
    return data;
}

} // namespace

class TarStreamReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormedInAnyChunking_data()
    {
        QTest::addColumn<qsizetype>("chunkSize");
        QTest::newRow("1 byte") << qsizetype(1);
        QTest::newRow("7 bytes") << qsizetype(7);
        QTest::newRow("512 bytes") << qsizetype(512);
        QTest::newRow("513 bytes") << qsizetype(513);
        QTest::newRow("whole") << qsizetype(1 << 20);
    }
    void wellFormedInAnyChunking()
    {
        QFETCH(qsizetype, chunkSize);
        const QByteArray big = pattern(5000);
        const QByteArray tar = RawTar()
                                   .file("manifest.json", "{}")
                                   .directory("checkpoint/")
                                   .file("checkpoint/pages-1.img", big)
                                   .file("checkpoint/empty", {})
                                   .entry({.name = "inventory.img", .prefix = "checkpoint/sub"}, "inv")
                                   .finish();
        const auto result = parse(tar + QByteArray(8192, '\0'), chunkSize);
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(result->recorder.events,
                 QStringList({QStringLiteral("start manifest.json 2"),
                              QStringLiteral("end"),
                              QStringLiteral("start checkpoint 0"),
                              QStringLiteral("end"),
                              QStringLiteral("start checkpoint/pages-1.img 5000"),
                              QStringLiteral("end"),
                              QStringLiteral("start checkpoint/empty 0"),
                              QStringLiteral("end"),
                              QStringLiteral("start checkpoint/sub/inventory.img 3"),
                              QStringLiteral("end")}));
        QCOMPARE(result->recorder.contents.at(2), big);
        QCOMPARE(result->recorder.contents.at(4), QByteArray("inv"));
        QCOMPARE(result->recorder.entries.at(1).type, TarEntry::Type::Directory);
        QCOMPARE(result->recorder.entries.at(1).mode, 0700);
        QCOMPARE(result->recorder.entries.at(2).mode, 0600);
        QCOMPARE(result->recorder.entries.at(2).modified, QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC));
        // Data is handed out as it arrives, never gathered into a whole entry.
        QVERIFY(result->recorder.largestChunk <= chunkSize);
    }

    void readsWhatKTarAndUstarWriterWrite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(QStringLiteral("k.tar"));
        {
            KTar tar(fileName);
            QVERIFY(tar.open(QIODevice::WriteOnly));
            QVERIFY(tar.writeFile(QStringLiteral("manifest.json"), QByteArray("{}"), 0100600, QStringLiteral("root"), QStringLiteral("root")));
            QVERIFY(tar.writeDir(QStringLiteral("checkpoint"), QStringLiteral("root"), QStringLiteral("root"), 040700));
            QVERIFY(tar.writeFile(QStringLiteral("checkpoint/pages-1.img"), pattern(3000), 0100600, QStringLiteral("root"), QStringLiteral("root")));
            QVERIFY(tar.close());
        }
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        // KTar writes no end blocks (KTar::closeArchive): a writer using it
        // must append the two zero blocks itself, or the stream reads as
        // truncated.
        const auto withoutEnd = parse(written, 1000);
        QVERIFY(!withoutEnd->ok);
        QVERIFY2(withoutEnd->error.contains(QLatin1String("without its end blocks")), qPrintable(withoutEnd->error));
        const auto fromKTar = parse(written + QByteArray(1024, '\0'), 1000);
        QVERIFY2(fromKTar->ok, qPrintable(fromKTar->error));
        QCOMPARE(fromKTar->recorder.entries.size(), 3);
        QCOMPARE(fromKTar->recorder.entries.at(1).path, QStringLiteral("checkpoint"));
        QCOMPARE(fromKTar->recorder.contents.at(2), pattern(3000));

        UstarWriter writer;
        QVERIFY(writer.addDirectory(QStringLiteral("top"), 0700));
        QVERIFY(writer.addFile(QStringLiteral("top/a"), "abc", 0600));
        const auto fromWriter = parse(writer.finish(), 100);
        QVERIFY2(fromWriter->ok, qPrintable(fromWriter->error));
        QCOMPARE(fromWriter->recorder.events.size(), 4);
        QCOMPARE(fromWriter->recorder.contents.at(1), QByteArray("abc"));
    }

    void readsWhatGnuTarWrites_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("gnu") << QStringLiteral("gnu");
        QTest::newRow("ustar") << QStringLiteral("ustar");
    }
    void readsWhatGnuTarWrites()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("checkpoint")));
        QFile manifest(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("{}");
        manifest.close();
        QFile pages(dir.filePath(QStringLiteral("checkpoint/pages-1.img")));
        QVERIFY(pages.open(QIODevice::WriteOnly));
        pages.write(pattern(70000));
        pages.close();
        QProcess tar;
        QSignalSpy finished(&tar, &QProcess::finished);
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("--format=") + format,
                   QStringLiteral("-C"),
                   dir.path(),
                   QStringLiteral("-cf"),
                   QStringLiteral("-"),
                   QStringLiteral("manifest.json"),
                   QStringLiteral("checkpoint")});
        QVERIFY(finished.wait(30000));
        QCOMPARE(tar.exitCode(), 0);
        const auto result = parse(tar.readAllStandardOutput(), 10000);
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(result->recorder.events.size(), 6);
        QCOMPARE(result->recorder.entries.at(2).path, QStringLiteral("checkpoint/pages-1.img"));
        QCOMPARE(result->recorder.contents.at(2), pattern(70000));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("message");

        const auto with = [](const RawTar::Header &h, const QByteArray &data = "x") {
            return RawTar().file("manifest.json", "{}").entry(h, data).finish();
        };
        QTest::newRow("symlink") << with({.name = "checkpoint/l", .type = '2', .linkName = "/etc"}, {}) << QStringLiteral("checkpoint/l")
                                 << QStringLiteral("symbolic link");
        QTest::newRow("hardlink") << with({.name = "checkpoint/h", .type = '1', .linkName = "manifest.json"}, {}) << QStringLiteral("checkpoint/h")
                                  << QStringLiteral("hard link");
        QTest::newRow("char device") << with({.name = "checkpoint/c", .type = '3'}, {}) << QStringLiteral("checkpoint/c") << QStringLiteral("character device");
        QTest::newRow("block device") << with({.name = "checkpoint/b", .type = '4'}, {}) << QStringLiteral("checkpoint/b") << QStringLiteral("block device");
        QTest::newRow("fifo") << with({.name = "checkpoint/f", .type = '6'}, {}) << QStringLiteral("checkpoint/f") << QStringLiteral("FIFO");
        QTest::newRow("contiguous") << with({.name = "checkpoint/c7", .type = '7'}) << QStringLiteral("checkpoint/c7") << QStringLiteral("contiguous");
        QTest::newRow("pax x") << RawTar().pax({"path=checkpoint/evil"}).file("checkpoint/a", "x").finish() << QStringLiteral("./PaxHeaders/x")
                               << QStringLiteral("pax extended header");
        QTest::newRow("pax g") << RawTar().pax({"path=checkpoint/evil"}, 'g').file("checkpoint/a", "x").finish() << QStringLiteral("./PaxHeaders/x")
                               << QStringLiteral("pax global header");
        QTest::newRow("GNU long name") << with({.name = "././@LongLink", .type = 'L', .gnuMagic = true}, "checkpoint/long") << QStringLiteral("././@LongLink")
                                       << QStringLiteral("GNU long name");
        QTest::newRow("GNU long link") << with({.name = "././@LongLink", .type = 'K', .gnuMagic = true}, "target") << QStringLiteral("././@LongLink")
                                       << QStringLiteral("GNU long link");
        QTest::newRow("sparse") << with({.name = "checkpoint/s", .type = 'S', .gnuMagic = true}) << QStringLiteral("checkpoint/s") << QStringLiteral("sparse");
        QTest::newRow("unknown type") << with({.name = "checkpoint/u", .type = 'Z'}) << QStringLiteral("checkpoint/u") << QStringLiteral("unknown type 'Z'");
        QTest::newRow("file with link name") << with({.name = "checkpoint/f0", .linkName = "/etc/passwd"}) << QStringLiteral("checkpoint/f0")
                                             << QStringLiteral("link target");
        QTest::newRow("absolute") << with({.name = "/etc/passwd"}) << QStringLiteral("/etc/passwd") << QStringLiteral("absolute");
        QTest::newRow("dot dot") << with({.name = "checkpoint/../x"}) << QStringLiteral("checkpoint/../x") << QStringLiteral("\"..\"");
        QTest::newRow("dot") << with({.name = "checkpoint/./x"}) << QStringLiteral("checkpoint/./x") << QStringLiteral("\".\"");
        QTest::newRow("empty component") << with({.name = "checkpoint//x"}) << QStringLiteral("checkpoint//x") << QStringLiteral("empty path component");
        QTest::newRow("empty name") << with({.name = ""}) << QString() << QStringLiteral("empty name");
        QTest::newRow("NUL inside") << with({.name = QByteArray("checkpoint/a\0b", 14)}) << QStringLiteral("checkpoint/a\\x00b") << QStringLiteral("NUL");
        QTest::newRow("control") << with({.name = "checkpoint/a\nb"}) << QStringLiteral("checkpoint/a\\x0ab") << QStringLiteral("control character");
        QTest::newRow("not UTF-8") << with({.name = "checkpoint/\xff\xfe"}) << QStringLiteral("checkpoint/\\xff\\xfe") << QStringLiteral("UTF-8");
        QTest::newRow("overlong UTF-8") << with({.name = "checkpoint/\xc0\xaf"}) << QStringLiteral("checkpoint/\\xc0\\xaf") << QStringLiteral("UTF-8");
        const QByteArray longName = "checkpoint/" + QByteArray(144, 'p') + '/' + QByteArray(100, 'n');
        QTest::newRow("too long") << with({.name = QByteArray(100, 'n'), .prefix = "checkpoint/" + QByteArray(144, 'p')})
                                  << QString::fromLatin1(longName.first(200)) + QStringLiteral("…") << QStringLiteral("longer than 255 bytes");
        QTest::newRow("too deep") << with({.name = "checkpoint/1/2/3/4/5/6/7/8/x"}) << QStringLiteral("checkpoint/1/2/3/4/5/6/7/8/x")
                                  << QStringLiteral("deeper than 8");
        QTest::newRow("file ending in slash") << with({.name = "checkpoint/x/"}) << QStringLiteral("checkpoint/x") << QStringLiteral("ends with '/'");
        QTest::newRow("folder with size") << with({.name = "checkpoint/d/", .type = '5', .size = 1}) << QStringLiteral("checkpoint/d")
                                          << QStringLiteral("folder with a size");
        QTest::newRow("bad checksum") << with({.name = "checkpoint/c", .badChecksum = true}) << QStringLiteral("checkpoint/c") << QStringLiteral("checksum");
        QTest::newRow("v7 header") << RawTar().entry({.name = "manifest.json", .v7 = true}, "{}").finish() << QStringLiteral("manifest.json")
                                   << QStringLiteral("ustar or GNU");
        QTest::newRow("GNU header with extension fields")
            << with({.name = "checkpoint/g", .prefix = "12345", .gnuMagic = true}) << QStringLiteral("checkpoint/g") << QStringLiteral("GNU header extensions");
        QTest::newRow("huge declared size") << with({.name = "checkpoint/huge", .size = qint64(1) << 62, .base256Size = true}, {})
                                            << QStringLiteral("checkpoint/huge") << QStringLiteral("larger than the limit");
        QTest::newRow("truncated data") << RawTar().file("manifest.json", "{}").entry({.name = "checkpoint/t", .size = 4000}, "abc").finish(false)
                                        << QStringLiteral("checkpoint/t") << QStringLiteral("truncated");
        QTest::newRow("no end blocks") << RawTar().file("manifest.json", "{}").finish(false) << QStringLiteral("manifest.json")
                                       << QStringLiteral("without its end blocks");
        QTest::newRow("one end block") << RawTar().file("manifest.json", "{}").raw(QByteArray(512, '\0')).finish(false) << QStringLiteral("manifest.json")
                                       << QStringLiteral("without its end blocks");
        QTest::newRow("zero block in the middle") << RawTar().file("manifest.json", "{}").raw(QByteArray(512, '\0')).file("checkpoint/hidden", "x").finish()
                                                  << QStringLiteral("manifest.json") << QStringLiteral("single zero block");
        QTest::newRow("data after the end") << RawTar().file("manifest.json", "{}").finish() + "garbage" << QString() << QStringLiteral("after its end");
        QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("empty");
    }
    void refused()
    {
        QFETCH(QByteArray, tar);
        QFETCH(QString, entry);
        QFETCH(QString, message);
        for (const qsizetype chunkSize : {qsizetype(1), qsizetype(300), qsizetype(1 << 20)}) {
            const auto result = parse(tar, chunkSize);
            QVERIFY(!result->ok);
            QVERIFY2(result->error.contains(message), qPrintable(result->error));
            QCOMPARE(result->entry, entry);
            if (!entry.isEmpty()) {
                QVERIFY2(result->error.contains(QLatin1Char('"') + entry.left(40)), qPrintable(result->error));
            }
            // A refused entry is never handed to the handler.
            const bool streamLevel =
                message.contains(QLatin1String("truncated")) || message.contains(QLatin1String("end blocks")) || message.contains(QLatin1String("zero block"));
            for (const TarEntry &started : std::as_const(result->recorder.entries)) {
                QVERIFY(started.path != entry || streamLevel);
            }
        }
    }

    void limitsAreCheckedBeforeData_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::addColumn<ArchiveLimits>("limits");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("message");
        const QByteArray tar = RawTar().file("manifest.json", "{}").file("checkpoint/a", pattern(1000)).file("checkpoint/b", pattern(1000)).finish();
        QTest::newRow("entry size") << tar << ArchiveLimits{.maxFileSize = 999} << QStringLiteral("checkpoint/a")
                                    << QStringLiteral("larger than the limit of 999 bytes");
        QTest::newRow("total size") << tar << ArchiveLimits{.maxTotalSize = 1500} << QStringLiteral("checkpoint/b")
                                    << QStringLiteral("exceeds the limit of 1500 bytes");
        QTest::newRow("entries") << tar << ArchiveLimits{.maxEntries = 2} << QStringLiteral("checkpoint/b") << QStringLiteral("more than 2 entries");
        QTest::newRow("path bytes") << tar << ArchiveLimits{.maxPathBytes = 12} << QStringLiteral("manifest.json") << QStringLiteral("longer than 12 bytes");
        QTest::newRow("depth") << tar << ArchiveLimits{.maxDepth = 1} << QStringLiteral("checkpoint/a") << QStringLiteral("deeper than 1");
        QTest::newRow("base-256 size within limits is fine")
            << RawTar().entry({.name = "a", .base256Size = true}, "abc").finish() << ArchiveLimits{} << QString() << QString();
    }
    void limitsAreCheckedBeforeData()
    {
        QFETCH(QByteArray, tar);
        QFETCH(ArchiveLimits, limits);
        QFETCH(QString, entry);
        QFETCH(QString, message);
        const auto result = parse(tar, 100000, limits);
        if (message.isEmpty()) {
            QVERIFY2(result->ok, qPrintable(result->error));
            QCOMPARE(result->recorder.contents.value(0), QByteArray("abc"));
            return;
        }
        QVERIFY(!result->ok);
        QVERIFY2(result->error.contains(message), qPrintable(result->error));
        QCOMPARE(result->entry, entry);
        for (const TarEntry &started : std::as_const(result->recorder.entries)) {
            QVERIFY(started.path != entry);
        }
    }

    void handlerStops()
    {
        const QByteArray tar = RawTar().file("manifest.json", "{}").file("checkpoint/a", "a").file("checkpoint/b", "b").finish();
        Recorder recorder;
        recorder.stopAt = QStringLiteral("checkpoint/a");
        TarStreamReader reader(&recorder);
        recorder.reader = &reader;
        QVERIFY(!reader.feed(tar));
        QVERIFY(!reader.feed("more"));
        QVERIFY(!reader.finish());
        QCOMPARE(reader.errorString(), QStringLiteral("stopped at checkpoint/a"));
        QCOMPARE(reader.offendingEntry(), QStringLiteral("checkpoint/a"));
        QCOMPARE(recorder.events, QStringList({QStringLiteral("start manifest.json 2"), QStringLiteral("end")}));
        QCOMPARE(reader.bytesConsumed(), 3 * 512);
    }
};

QTEST_GUILESS_MAIN(TarStreamReaderTest)

#include "tarstreamreadertest.moc"
