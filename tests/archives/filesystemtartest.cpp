// SPDX-License-Identifier: GPL-2.0-or-later
// A container's file system changes as Stasis writes them (FileSystemTarWriter)
// and reads them back (TarStreamReader::Content::FileSystem): what GNU tar
// lists, and the hostile archives the reader refuses.
#include "filesystemtarwriter.h"
#include "peakmemory.h"
#include "rawtar.h"
#include "tarparse.h"
#include "tarstreamreader.h"
#include "ustarfields.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QTimeZone>

using namespace Stasis;
using Stasis::Test::RawTar;

namespace
{

std::unique_ptr<Stasis::Test::TarParse> parse(const QByteArray &tar,
                                              const ArchiveLimits &limits = {},
                                              qsizetype chunkSize = 1 << 20,
                                              TarStreamReader::Content content = TarStreamReader::Content::FileSystem)
{
    return Stasis::Test::parseTar(tar, chunkSize, limits, content);
}

const QDateTime someTime = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC);

TarEntry folder(const QString &path, int mode = 0755, qint64 owner = 0)
{
    return {.path = path, .type = TarEntry::Type::Directory, .mode = mode, .modified = someTime, .linkTarget = {}, .uid = owner, .gid = owner};
}
TarEntry file(const QString &path, qint64 size, int mode = 0644, qint64 owner = 0)
{
    return {.path = path, .type = TarEntry::Type::File, .size = size, .mode = mode, .modified = someTime, .linkTarget = {}, .uid = owner, .gid = owner};
}
TarEntry symlink(const QString &path, const QString &target)
{
    return {.path = path, .type = TarEntry::Type::Symlink, .mode = 0777, .modified = someTime, .linkTarget = target};
}
TarEntry hardLink(const QString &path, const QString &target, int mode = 0644)
{
    return {.path = path, .type = TarEntry::Type::HardLink, .mode = mode, .modified = someTime, .linkTarget = target};
}

QByteArray contentOf(const TarEntry &entry)
{
    QByteArray data(entry.size, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i) {
        data[i] = char((i * 13 + entry.path.size()) & 0xff);
    }
    return data;
}

/// The entries as FileSystemTarWriter writes them, each File with contentOf().
QByteArray archive(const QList<TarEntry> &entries, bool endBlocks = true)
{
    QByteArray tar;
    for (const TarEntry &entry : entries) {
        const QByteArray header = FileSystemTarWriter::header(entry);
        Q_ASSERT(!header.isEmpty());
        tar += header;
        if (entry.type == TarEntry::Type::File) {
            tar += contentOf(entry);
            tar += QByteArray(FileSystemTarWriter::paddingSize(entry.size), '\0');
        }
    }
    return endBlocks ? tar + FileSystemTarWriter::endBlocks() : tar;
}

/// @p block (a header) with @p bytes at @p offset and its checksum made right again.
QByteArray patched(QByteArray block, qsizetype offset, const QByteArray &bytes)
{
    block.replace(offset, bytes.size(), bytes);
    UstarFields::putChecksum(block);
    return block;
}

/// "-rwsr-xr-x", as `tar -tv` shows an entry's type and mode.
QString permissions(const TarEntry &entry)
{
    const char type = entry.type == TarEntry::Type::Directory ? 'd'
        : entry.type == TarEntry::Type::Symlink               ? 'l'
        : entry.type == TarEntry::Type::HardLink              ? 'h'
                                                              : '-';
    QString text(1, QLatin1Char(type));
    const char *letters = "rwxrwxrwx";
    for (int bit = 0; bit < 9; ++bit) {
        text += (entry.mode & (0400 >> bit)) ? QLatin1Char(letters[bit]) : QLatin1Char('-');
    }
    const auto special = [&text](int index, bool set, char lower, char upper) {
        if (set) {
            text[index] = QLatin1Char(text[index] == QLatin1Char('x') ? lower : upper);
        }
    };
    special(3, entry.mode & 04000, 's', 'S');
    special(6, entry.mode & 02000, 's', 'S');
    special(9, entry.mode & 01000, 't', 'T');
    return text;
}

