// SPDX-License-Identifier: GPL-2.0-or-later
// ArchiveWriter: every format read back by the standard tools, mode 0600,
// atomicity on cancel, on write errors and when the writer is killed.
#include "archivewriter.h"
#include "archivemanifest.h"
#include "archivereader.h"
#include "localfiles.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <future>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{

struct TestFile {
    QString path;
    QByteArray content;
    int mode;
};

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator generator(size);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QList<TestFile> testFiles()
{
    // Larger than ArchiveWriter::chunkSize and not a multiple of it, to cross chunk borders.
    return {
        {QStringLiteral("pages-1.img"), randomBytes(3 * ArchiveWriter::chunkSize + 12345), 0600},
        {QStringLiteral("core-1.img"), QByteArray(70000, 'c'), 0644},
        {QStringLiteral("empty.img"), QByteArray(), 0600},
        {QStringLiteral("descriptors.json"), QByteArrayLiteral("{\"fds\":[]}\n"), 0600},
    };
}

const QByteArray manifestJson = QByteArrayLiteral("{\"formatVersion\":1}\n");
const QList<ArchiveWriter::TopLevelFile> dumps{{QStringLiteral("config.dump"), QByteArrayLiteral("{\"name\":\"cr\"}\n")},
                                               {QStringLiteral("spec.dump"), QByteArrayLiteral("{\"annotations\":{}}\n")}};

/// A large file beside the manifest, streamed.
const TestFile fileSystemTar{QStringLiteral("rootfs-diff.tar"), randomBytes(2 * ArchiveWriter::chunkSize + 777), 0600};

/// The archive's entries before the checkpoint's files.
QStringList headEntries()
{
    return {QStringLiteral("manifest.json"), QStringLiteral("config.dump"), QStringLiteral("spec.dump"), fileSystemTar.path, QStringLiteral("checkpoint/")};
}

bool writeContent(ArchiveWriter &writer, const QByteArray &content, qsizetype piece)
{
    for (qsizetype offset = 0; offset < content.size(); offset += piece) {
        if (!writer.writeData(QByteArrayView(content).sliced(offset, std::min(piece, content.size() - offset)))) {
            return false;
        }
    }
    return writer.endFile();
}

/// Writes the test files, in pieces of @p piece bytes.
bool writeArchive(ArchiveWriter &writer, const QString &path, ArchiveFormat format, qsizetype piece = 100000)
{
    if (!writer.open(path, format) || !writer.writeManifest(manifestJson, dumps, QDateTime::currentDateTimeUtc()) ||
        !writer.beginTopLevelFile(fileSystemTar.path, fileSystemTar.content.size(), QDateTime::currentDateTimeUtc()) ||
        !writeContent(writer, fileSystemTar.content, piece)) {
        return false;
    }
    for (const TestFile &file : testFiles()) {
        if (!writer.beginFile(file.path, file.content.size(), file.mode, QDateTime::currentDateTimeUtc()) || !writeContent(writer, file.content, piece)) {
            return false;
        }
    }
    return writer.commit();
}

/// The child process of killedWriterLeavesNoData(): writes forever, says "writing" once well under way.
int writeForever(const QString &path)
{
    ArchiveWriter writer;
    if (!writer.open(path, ArchiveFormat::TarZstd) || !writer.writeManifest(manifestJson) ||
        !writer.beginFile(QStringLiteral("pages-1.img"), qint64(1) << 32, 0600, QDateTime::currentDateTimeUtc())) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
        return 1;
    }
    const QByteArray chunk = randomBytes(ArchiveWriter::chunkSize);
    for (int i = 0;; ++i) {
        if (!writer.writeData(chunk)) {
            return 1;
        }
        if (i == 8) {
            std::printf("writing\n");
            std::fflush(stdout);
        }
        if (i > 8) {
            QThread::msleep(20);
        }
    }
}

} // namespace

class ArchiveWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // What a desktop session usually has: new files would be 0644.
        ::umask(022);
    }

    void standardToolsReadEachFormat_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        QTest::addColumn<QStringList>("extract");
        QTest::addColumn<QStringList>("list");
        QTest::newRow("tar.zst") << ArchiveFormat::TarZstd << QStringList{QStringLiteral("tar"), QStringLiteral("--zstd"), QStringLiteral("-xf")}
                                 << QStringList{QStringLiteral("tar"), QStringLiteral("--zstd"), QStringLiteral("-tf")};
        QTest::newRow("tar.gz") << ArchiveFormat::TarGzip << QStringList{QStringLiteral("tar"), QStringLiteral("-xzf")}
                                << QStringList{QStringLiteral("tar"), QStringLiteral("-tzf")};
        QTest::newRow("tar.xz") << ArchiveFormat::TarXz << QStringList{QStringLiteral("tar"), QStringLiteral("-xJf")}
                                << QStringList{QStringLiteral("tar"), QStringLiteral("-tJf")};
        QTest::newRow("zip") << ArchiveFormat::Zip << QStringList{QStringLiteral("unzip"), QStringLiteral("-q")}
                             << QStringList{QStringLiteral("unzip"), QStringLiteral("-Z1")};
    }

    void standardToolsReadEachFormat()
    {
        QFETCH(ArchiveFormat, format);
        QFETCH(QStringList, extract);
        QFETCH(QStringList, list);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("export") + ArchiveFormats::suffix(format));

        ArchiveWriter writer;
        QVERIFY2(writeArchive(writer, path, format), qPrintable(writer.errorString()));
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(entriesOf(folder.path()), QStringList{QFileInfo(path).fileName()});

        QString failure;
        const QByteArray listing = run(list.first(), list.mid(1) << path, folder.path(), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QStringList expectedOrder = headEntries();
        for (const TestFile &file : testFiles()) {
            expectedOrder.append(QStringLiteral("checkpoint/") + file.path);
        }
        QCOMPARE(QString::fromUtf8(listing).split(QLatin1Char('\n'), Qt::SkipEmptyParts), expectedOrder);

        const QString out = folder.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        run(extract.first(), extract.mid(1) << path, out, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        QFile manifest(out + QLatin1String("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QCOMPARE(manifest.readAll(), manifestJson);
        for (const ArchiveWriter::TopLevelFile &dump : dumps) {
            QFile extracted(out + QLatin1Char('/') + dump.name);
            QVERIFY(extracted.open(QIODevice::ReadOnly));
            QCOMPARE(extracted.readAll(), dump.content);
            QCOMPARE(fileMode(extracted.fileName()) & 0700, 0600);
        }
        QFile streamed(out + QLatin1Char('/') + fileSystemTar.path);
        QVERIFY(streamed.open(QIODevice::ReadOnly));
        QCOMPARE(streamed.readAll(), fileSystemTar.content);
        QVERIFY(QFileInfo(out + QLatin1String("/checkpoint")).isDir());
        for (const TestFile &file : testFiles()) {
            const QString extracted = out + QLatin1String("/checkpoint/") + file.path;
            const QByteArray sums = run(QStringLiteral("sha256sum"), {extracted}, out, &failure);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QCOMPARE(sums.left(64), Sha256::hex(file.content));
            QCOMPARE(QFileInfo(extracted).size(), file.content.size());
            QCOMPARE(fileMode(extracted) & 0700, file.mode & 0700);
        }
    }

    void ownReaderReadsEachFormat_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        for (const ArchiveFormat format : ArchiveFormats::all()) {
            QTest::newRow(qPrintable(ArchiveFormats::name(format))) << format;
        }
    }

    void ownReaderReadsEachFormat()
    {
        // What Stasis exports, Stasis imports: the strict reader takes every entry as written.
        QFETCH(ArchiveFormat, format);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("export") + ArchiveFormats::suffix(format));
        ArchiveWriter writer;
        QVERIFY2(writeArchive(writer, path, format), qPrintable(writer.errorString()));

        const std::unique_ptr<ArchiveReader> created = ArchiveReader::create(path, format, ArchiveLimits());
        ArchiveReader &reader = *created;
        QStringList entries;
        QMap<QString, QByteArray> contents;
        for (ArchiveReader::Token token = reader.readNext(); token != ArchiveReader::Token::End; token = reader.readNext()) {
            QVERIFY2(token != ArchiveReader::Token::Invalid, qPrintable(reader.errorString()));
            if (token == ArchiveReader::Token::EntryStarted) {
                entries.append(reader.entry().path + (reader.entry().type == TarEntry::Type::Directory ? QStringLiteral("/") : QString()));
            } else if (token == ArchiveReader::Token::Data) {
                contents[reader.entry().path].append(reader.data().toByteArray());
            }
        }
        QStringList expected = headEntries();
        for (const ArchiveWriter::TopLevelFile &dump : dumps) {
            QCOMPARE(contents.value(dump.name), dump.content);
        }
        QCOMPARE(contents.value(fileSystemTar.path), fileSystemTar.content);
        for (const TestFile &file : testFiles()) {
            expected.append(QStringLiteral("checkpoint/") + file.path);
            QCOMPARE(contents.value(QStringLiteral("checkpoint/") + file.path), file.content);
        }
        QCOMPARE(entries, expected);
        QCOMPARE(contents.value(QStringLiteral("manifest.json")), manifestJson);
    }

    void refusesAnUnknownFileBesideTheManifest()
    {
        // Only what an import takes beside the manifest is written there.
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("export.tar.zst"));
        ArchiveWriter writer;
        QVERIFY(writer.open(path, ArchiveFormat::TarZstd));
        QVERIFY(!writer.writeManifest(manifestJson, {{QStringLiteral("run.sh"), QByteArrayLiteral("x")}}));
        QVERIFY2(writer.errorString().contains(QLatin1String("run.sh")), qPrintable(writer.errorString()));
        QCOMPARE(entriesOf(folder.path()), QStringList());
    }

    void filesBesideTheManifestComeBeforeTheCheckpoint()
    {
        QTemporaryDir folder;
        ArchiveWriter writer;
        QVERIFY(writer.open(folder.filePath(QStringLiteral("export.tar.zst")), ArchiveFormat::TarZstd));
        QVERIFY(writer.writeManifest(manifestJson));
        QVERIFY(writer.beginFile(QStringLiteral("core-1.img"), 1, 0600, QDateTime::currentDateTimeUtc()));
        QVERIFY(writer.writeData("c") && writer.endFile());
        QVERIFY(!writer.beginTopLevelFile(fileSystemTar.path, 1, QDateTime::currentDateTimeUtc()));
        QVERIFY2(writer.errorString().contains(QLatin1String("wrong moment")), qPrintable(writer.errorString()));
        QCOMPARE(entriesOf(folder.path()), QStringList());

        ArchiveWriter unknown;
        QVERIFY(unknown.open(folder.filePath(QStringLiteral("other.tar.zst")), ArchiveFormat::TarZstd));
        QVERIFY(unknown.writeManifest(manifestJson));
        QVERIFY(!unknown.beginTopLevelFile(QStringLiteral("image.sh"), 1, QDateTime::currentDateTimeUtc()));
        QVERIFY2(unknown.errorString().contains(QLatin1String("image.sh")), qPrintable(unknown.errorString()));
    }

    void replacesAnExistingFileAndStaysPrivate()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("export.tar.zst"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup));

        ArchiveWriter writer;
        QVERIFY2(writeArchive(writer, path, ArchiveFormat::TarZstd), qPrintable(writer.errorString()));
        QCOMPARE(fileMode(path), 0600);
        QVERIFY(QFileInfo(path).size() > 3);
        QCOMPARE(entriesOf(folder.path()), QStringList{QStringLiteral("export.tar.zst")});
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("export.zip"));
        {
            ArchiveWriter writer;
            QVERIFY(writer.open(path, ArchiveFormat::Zip));
            QVERIFY(writer.writeManifest(manifestJson));
            QVERIFY(writer.beginFile(QStringLiteral("pages-1.img"), 10 * ArchiveWriter::chunkSize, 0600, {}));
            QVERIFY(writer.writeData(randomBytes(3 * ArchiveWriter::chunkSize)));
            QVERIFY(!entriesOf(folder.path()).contains(QStringLiteral("export.zip")));
            writer.cancel();
            QCOMPARE(entriesOf(folder.path()), QStringList());
        }
        {
            // Destroyed without commit: the same.
            ArchiveWriter writer;
            QVERIFY(writer.open(path, ArchiveFormat::TarGzip));
            QVERIFY(writer.writeManifest(manifestJson));
        }
        QCOMPARE(entriesOf(folder.path()), QStringList());
    }

    void wrongSizesFailAndLeaveNothing()
    {
        QTemporaryDir folder;
        ArchiveWriter writer;
        QVERIFY(writer.open(folder.filePath(QStringLiteral("a.tar.zst")), ArchiveFormat::TarZstd));
        QVERIFY(writer.writeManifest(manifestJson));
        QVERIFY(writer.beginFile(QStringLiteral("x.img"), 10, 0600, {}));
        QVERIFY(writer.writeData("12345"));
        QVERIFY(!writer.endFile());
        QVERIFY(writer.errorString().contains(QLatin1String("5 of its 10 bytes")));
        QVERIFY(!writer.commit());
        QCOMPARE(entriesOf(folder.path()), QStringList());
    }

    void namesNoImportTakesAreNotWritten()
    {
        QTemporaryDir folder;
        ArchiveWriter writer;
        QVERIFY(writer.open(folder.filePath(QStringLiteral("a.tar.zst")), ArchiveFormat::TarZstd));
        QVERIFY(writer.writeManifest(manifestJson));
        QVERIFY(!writer.beginFile(QStringLiteral("pages\u202e1.img"), 1, 0600, {}));
        QVERIFY2(writer.errorString().contains(QLatin1String("pages\\u{202e}1.img")) && writer.errorString().contains(QLatin1String("export again")),
                 qPrintable(writer.errorString()));
        QVERIFY(!writer.commit());
        QCOMPARE(entriesOf(folder.path()), QStringList());
    }

    void writeErrorIsReportedAndLeavesNothing()
    {
        // A file size limit makes writes fail as a full disk does (EFBIG instead of ENOSPC).
        QTemporaryDir folder;
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &previous), 0);
        rlimit small = previous;
        small.rlim_cur = 1024 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        ArchiveWriter writer;
        const bool written = writeArchive(writer, folder.filePath(QStringLiteral("big.tar.zst")), ArchiveFormat::TarZstd);
        ::setrlimit(RLIMIT_FSIZE, &previous);
        QVERIFY(!written);
        QVERIFY2(writer.errorString().contains(QLatin1String("big.tar.zst")) && writer.errorString().contains(QLatin1String("export again")),
                 qPrintable(writer.errorString()));
        QCOMPARE(entriesOf(folder.path()), QStringList());
    }

    void missingFolderIsReported()
    {
        QTemporaryDir folder;
        ArchiveWriter writer;
        QVERIFY(!writer.open(folder.filePath(QStringLiteral("nowhere/a.tar.zst")), ArchiveFormat::TarZstd));
        QVERIFY2(writer.errorString().contains(QLatin1String("does not exist")), qPrintable(writer.errorString()));
        QCOMPARE(entriesOf(folder.path()), QStringList());
    }

    void targetThatCannotBeReplacedIsReported()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("a.tar.zst"));
        ArchiveWriter writer;
        QVERIFY(writer.open(path, ArchiveFormat::TarZstd));
        QVERIFY(writer.writeManifest(manifestJson));
        // Meanwhile a non-empty folder took the name: rename() cannot replace it.
        QVERIFY(QDir().mkpath(path + QLatin1String("/inside")));
        QVERIFY(!writer.commit());
        QVERIFY2(writer.errorString().contains(QLatin1String("Cannot save")), qPrintable(writer.errorString()));
        QCOMPARE(entriesOf(folder.path()), QStringList{QStringLiteral("a.tar.zst")});
        QVERIFY(QFileInfo(path).isDir());
    }

    void somethingElseAtThePartialPathIsLeftAlone_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("FIFO") << QStringLiteral("fifo");
        QTest::newRow("link to a file") << QStringLiteral("link");
        QTest::newRow("folder") << QStringLiteral("folder");
    }
    void somethingElseAtThePartialPathIsLeftAlone()
    {
        QFETCH(QString, kind);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("a.tar.zst"));
        const QByteArray partial = QFile::encodeName(ArchiveWriter::partialPath(path));
        const QString victim = folder.filePath(QStringLiteral("victim"));
        if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(partial.constData(), 0600), 0);
        } else if (kind == QLatin1String("link")) {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("keep") == 4);
            QVERIFY(QFile::link(victim, QFile::decodeName(partial)));
        } else {
            QVERIFY(QDir().mkdir(QFile::decodeName(partial)));
        }
        ArchiveWriter writer;
        // Opening a FIFO for reading blocks until a writer comes: open() runs
        // on a thread of its own, and the test plays that writer if it hangs.
        std::future<bool> opened = std::async(std::launch::async, [&] {
            return writer.open(path, ArchiveFormat::TarZstd);
        });
        const bool returned = opened.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
        if (!returned) {
            ::close(::open(partial.constData(), O_WRONLY));
        }
        QVERIFY2(returned, "open() blocked on what stands at the partial path");
        QVERIFY(!opened.get());
        QVERIFY2(writer.errorString().contains(QFile::decodeName(partial)) && writer.errorString().contains(QLatin1String("Remove it")),
                 qPrintable(writer.errorString()));
        QFileInfo left(QFile::decodeName(partial));
        QVERIFY(left.exists() || left.isSymLink());
        QVERIFY(!QFileInfo::exists(path));
        if (kind == QLatin1String("link")) {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("keep"));
        }
    }

    void runningWritersKeepTheirPartialFiles()
    {
        QTemporaryDir folder;
        ArchiveWriter first;
        QVERIFY(first.open(folder.filePath(QStringLiteral("first.tar.zst")), ArchiveFormat::TarZstd));
        QVERIFY(first.writeManifest(manifestJson));
        QCOMPARE(ArchiveWriter::removeStalePartials(folder.path()), 0);
        ArchiveWriter second;
        QVERIFY2(!second.open(folder.filePath(QStringLiteral("first.tar.zst")), ArchiveFormat::TarZstd), "two writers of one file");
        QVERIFY2(second.errorString().contains(QLatin1String("Another export")), qPrintable(second.errorString()));
        QVERIFY(second.open(folder.filePath(QStringLiteral("second.zip")), ArchiveFormat::Zip));
        QVERIFY(second.writeManifest(manifestJson));
        QVERIFY(second.commit());
        QVERIFY2(first.commit(), qPrintable(first.errorString()));
        QCOMPARE(entriesOf(folder.path()), (QStringList{QStringLiteral("first.tar.zst"), QStringLiteral("second.zip")}));
    }

    void killedWriterLeavesNoData()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("killed.tar.zst"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy output(&child, &QProcess::readyReadStandardOutput);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-forever"), path});
        QVERIFY(output.wait(60000));
        QCOMPARE(child.readAllStandardOutput(), QByteArrayLiteral("writing\n"));
        child.kill();
        QVERIFY(finished.wait(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // At most the recognisable partial file remains, without the data (the QSaveFile's temporary file is unnamed).
        QVERIFY(!QFileInfo::exists(path));
        qint64 leftover = 0;
        for (const QString &name : entriesOf(folder.path())) {
            QVERIFY2(name.startsWith(QLatin1Char('.')) && name.contains(ArchiveWriter::partialSuffix), qPrintable(name));
            leftover += QFileInfo(folder.filePath(name)).size();
        }
        QCOMPARE(leftover, 0);

        // The next export into the folder removes it.
        ArchiveWriter writer;
        QVERIFY2(writeArchive(writer, folder.filePath(QStringLiteral("next.tar.zst")), ArchiveFormat::TarZstd), qPrintable(writer.errorString()));
        QCOMPARE(entriesOf(folder.path()), QStringList{QStringLiteral("next.tar.zst")});
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--write-forever") == 0) {
        return writeForever(QString::fromLocal8Bit(argv[2]));
    }
    ArchiveWriterTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "archivewritertest.moc"
