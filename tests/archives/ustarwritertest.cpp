// SPDX-License-Identifier: GPL-2.0-or-later
// The tar Stasis sends into checkpoint folders: readable, owned by 0/0.
#include "ustarwriter.h"

#include <KTar>
#include <QBuffer>
#include <QTest>

using namespace Stasis;

class UstarWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesReadableRootOwnedEntries()
    {
        UstarWriter writer;
        const QDateTime modified = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC);
        QVERIFY(writer.addDirectory(QStringLiteral("cp1"), 0700, modified));
        const QByteArray json = QByteArrayLiteral("{\"dumpMilliseconds\":12}\n");
        QVERIFY(writer.addFile(QStringLiteral("cp1/stasis.json"), json, 0600, modified));
        const QByteArray archive = writer.finish();
        QCOMPARE(archive.size() % 512, 0);
        // Header, directory; header and one data block, file; two closing blocks.
        QCOMPARE(archive.size(), 512 * 5);
        // uid and gid fields, octal zero.
        QCOMPARE(archive.mid(108, 8), QByteArray("0000000\0", 8));
        QCOMPARE(archive.mid(116, 8), QByteArray("0000000\0", 8));
        QCOMPARE(archive.mid(512 + 108, 8), QByteArray("0000000\0", 8));

        QBuffer buffer;
        buffer.setData(archive);
        KTar tar(&buffer);
        QVERIFY(tar.open(QIODevice::ReadOnly));
        const KArchiveEntry *folder = tar.directory()->entry(QStringLiteral("cp1"));
        QVERIFY(folder && folder->isDirectory());
        QCOMPARE(folder->permissions() & 07777, 0700u);
        QCOMPARE(folder->user(), QStringLiteral("root"));
        const KArchiveFile *file = tar.directory()->file(QStringLiteral("cp1/stasis.json"));
        QVERIFY(file);
        QCOMPARE(file->data(), json);
        QCOMPARE(file->permissions() & 07777, 0600u);
        QCOMPARE(file->date(), modified);
    }

    void refusesNamesThatDoNotFit()
    {
        UstarWriter writer;
        QVERIFY(!writer.addFile(QString(101, QLatin1Char('a')), "x"));
        QVERIFY(!writer.addFile(QString(), "x"));
        QCOMPARE(writer.finish().size(), 1024);
    }

    void splitsLongNamesAtASlash()
    {
        const QDateTime time = QDateTime::currentDateTimeUtc();
        const QString prefix = QString(154, QLatin1Char('p'));
        // 155 bytes before the last '/', 100 after it: the most a header holds.
        QVERIFY(!UstarWriter::header(prefix + QLatin1String("p/") + QString(100, QLatin1Char('n')), '0', 0, 0600, time).isEmpty());
        QVERIFY(UstarWriter::header(prefix + QLatin1String("pp/n"), '0', 0, 0600, time).isEmpty());
        QVERIFY(UstarWriter::header(QLatin1String("p/") + QString(101, QLatin1Char('n')), '0', 0, 0600, time).isEmpty());
        // A folder of 101 to 156 bytes: its trailing '/' is not where the name splits.
        const QByteArray folder =
            UstarWriter::header(QString(50, QLatin1Char('t')) + QLatin1Char('/') + QString(60, QLatin1Char('d')) + QLatin1Char('/'), '5', 0, 0700, time);
        QVERIFY(!folder.isEmpty());
        QCOMPARE(folder.first(61), QByteArray(60, 'd') + '/');
        QCOMPARE(folder.sliced(345, 51), QByteArray(50, 't') + '\0');
        QVERIFY(UstarWriter::header(QString(50, QLatin1Char('t')) + QLatin1Char('/') + QString(100, QLatin1Char('d')) + QLatin1Char('/'), '5', 0, 0700, time)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(UstarWriterTest)
#include "ustarwritertest.moc"