/// Files, folders and both kinds of links, with the owners, modes, long and
/// non-ASCII names a container's changes have.
QList<TarEntry> containerChanges()
{
    const QString longFolder = QStringLiteral("opt/") + QStringList(30, QStringLiteral("component")).join(QLatin1Char('/'));
    return {
        folder(QStringLiteral("etc")),
        file(QStringLiteral("etc/motd"), 5),
        symlink(QStringLiteral("etc/localtime"), QStringLiteral("/usr/share/zoneinfo/UTC")),
        folder(QStringLiteral("home"), 0755),
        folder(QStringLiteral("home/user"), 0700, 1000),
        file(QStringLiteral("home/user/.profile"), 700, 0600, 1000),
        folder(QStringLiteral("tmp"), 01777),
        folder(QStringLiteral("usr")),
        folder(QStringLiteral("usr/bin")),
        file(QStringLiteral("usr/bin/su"), 2000, 04755),
        hardLink(QStringLiteral("usr/bin/su-again"), QStringLiteral("usr/bin/su"), 04755),
        file(QStringLiteral("usr/bin/wall"), 0, 02755),
        symlink(QStringLiteral("usr/lib64"), QStringLiteral("../lib")),
        folder(longFolder),
        file(longFolder + QStringLiteral("/data.bin"), 100000),
        hardLink(QStringLiteral("usr/bin/") + QString(120, QLatin1Char('h')), longFolder + QStringLiteral("/data.bin")),
        symlink(QStringLiteral("usr/far"), QLatin1Char('/') + longFolder),
        folder(QStringLiteral("données")),
        file(QStringLiteral("données/été.txt"), 3, 0640, 2147483647),
        symlink(QStringLiteral("données/lien"), QStringLiteral("été.txt")),
        file(QStringLiteral("srv"), 1, 0644, 100000),
    };
}

} // namespace

class FileSystemTarTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("chunkSize");
        QTest::newRow("1 byte") << qsizetype(1);
        QTest::newRow("511 bytes") << qsizetype(511);
        QTest::newRow("whole") << qsizetype(1 << 24);
    }
    void roundTrip()
    {
        QFETCH(qsizetype, chunkSize);
        const QList<TarEntry> entries = containerChanges();
        const QByteArray tar = archive(entries);
        const auto result = parse(tar, {}, chunkSize);
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(result->recorder.entries.size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const TarEntry &read = result->recorder.entries.at(i);
            const TarEntry &written = entries.at(i);
            QCOMPARE(read.path, written.path);
            QCOMPARE(read.type, written.type);
            QCOMPARE(read.size, written.size);
            QCOMPARE(read.mode, written.mode);
            QCOMPARE(read.modified, written.modified);
            QCOMPARE(read.linkTarget, written.linkTarget);
            QCOMPARE(read.uid, written.uid);
            QCOMPARE(read.gid, written.gid);
            QCOMPARE(result->recorder.contents.at(i), contentOf(written));
        }
        // What was validated is what a fresh write of the entries read gives.
        QCOMPARE(archive(result->recorder.entries), tar);
    }

    void paxOnlyWhereUstarCannot()
    {
        // Plain ASCII names that fit the split and short link targets: one block.
        QCOMPARE(FileSystemTarWriter::header(file(QString(154, QLatin1Char('p')) + QStringLiteral("/") + QString(100, QLatin1Char('n')), 1)).size(), 512);
        QCOMPARE(FileSystemTarWriter::header(symlink(QStringLiteral("l"), QString(100, QLatin1Char('t')))).size(), 512);
        // The name, the target, both: a pax header and its data before the ustar header.
        const QByteArray longName = FileSystemTarWriter::header(file(QString(300, QLatin1Char('n')), 1));
        QCOMPARE(longName.size(), 3 * 512);
        QCOMPARE(longName[156], 'x');
        QVERIFY(longName.sliced(512).startsWith(QByteArray("310 path=" + QByteArray(300, 'n') + '\n')));
        const QByteArray both = FileSystemTarWriter::header(symlink(QStringLiteral("é"), QString(101, QLatin1Char('t'))));
        QVERIFY(both.sliced(512).startsWith(QByteArray("11 path=\xc3\xa9\n115 linkpath=" + QByteArray(101, 't') + '\n')));
        QCOMPARE(both.first(100), QByteArray("PaxHeaders/__").leftJustified(100, '\0'));
        // Owners up to 2^31-1; nothing for what the fields cannot hold.
        QVERIFY(!FileSystemTarWriter::header(file(QStringLiteral("a"), 0, 0644, 2147483647)).isEmpty());
        QVERIFY(FileSystemTarWriter::header(file(QStringLiteral("a"), 0, 0644, 2147483648)).isEmpty());
        QVERIFY(FileSystemTarWriter::header(file(QStringLiteral("a"), 0, 0644, -1)).isEmpty());
        QVERIFY(FileSystemTarWriter::header(file(QStringLiteral("a"), -1)).isEmpty());
        QVERIFY(FileSystemTarWriter::header(file(QString(), 0)).isEmpty());
        QVERIFY(FileSystemTarWriter::header(symlink(QStringLiteral("l"), QString())).isEmpty());
    }

    void gnuTarListsWhatIsWritten()
    {
        const QList<TarEntry> entries = containerChanges();
        QTemporaryFile tarFile;
        QVERIFY(tarFile.open());
        tarFile.write(archive(entries));
        tarFile.close();
        QProcess tar;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        tar.setProcessEnvironment(environment);
        QSignalSpy finished(&tar, &QProcess::finished);
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("--numeric-owner"), QStringLiteral("--quoting-style=literal"), QStringLiteral("-tvf"), tarFile.fileName()});
        QVERIFY(finished.wait(30000));
        QVERIFY2(tar.exitCode() == 0, tar.readAllStandardError().constData());
        QCOMPARE(tar.readAllStandardError(), QByteArray());
        const QStringList lines = QString::fromUtf8(tar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const TarEntry &entry = entries.at(i);
            // "-rw-r--r-- 1000/1000     700 2023-11-14 22:13 home/user/.profile"
            const QStringList fields = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(fields.size() >= 6, qPrintable(lines.at(i)));
            QCOMPARE(fields.at(0), permissions(entry));
            QCOMPARE(fields.at(1), QStringLiteral("%1/%2").arg(entry.uid).arg(entry.gid));
            QCOMPARE(fields.at(2), QString::number(entry.size));
            QCOMPARE(fields.at(3) + QLatin1Char(' ') + fields.at(4), entry.modified.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            QString name = entry.path + (entry.type == TarEntry::Type::Directory ? QStringLiteral("/") : QString());
            if (entry.type == TarEntry::Type::Symlink) {
                name += QStringLiteral(" -> ") + entry.linkTarget;
            } else if (entry.type == TarEntry::Type::HardLink) {
                name += QStringLiteral(" link to ") + entry.linkTarget;
            }
            QCOMPARE(fields.sliced(5).join(QLatin1Char(' ')), name);
        }
    }

    void characterDevicesForDeletionAsGnuTarListsThem()
    {
        const QString longName(120, QLatin1Char('n'));
        QTemporaryFile tarFile;
        QVERIFY(tarFile.open());
        tarFile.write(FileSystemTarWriter::characterDeviceHeader(QStringLiteral("motd")) + FileSystemTarWriter::characterDeviceHeader(longName) +
                      FileSystemTarWriter::endBlocks());
        tarFile.close();
        QProcess tar;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        tar.setProcessEnvironment(environment);
        QSignalSpy finished(&tar, &QProcess::finished);
        tar.start(QStringLiteral("tar"), {QStringLiteral("--numeric-owner"), QStringLiteral("-tvf"), tarFile.fileName()});
        QVERIFY(finished.wait(30000));
        QVERIFY2(tar.exitCode() == 0, tar.readAllStandardError().constData());
        const QStringList lines = QString::fromUtf8(tar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList expected{QStringLiteral("c--------- 0/0 0,0 1970-01-01 00:00 motd"),
                                   QStringLiteral("c--------- 0/0 0,0 1970-01-01 00:00 ") + longName};
        QStringList simplified;
        for (const QString &line : lines) {
            simplified.append(line.simplified());
        }
        QCOMPARE(simplified, expected);
        QVERIFY(FileSystemTarWriter::characterDeviceHeader(QString()).isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("message");

        const QByteArray motd = FileSystemTarWriter::header(file(QStringLiteral("etc/motd"), 0));
        const QByteArray etc = FileSystemTarWriter::header(folder(QStringLiteral("etc")));
        const auto end = FileSystemTarWriter::endBlocks();

        QTest::newRow("absolute path") << archive({file(QStringLiteral("/etc/passwd"), 1)}) << QStringLiteral("/etc/passwd") << QStringLiteral("absolute path");
        QTest::newRow("dot-dot") << archive({file(QStringLiteral("a/../../etc/passwd"), 1)}) << QStringLiteral("a/../../etc/passwd")
                                 << QStringLiteral("\"..\" path component");
        QTest::newRow("file through a symlink") << archive({symlink(QStringLiteral("l"), QStringLiteral("/etc")), file(QStringLiteral("l/passwd"), 1)})
                                                << QStringLiteral("l/passwd") << QStringLiteral("lies under \"l\", a symbolic link");
        QTest::newRow("folder through a symlink") << archive({folder(QStringLiteral("a")),
                                                              symlink(QStringLiteral("a/l"), QStringLiteral("..")),
                                                              folder(QStringLiteral("a/l/b")),
                                                              file(QStringLiteral("a/l/b/c"), 1)})
                                                  << QStringLiteral("a/l/b") << QStringLiteral("lies under \"a/l\", a symbolic link");
        QTest::newRow("hard link to nothing") << archive({hardLink(QStringLiteral("h"), QStringLiteral("etc/shadow"))}) << QStringLiteral("h")
                                              << QStringLiteral("hard link to \"etc/shadow\", which is not an earlier file");
        QTest::newRow("hard link to a later file") << archive({hardLink(QStringLiteral("h"), QStringLiteral("later")), file(QStringLiteral("later"), 1)})
                                                   << QStringLiteral("h") << QStringLiteral("hard link to \"later\", which is not an earlier file");
        QTest::newRow("hard link to a folder") << archive({folder(QStringLiteral("d")), hardLink(QStringLiteral("h"), QStringLiteral("d"))})
                                               << QStringLiteral("h") << QStringLiteral("hard link to \"d\", which is not a regular file");
        QTest::newRow("hard link to a symlink") << archive({symlink(QStringLiteral("l"), QStringLiteral("/etc/shadow")),
                                                            hardLink(QStringLiteral("h"), QStringLiteral("l"))})
                                                << QStringLiteral("h") << QStringLiteral("hard link to \"l\", which is not a regular file");
        QTest::newRow("hard link to itself") << archive({hardLink(QStringLiteral("h"), QStringLiteral("h"))}) << QStringLiteral("h")
                                             << QStringLiteral("hard link to \"h\", which is not an earlier file");
        QTest::newRow("hard link outside") << archive({hardLink(QStringLiteral("h"), QStringLiteral("/etc/shadow"))}) << QStringLiteral("h")
                                           << QStringLiteral("hard link to \"/etc/shadow\", which is not a valid name");
        QTest::newRow("character device") << RawTar().entry({.name = "dev/null", .type = '3'}).finish() << QStringLiteral("dev/null")
                                          << QStringLiteral("is a character device; only regular files, folders, symbolic links and hard links");
        QTest::newRow("character device for deletion") << FileSystemTarWriter::characterDeviceHeader(QStringLiteral("etc/motd")) + end
                                                       << QStringLiteral("etc/motd") << QStringLiteral("is a character device");
        QTest::newRow("block device") << RawTar().entry({.name = "dev/sda", .type = '4'}).finish() << QStringLiteral("dev/sda")
                                      << QStringLiteral("block device");
        QTest::newRow("fifo") << RawTar().entry({.name = "run/pipe", .type = '6'}).finish() << QStringLiteral("run/pipe") << QStringLiteral("FIFO");
        QTest::newRow("pax global header") << RawTar().pax({"path=etc/motd"}, 'g').finish() << QStringLiteral("./PaxHeaders/x")
                                           << QStringLiteral("pax global header");
        QTest::newRow("GNU long name") << RawTar().entry({.name = "././@LongLink", .type = 'L', .gnuMagic = true}, "etc/motd").finish()
                                       << QStringLiteral("././@LongLink") << QStringLiteral("GNU long name");
        QTest::newRow("extended attribute") << RawTar().pax({"path=bin/ping", "SCHILY.xattr.security.capability=\x01\x02"}).raw(motd).finish()
                                            << QStringLiteral("bin/ping")
                                            << QStringLiteral("carries the extended attribute \"SCHILY.xattr.security.capability\"; extended attributes");
        QTest::newRow("other pax record") << RawTar().pax({"mtime=1700000000.5"}).raw(motd).finish() << QStringLiteral("./PaxHeaders/x")
                                          << QStringLiteral("the pax record \"mtime\", which Stasis does not read");
        QTest::newRow("pax record twice") << RawTar().pax({"path=a", "path=b"}).raw(motd).finish() << QStringLiteral("a")
                                          << QStringLiteral("the pax record \"path\" twice");
        QTest::newRow("pax length wrong") << RawTar().entry({.name = "PaxHeaders/a", .type = 'x'}, "13 path=etc/a\n").raw(motd).finish()
                                          << QStringLiteral("PaxHeaders/a") << QStringLiteral("malformed pax extended header");
        QTest::newRow("pax length with a leading zero") << RawTar().entry({.name = "PaxHeaders/a", .type = 'x'}, "013 path=etc\n").raw(motd).finish()
                                                        << QStringLiteral("PaxHeaders/a") << QStringLiteral("malformed pax extended header");
        QTest::newRow("pax record without '='") << RawTar().entry({.name = "PaxHeaders/a", .type = 'x'}, "9 path12\n").raw(motd).finish()
                                                << QStringLiteral("PaxHeaders/a") << QStringLiteral("malformed pax extended header");
        QTest::newRow("pax too large") << RawTar().entry({.name = "PaxHeaders/a", .type = 'x', .size = 65537}).finish() << QStringLiteral("PaxHeaders/a")
                                       << QStringLiteral("pax extended header larger than 65536 bytes");
        QTest::newRow("pax header without an entry") << RawTar().pax({"path=etc/motd"}).finish() << QStringLiteral("etc/motd")
                                                     << QStringLiteral("pax extended header that no entry follows");
        QTest::newRow("two pax headers") << RawTar().pax({"path=etc/motd"}).pax({"path=etc/motd"}).raw(motd).finish() << QStringLiteral("./PaxHeaders/x")
                                         << QStringLiteral("two pax extended headers");
        QTest::newRow("GNU magic") << patched(motd, 257, QByteArray("ustar  \0", 8)) + end << QStringLiteral("etc/motd")
                                   << QStringLiteral("is not written the way Stasis writes file system changes");
        QTest::newRow("user name") << patched(motd, 265, "root") + end << QStringLiteral("etc/motd") << QStringLiteral("is not written the way Stasis");
        QTest::newRow("mode with leading spaces") << patched(motd, 100, QByteArray("   644 \0", 8)) + end << QStringLiteral("etc/motd")
                                                  << QStringLiteral("is not written the way Stasis");
        QTest::newRow("pax header ustar does not need")
            << RawTar().pax({"path=etc/motd"}).raw(motd).finish() << QStringLiteral("etc/motd") << QStringLiteral("is not written the way Stasis");
        QTest::newRow("folder without its '/'") << patched(etc, 0, QByteArray("etc\0", 4)) + end << QStringLiteral("etc")
                                                << QStringLiteral("is not written the way Stasis");
        QTest::newRow("same file twice") << archive({file(QStringLiteral("a"), 1), file(QStringLiteral("a"), 2)}) << QStringLiteral("a")
                                         << QStringLiteral("is in the archive twice");
        QTest::newRow("folder over a file") << archive({file(QStringLiteral("a"), 1), folder(QStringLiteral("a"))}) << QStringLiteral("a")
                                            << QStringLiteral("is in the archive twice");
        QTest::newRow("symlink target with NUL") << archive({symlink(QStringLiteral("l"), QStringLiteral("/etc") + QChar(0) + QStringLiteral("x"))})
                                                 << QStringLiteral("l") << QStringLiteral("symbolic link whose target has a NUL character");
        QTest::newRow("symlink target too long") << archive({symlink(QStringLiteral("l"), QString(4097, QLatin1Char('t')))}) << QStringLiteral("l")
                                                 << QStringLiteral("target is longer than 4096 bytes");
        QTest::newRow("symlink target not UTF-8") << RawTar().entry({.name = "l", .type = '2', .linkName = "\xff/x"}).finish() << QStringLiteral("l")
                                                  << QStringLiteral("target is not valid UTF-8");
        QTest::newRow("symlink without target") << RawTar().entry({.name = "l", .type = '2'}).finish() << QStringLiteral("l")
                                                << QStringLiteral("symbolic link without a target");
        QTest::newRow("link target on a file") << RawTar().entry({.name = "f", .linkName = "x"}, "1").finish() << QStringLiteral("f")
                                               << QStringLiteral("carries a link target but is not a link");
        QTest::newRow("link with a size") << RawTar().entry({.name = "l", .type = '2', .linkName = "x"}, "data").finish() << QStringLiteral("l")
                                          << QStringLiteral("link with a size");
        const QByteArray bigOwner = FileSystemTarWriter::header(file(QStringLiteral("f"), 0, 0644, 2147483647));
        QTest::newRow("owner beyond 2^31-1") << patched(bigOwner, 108, QByteArray("\x80\0\0\0\x80\0\0\0", 8)) + end << QStringLiteral("f")
                                             << QStringLiteral("invalid owner");
        QTest::newRow("negative owner") << patched(bigOwner, 116, QByteArray(8, '\xff')) + end << QStringLiteral("f") << QStringLiteral("invalid owner");
    }
    void refused()
    {
        QFETCH(QByteArray, tar);
        QFETCH(QString, entry);
        QFETCH(QString, message);
        for (const qsizetype chunkSize : {qsizetype(1), qsizetype(700), qsizetype(1 << 20)}) {
            const auto result = parse(tar, {}, chunkSize);
            QVERIFY(!result->ok);
            QVERIFY2(result->error.contains(message), qPrintable(result->error));
            QCOMPARE(result->entry, entry);
            QVERIFY2(result->error.contains(QLatin1Char('"') + entry + QLatin1Char('"')), qPrintable(result->error));
            // A refused entry is never handed out (the first of a name given twice was).
            const auto handedOut = std::count_if(result->recorder.entries.cbegin(), result->recorder.entries.cend(), [&entry](const TarEntry &started) {
                return started.path == entry;
            });
            QCOMPARE(handedOut, message.contains(QLatin1String("is in the archive twice")) ? 1 : 0);
        }
    }

    void limits_data()
    {
        QTest::addColumn<ArchiveLimits>("limits");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("message");
        QTest::newRow("entries") << ArchiveLimits{.maxFileSystemEntries = 3} << QStringLiteral("home") << QStringLiteral("more than 3 entries");
        QTest::newRow("file size") << ArchiveLimits{.maxFileSize = 1999} << QStringLiteral("usr/bin/su") << QStringLiteral("larger than the limit of 1999");
        QTest::newRow("total size") << ArchiveLimits{.maxTotalSize = 2704} << QStringLiteral("usr/bin/su") << QStringLiteral("exceeds the limit of 2704");
        QTest::newRow("path bytes") << ArchiveLimits{.maxFileSystemPathBytes = 12} << QStringLiteral("etc/localtime")
                                    << QStringLiteral("has a name longer than 12 bytes");
        QTest::newRow("depth") << ArchiveLimits{.maxFileSystemDepth = 2} << QStringLiteral("home/user/.profile") << QStringLiteral("deeper than 2");
        QTest::newRow("link target bytes") << ArchiveLimits{.maxFileSystemPathBytes = 22} << QStringLiteral("etc/localtime")
                                           << QStringLiteral("target is longer than 22 bytes");
        QTest::newRow("checkpoint limits do not apply") << ArchiveLimits{.maxEntries = 1, .maxPathBytes = 1, .maxDepth = 1} << QString() << QString();
    }
    void limits()
    {
        QFETCH(ArchiveLimits, limits);
        QFETCH(QString, entry);
        QFETCH(QString, message);
        const auto result = parse(archive(containerChanges()), limits);
        if (message.isEmpty()) {
            QVERIFY2(result->ok, qPrintable(result->error));
            return;
        }
        QVERIFY(!result->ok);
        QVERIFY2(result->error.contains(message), qPrintable(result->error));
        QCOMPARE(result->entry, entry);
    }

    void millionEntriesInBoundedMemory()
    {
        // Names of 240 bytes: held as they are, a million of them would take
        // about 500 MB (twice as UTF-16); the reader keeps digests.
        const auto name = [](int i) {
            return QString(140, QLatin1Char('f')) + QLatin1Char('/') + QString::number(i / 1000) + QLatin1Char('/') + QString(90, QLatin1Char('n')) +
                QString::number(i);
        };
        const ArchiveLimits limits;
        Test::TarRecorder counter;
        TarStreamReader reader(&counter, limits, TarStreamReader::Content::FileSystem);
        Test::resetPeakRss();
        QByteArray batch;
        for (int i = 0; i < limits.maxFileSystemEntries - 1 && !reader.hasFailed(); ++i) {
            // Every other one a symbolic link: each folder above each entry is looked up among them.
            batch += FileSystemTarWriter::header(i % 2 ? symlink(name(i), QStringLiteral("t")) : file(name(i), 0));
            if (batch.size() >= (1 << 20)) {
                reader.feed(batch);
                batch.clear();
                counter.events.clear();
                counter.entries.clear();
                counter.contents.clear();
            }
        }
        batch += FileSystemTarWriter::header(hardLink(QStringLiteral("first"), name(0)));
        QVERIFY2(reader.feed(batch), qPrintable(reader.errorString()));
        QCOMPARE(counter.entries.last().linkTarget, name(0));
        QVERIFY(!reader.feed(FileSystemTarWriter::header(file(QStringLiteral("one-too-many"), 0))));
        QVERIFY2(reader.errorString().contains(QLatin1String("more than 1000000 entries")), qPrintable(reader.errorString()));
        const qint64 peak = Test::peakRss() / 1024;
        qInfo("peak RSS %lld KiB", peak);
        QVERIFY2(peak > 0 && peak < 256 * 1024, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peak)));
    }

    void filesAndFoldersRefuseWhatFileSystemAllows_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("message");
        QTest::newRow("symlink") << archive({symlink(QStringLiteral("l"), QStringLiteral("/etc"))}) << QStringLiteral("l")
                                 << QStringLiteral("is a symbolic link; only regular files and folders are allowed");
        QTest::newRow("hard link") << archive({file(QStringLiteral("f"), 1), hardLink(QStringLiteral("h"), QStringLiteral("f"))}) << QStringLiteral("h")
                                   << QStringLiteral("is a hard link; only regular files and folders are allowed");
        QTest::newRow("pax") << archive({file(QString(300, QLatin1Char('n')), 1)}) << QStringLiteral("PaxHeaders/") + QString(89, QLatin1Char('n'))
                             << QStringLiteral("is a pax extended header");
    }
    void filesAndFoldersRefuseWhatFileSystemAllows()
    {
        QFETCH(QByteArray, tar);
        QFETCH(QString, entry);
        QFETCH(QString, message);
        QVERIFY2(parse(tar)->ok, qPrintable(parse(tar)->error));
        const auto result = parse(tar, {}, 1 << 20, TarStreamReader::Content::FilesAndFolders);
        QVERIFY(!result->ok);
        QVERIFY2(result->error.contains(message), qPrintable(result->error));
        QCOMPARE(result->entry, entry);
    }
};

QTEST_GUILESS_MAIN(FileSystemTarTest)
#include "filesystemtartest.moc"
